package mturk.reactive.core.xml.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.core.xml.ResponseDecoding;
import mturk.reactive.core.xml.ResponseSummary;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader, through its operation's envelope, on every example response: whatever the chunking of the body
 * (1, 2, 3, 7, 64 bytes and the whole body in plain buffers; 7, 64 bytes and the whole body in composite buffers;
 * multi-byte characters split across buffers),
 * the decoder yields the same records as for the whole body in one buffer.
 */
@ExtendWith(LeakCheckExtension.class)
class ReadersChunkingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int[] CHUNKS = {1, 2, 3, 7, 64, Integer.MAX_VALUE};
    /**
     * Composite buffers from 7 bytes up: under paranoid leak detection every tiny buffer costs a stack trace, and
     * composites of 1 to 3 bytes are already covered for the decoder itself by {@code XmlDecoderTest}.
     */
    private static final int[] COMPOSITE_CHUNKS = {7, 64, Integer.MAX_VALUE};

    /** Each example response with the operation whose reader reads it. */
    static final List<Object[]> CASES = List.of(
            new Object[] {"CreateHIT.xml", Operations.CREATE_HIT},
            new Object[] {"GetHIT.xml", Operations.GET_HIT},
            new Object[] {"SearchHITs.xml", Operations.SEARCH_HITS},
            new Object[] {"GetReviewableHITs.xml", Operations.GET_REVIEWABLE_HITS},
            new Object[] {"GetHITsForQualificationType.xml", Operations.GET_HITS_FOR_QUALIFICATION_TYPE},
            new Object[] {"GetAssignmentsForHIT.xml", Operations.GET_ASSIGNMENTS_FOR_HIT},
            new Object[] {"GetAssignmentsForHIT-answers.xml", Operations.GET_ASSIGNMENTS_FOR_HIT},
            new Object[] {"GetAssignment.xml", Operations.GET_ASSIGNMENT},
            new Object[] {"GetAccountBalance.xml", Operations.GET_ACCOUNT_BALANCE},
            new Object[] {"RegisterHITType.xml", Operations.REGISTER_HIT_TYPE},
            new Object[] {"CreateQualificationType.xml", Operations.CREATE_QUALIFICATION_TYPE},
            new Object[] {"SearchQualificationTypes.xml", Operations.SEARCH_QUALIFICATION_TYPES},
            new Object[] {"GetQualificationRequests.xml", Operations.GET_QUALIFICATION_REQUESTS},
            new Object[] {"GetQualificationScore.xml", Operations.GET_QUALIFICATION_SCORE},
            new Object[] {"GetQualificationsForQualificationType.xml",
                    Operations.GET_QUALIFICATIONS_FOR_QUALIFICATION_TYPE},
            new Object[] {"GetFileUploadURL.xml", Operations.GET_FILE_UPLOAD_URL},
            new Object[] {"GetBonusPayments.xml", Operations.GET_BONUS_PAYMENTS},
            new Object[] {"GetBlockedWorkers.xml", Operations.GET_BLOCKED_WORKERS},
            new Object[] {"NotifyWorkers.xml", Operations.NOTIFY_WORKERS},
            new Object[] {"GetRequesterStatistic.xml", Operations.GET_REQUESTER_STATISTIC},
            new Object[] {"GetRequesterWorkerStatistic.xml", Operations.GET_REQUESTER_WORKER_STATISTIC},
            new Object[] {"GetReviewResultsForHIT.xml", Operations.GET_REVIEW_RESULTS_FOR_HIT},
            new Object[] {"Help.xml", Operations.HELP});

    static Stream<Arguments> fixtures() {
        return CASES.stream().map(c -> Arguments.of(c[0], c[1]));
    }

    static List<Object> decode(String xml, Operation<?> op, int chunk, boolean composite) {
        return ResponseDecoding.decodeEnvelope(TestBuffers.chunks(xml, chunk, composite), op.name(), 200,
                op.response(), ResponseLimits.DEFAULT).collectList().block(TIMEOUT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyChunkingGivesTheRecordsOfTheWholeBody(String fixture, Operation<?> op) {
        String xml = Fixtures.load(fixture);
        List<Object> whole = decode(xml, op, Integer.MAX_VALUE, false);
        assertFalse(whole.size() < 2, "at least one record and the summary: " + whole);
        assertInstanceOf(ResponseSummary.class, whole.get(whole.size() - 1));

        for (int chunk : CHUNKS) {
            assertEquals(whole, decode(xml, op, chunk, false), "chunk " + chunk);
        }
        for (int chunk : COMPOSITE_CHUNKS) {
            assertEquals(whole, decode(xml, op, chunk, true), "composite chunk " + chunk);
        }
    }
}
