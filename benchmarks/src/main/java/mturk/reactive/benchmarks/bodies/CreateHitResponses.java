package mturk.reactive.benchmarks.bodies;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * {@code CreateHITResponse} bodies with the Minimal response group, shaped like the service's compact capture: a
 * fresh 30-character HIT id per call, a fixed HIT type id.
 */
public final class CreateHitResponses {

    /** The HIT type id every created HIT reports. */
    public static final String HIT_TYPE_ID = "3BENCHPUBLISHTYPE0000000000001";

    private CreateHitResponses() {
    }

    /** The UTF-8 body answering the {@code sequence}-th CreateHIT call. */
    public static byte[] body(long sequence) {
        String hitId = String.format("3PUB%026d", sequence);
        SplittableRandom random = new SplittableRandom(sequence);
        String xml = "<?xml version=\"1.0\"?>\n<CreateHITResponse><OperationRequest><RequestId>" + Ids.requestId(random)
                + "</RequestId></OperationRequest><HIT><Request><IsValid>True</IsValid></Request><HITId>" + hitId
                + "</HITId><HITTypeId>" + HIT_TYPE_ID + "</HITTypeId></HIT></CreateHITResponse>";
        return xml.getBytes(StandardCharsets.US_ASCII);
    }

    /** An error body ({@code AWS.BadOperation}) for operations the fixed-response server does not serve. */
    public static byte[] unsupported(String operation) {
        String xml = "<?xml version=\"1.0\"?>\n<" + operation + "Response><OperationRequest><RequestId>"
                + "00000000-0000-4000-8000-000000000000</RequestId><Errors><Error><Code>AWS.BadOperation</Code>"
                + "<Message>The benchmark server does not serve " + operation + "</Message></Error></Errors>"
                + "</OperationRequest></" + operation + "Response>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
