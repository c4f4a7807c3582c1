package mturk.reactive.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mturk.reactive.model.Comparator;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.Price;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.wire.ParameterSink;
import mturk.reactive.model.wire.WireParameters;
import org.junit.jupiter.api.Test;

/**
 * boto2's golden vector 4 ({@code create_hit} with an ExternalQuestion, keywords, reward and two requirements): the
 * request record with its defaults, encoded with the wire encoders the way the client does, yields exactly the
 * operation parameters of boto2's body.
 */
class GoldenVectorTest {

    private static final String BOTO2_BODY = "AssignmentDurationInSeconds=360&AutoApprovalDelayInSeconds=3600"
            + "&AWSAccessKeyId=AKIDEXAMPLE&Description=desc&Keywords=boto%2C%20test%2C%20doctest"
            + "&LifetimeInSeconds=3900&MaxAssignments=2&Operation=CreateHIT"
            + "&QualificationRequirement.1.Comparator=In&QualificationRequirement.1.LocaleValue.1.Country=US"
            + "&QualificationRequirement.1.LocaleValue.1.Subdivision=WA&QualificationRequirement.1.LocaleValue.2.Country=CA"
            + "&QualificationRequirement.1.QualificationTypeId=00000000000000000071"
            + "&QualificationRequirement.2.Comparator=GreaterThanOrEqualTo&QualificationRequirement.2.IntegerValue=95"
            + "&QualificationRequirement.2.QualificationTypeId=000000000000000000L0"
            + "&QualificationRequirement.2.RequiredToPreview=true"
            + "&Question=%3CExternalQuestion%20xmlns%3D%22http%3A//mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd%22%3E%3CExternalURL%3Ehttps%3A//example.com/"
            + "task%3Fx%3D1%26amp%3By%3D2%3C/ExternalURL%3E%3CFrameHeight%3E600%3C/FrameHeight%3E%3C/ExternalQuestion%3E"
            + "&RequesterAnnotation=ann&Reward.1.Amount=0.05&Reward.1.CurrencyCode=USD&SignatureVersion=1"
            + "&Timestamp=2014-08-15T12%3A00%3A00Z&Title=Boto%20External%20Question%20Test&Version=2014-08-15"
            + "&Signature=WVNxwhPhiLwOgMvVLZfX%2BGzO5VA%3D";

    private static final Set<String> COMMON = Set.of("AWSAccessKeyId", "Operation", "SignatureVersion", "Timestamp",
            "Version", "Signature");

    private static Map<String, String> operationParameters(String body) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            if (!COMMON.contains(name)) {
                params.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Encodes the request as the client's operation table does, using only the model's encoders. */
    private static Map<String, String> encode(CreateHitRequest request) {
        Map<String, String> params = new TreeMap<>();
        ParameterSink sink = ParameterSink.into(params);
        WireParameters.string(sink, "HITTypeId", request.hitTypeId());
        WireParameters.string(sink, "Title", request.title());
        WireParameters.string(sink, "Description", request.description());
        WireParameters.price(sink, "Reward", request.reward());
        WireParameters.seconds(sink, "AssignmentDurationInSeconds", request.assignmentDuration());
        WireParameters.string(sink, "Keywords", request.keywords());
        WireParameters.seconds(sink, "AutoApprovalDelayInSeconds", request.autoApprovalDelay());
        WireParameters.qualificationRequirements(sink, request.qualificationRequirements());
        WireParameters.string(sink, "Question", request.question());
        WireParameters.string(sink, "HITLayoutId", request.hitLayoutId());
        WireParameters.layoutParameters(sink, request.layoutParameters());
        WireParameters.seconds(sink, "LifetimeInSeconds", request.lifetime());
        WireParameters.number(sink, "MaxAssignments", request.maxAssignments());
        WireParameters.reviewPolicy(sink, "AssignmentReviewPolicy", request.assignmentReviewPolicy());
        WireParameters.reviewPolicy(sink, "HITReviewPolicy", request.hitReviewPolicy());
        WireParameters.string(sink, "RequesterAnnotation", request.requesterAnnotation());
        WireParameters.string(sink, "UniqueRequestToken", request.uniqueRequestToken());
        WireParameters.enumList(sink, "ResponseGroup", request.responseGroups());
        return params;
    }

    @Test
    void createHitReproducesBoto2sParameters() {
        CreateHitRequest request = CreateHitRequest.builder()
                .question("<ExternalQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                        + "2006-07-14/ExternalQuestion.xsd\"><ExternalURL>https://example.com/task?x=1&amp;y=2"
                        + "</ExternalURL><FrameHeight>600</FrameHeight></ExternalQuestion>")
                .lifetime(Duration.ofSeconds(3900))
                .maxAssignments(2)
                .title("Boto External Question Test")
                .description("desc")
                .keywords(List.of("boto", "test", "doctest"))
                .reward(Price.usd("0.05"))
                .assignmentDuration(Duration.ofSeconds(360))
                .autoApprovalDelay(Duration.ofSeconds(3600))
                .requesterAnnotation("ann")
                .qualificationRequirement(Requirements.locale(Comparator.IN, LocaleValue.of("US", "WA"),
                        LocaleValue.of("CA")))
                .qualificationRequirement(Requirements.percentAssignmentsApproved(
                        Comparator.GREATER_THAN_OR_EQUAL_TO, 95).withRequiredToPreview(true))
                .build();

        assertEquals(operationParameters(BOTO2_BODY), encode(request));
    }
}
