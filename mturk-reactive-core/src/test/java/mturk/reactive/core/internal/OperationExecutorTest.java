package mturk.reactive.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import mturk.reactive.core.MTurkIoException;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.MTurkTimeoutException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ServiceError;
import mturk.reactive.core.TruncatedResponseException;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.xml.ResponseSpec;
import org.junit.jupiter.api.Test;

/** The retry decision table. */
class OperationExecutorTest {

    static final Operation<Void> READ = Operation.read("GetX", ResponseSpec.empty("GetXResult"));
    static final Operation<Void> WRITE = Operation.write("ApproveAssignment",
            ResponseSpec.empty("ApproveAssignmentResult"));
    static final Operation<Void> TOKEN = Operation.tokenWrite("GrantBonus", ResponseSpec.empty("GrantBonusResult"));

    static MTurkServiceException service(int status, String code) {
        return new MTurkServiceException("X", status, null, code == null ? List.of()
                : List.of(new ServiceError(code, "m", java.util.Map.of())));
    }

    @Test
    void readsAndTokenWritesRetryThrottlingServerErrorsIoAndTruncation() {
        for (Operation<Void> op : List.of(READ, TOKEN)) {
            assertTrue(OperationExecutor.shouldRetry(op, service(503, "AWS.ServiceUnavailable")));
            assertTrue(OperationExecutor.shouldRetry(op, service(200, "AWS.ServiceUnavailable")));
            assertTrue(OperationExecutor.shouldRetry(op, service(500, null)));
            assertTrue(OperationExecutor.shouldRetry(op, new MTurkIoException("reset", null, false)));
            assertTrue(OperationExecutor.shouldRetry(op, new TruncatedResponseException("cut")));
            assertTrue(OperationExecutor.shouldRetry(op, new MTurkTimeoutException(
                    MTurkTimeoutException.Kind.RESPONSE, Duration.ofSeconds(1), null)));
        }
    }

    @Test
    void requestErrorsAndMalformedBodiesAreNeverRetried() {
        assertFalse(OperationExecutor.shouldRetry(READ, service(200, "AWS.MechanicalTurk.HITDoesNotExist")));
        assertFalse(OperationExecutor.shouldRetry(READ, service(403, "Forbidden")));
        assertFalse(OperationExecutor.shouldRetry(READ, new MalformedResponseException("bad", null)));
        assertFalse(OperationExecutor.shouldRetry(READ, new IllegalStateException("bug")));
    }

    @Test
    void plainWritesRetryOnlyWhenNothingWasSentOrDone() {
        // throttled: the service refused the request before acting on it, so a repeat cannot apply it twice
        assertTrue(OperationExecutor.shouldRetry(WRITE, service(503, "AWS.ServiceUnavailable")));
        assertFalse(OperationExecutor.shouldRetry(WRITE, service(500, "AWS.MechanicalTurk.InternalServerError")));
        assertFalse(OperationExecutor.shouldRetry(WRITE, new MTurkIoException("reset", null, false)));
        assertFalse(OperationExecutor.shouldRetry(WRITE, new MTurkTimeoutException(
                MTurkTimeoutException.Kind.RESPONSE, Duration.ofSeconds(1), null)));
        assertTrue(OperationExecutor.shouldRetry(WRITE, new MTurkIoException("refused", null, true)));
        assertTrue(OperationExecutor.shouldRetry(WRITE, new MTurkTimeoutException(
                MTurkTimeoutException.Kind.CONNECT, Duration.ofSeconds(1), null)));
    }

    @Test
    void aTokenOperationMustBeMarkedRetrySafe() {
        assertThrows(IllegalArgumentException.class,
                () -> new Operation<>("CreateHIT", false, true, ResponseSpec.empty("HIT")));
    }
}
