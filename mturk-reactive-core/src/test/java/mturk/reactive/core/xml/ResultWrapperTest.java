package mturk.reactive.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.model.Qualification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documentation's samples of GetQualificationScore wrap the record in a {@code GetQualificationScoreResult}
 * element that the XSD lacks (mturk-legacy-api §3.12): both shapes decode to the same record.
 */
@ExtendWith(LeakCheckExtension.class)
class ResultWrapperTest {

    private static List<Object> decode(String fixture, int chunk) {
        return ResponseDecoding.decodeEnvelope(TestBuffers.chunks(Fixtures.load(fixture), chunk, false),
                "GetQualificationScore", 200, Operations.GET_QUALIFICATION_SCORE.response(), ResponseLimits.DEFAULT)
                .collectList().block(Duration.ofSeconds(10));
    }

    @Test
    void theWrappedDocumentationShapeGivesTheSameQualificationAsTheSchemaShape() {
        Qualification schema = assertInstanceOf(Qualification.class, decode("GetQualificationScore.xml",
                Integer.MAX_VALUE).get(0));
        for (int chunk : new int[] {1, 7, Integer.MAX_VALUE}) {
            List<Object> out = decode("GetQualificationScore-wrapped.xml", chunk);
            assertEquals(schema, out.get(0), "chunk " + chunk);
            assertInstanceOf(ResponseSummary.class, out.get(out.size() - 1));
        }
    }

    @Test
    void anInvalidRequestInsideTheWrapperIsAServiceError() {
        MTurkServiceException e = assertThrows(MTurkServiceException.class,
                () -> decode("GetQualificationScore-wrapped-invalid.xml", 7));
        assertTrue(e.findError("AWS.MechanicalTurk.QualificationDoesNotExist").isPresent(), e.getMessage());
    }
}
