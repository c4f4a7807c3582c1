package mturk.reactive.samples.harvest;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stateless stand-in for the service that answers {@code SearchHITs} and {@code GetAssignmentsForHIT} with
 * generated pages ({@code hits} HITs of {@code perHit} submitted assignments each), so a harvest of a million
 * assignments costs no memory on the server side. It does not check signatures. Loopback, port 0.
 */
final class SyntheticService implements AutoCloseable {

    private static final String ANSWER = "&lt;?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?&gt;\n"
            + "&lt;QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
            + "2005-10-01/QuestionFormAnswers.xsd\"&gt;\n&lt;Answer&gt;\n&lt;QuestionIdentifier&gt;q&lt;/QuestionIdentifier&gt;\n"
            + "&lt;FreeText&gt;an answer of a few words, like most&lt;/FreeText&gt;\n&lt;/Answer&gt;\n&lt;/QuestionFormAnswers&gt;\n";

    private final int hits;
    private final int perHit;
    private final DisposableServer server;

    SyntheticService(int hits, int perHit) {
        this.hits = hits;
        this.perHit = perHit;
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().aggregate().asString().defaultIfEmpty("")
                        .flatMap(body -> {
                            Map<String, List<String>> p = new QueryStringDecoder("/?" + body).parameters();
                            String xml = answer(p);
                            return res.header("Content-Type", "text/xml").sendString(Mono.just(xml)).then();
                        }))
                .bindNow();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static String param(Map<String, List<String>> p, String name, String dflt) {
        List<String> v = p.get(name);
        return v == null || v.isEmpty() ? dflt : v.get(0);
    }

    private String answer(Map<String, List<String>> p) {
        String op = param(p, "Operation", "");
        int size = Integer.parseInt(param(p, "PageSize", "10"));
        int page = Integer.parseInt(param(p, "PageNumber", "1"));
        StringBuilder sb = new StringBuilder(64 * 1024).append("<?xml version=\"1.0\"?>\n<").append(op)
                .append("Response><OperationRequest><RequestId>").append(UUID.randomUUID())
                .append("</RequestId></OperationRequest><").append(op).append("Result><Request><IsValid>True</IsValid>"
                        + "</Request>");
        if (op.equals("SearchHITs")) {
            int from = (page - 1) * size;
            int to = Math.min(hits, from + size);
            sb.append("<NumResults>").append(Math.max(0, to - from)).append("</NumResults><TotalNumResults>")
                    .append(hits).append("</TotalNumResults><PageNumber>").append(page).append("</PageNumber>");
            for (int i = from; i < to; i++) {
                sb.append("<HIT><HITId>").append(hitId(i)).append("</HITId><HITTypeId>TYPE0000000000000000000000000")
                        .append("</HITTypeId><CreationTime>2026-01-01T00:00:00Z</CreationTime><Title>t</Title>"
                                + "<Description>d</Description><HITStatus>Reviewable</HITStatus><MaxAssignments>")
                        .append(perHit).append("</MaxAssignments><Reward><Amount>0.05</Amount><CurrencyCode>USD"
                                + "</CurrencyCode><FormattedPrice>$0.05</FormattedPrice></Reward>"
                                + "<AutoApprovalDelayInSeconds>2592000</AutoApprovalDelayInSeconds>"
                                + "<Expiration>2026-01-08T00:00:00Z</Expiration><AssignmentDurationInSeconds>600"
                                + "</AssignmentDurationInSeconds></HIT>");
            }
        } else if (op.equals("GetAssignmentsForHIT")) {
            String hitId = param(p, "HITId", "");
            int from = (page - 1) * size;
            int to = Math.min(perHit, from + size);
            sb.append("<NumResults>").append(Math.max(0, to - from)).append("</NumResults><TotalNumResults>")
                    .append(perHit).append("</TotalNumResults><PageNumber>").append(page).append("</PageNumber>");
            for (int i = from; i < to; i++) {
                sb.append("<Assignment><AssignmentId>").append(hitId).append(String.format("%010d", i))
                        .append("</AssignmentId><WorkerId>AWORKER").append(i % 97).append("</WorkerId><HITId>")
                        .append(hitId).append("</HITId><AssignmentStatus>Submitted</AssignmentStatus>"
                                + "<AutoApprovalTime>2026-01-31T00:00:00Z</AutoApprovalTime>"
                                + "<AcceptTime>2026-01-01T00:01:00Z</AcceptTime>"
                                + "<SubmitTime>2026-01-01T00:02:00Z</SubmitTime><Answer>")
                        .append(ANSWER).append("</Answer></Assignment>");
            }
        } else {
            return "<?xml version=\"1.0\"?>\n<" + op + "Response><OperationRequest><RequestId>x</RequestId><Errors>"
                    + "<Error><Code>AWS.MechanicalTurk.InvalidParameterValue</Code><Message>not synthesised: " + op
                    + "</Message></Error></Errors></OperationRequest></" + op + "Response>";
        }
        return sb.append("</").append(op).append("Result></").append(op).append("Response>").toString();
    }

    private static String hitId(int i) {
        return String.format("HIT%027d", i);
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
