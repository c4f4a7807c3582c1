package mturk.reactive.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.core.xml.ResponseDecoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The decoder releases exactly the one reference it is handed per buffer, on every path, even when someone else
 * (Netty's pipeline, in production) still holds another reference to the same buffer: releasing "if still alive" is
 * not enough, since a buffer shared with the transport is still alive after the decoder's own release. Each buffer
 * here starts with two references, one of which the test keeps; afterwards each must have exactly that one left.
 */
@ExtendWith(LeakCheckExtension.class)
class BufferOwnershipTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final List<ByteBuf> handedOut = new CopyOnWriteArrayList<>();

    private Flux<ByteBuf> sharedBody(String xml, int chunk) {
        return TestBuffers.chunks(xml, chunk, false).doOnNext(b -> {
            b.retain(); // the transport's own reference, released by the test
            handedOut.add(b);
        });
    }

    private static Flux<Object> balance(Flux<ByteBuf> body, int status) {
        return ResponseDecoding.decodeEnvelope(body, "GetAccountBalance", status,
                Operations.GET_ACCOUNT_BALANCE.response(), ResponseLimits.DEFAULT);
    }

    @AfterEach
    void everyBufferHasExactlyTheTransportsReferenceLeft() {
        try {
            for (ByteBuf b : handedOut) {
                assertEquals(1, b.refCnt(), "a buffer handed to the decoder has the wrong number of references");
            }
        } finally {
            handedOut.forEach(b -> {
                if (b.refCnt() > 0) {
                    b.release(b.refCnt());
                }
            });
        }
    }

    private static final String OK = HostileBodies.BALANCE_HEAD + "<Amount>1.00</Amount>" + HostileBodies.BALANCE_TAIL;

    @Test
    void aSuccessReleasesEachBufferOnce() {
        StepVerifier.create(balance(sharedBody(OK, 16), 200)).expectNextCount(2).expectComplete().verify(TIMEOUT);
    }

    @Test
    void aThrottlingErrorDetectedInsideABufferReleasesThatBufferOnce() {
        String throttled = "<GetAccountBalanceResponse><OperationRequest><RequestId>t</RequestId><Errors><Error>"
                + "<Code>AWS.ServiceUnavailable</Code><Message>busy</Message></Error></Errors></OperationRequest>"
                + "</GetAccountBalanceResponse>";
        StepVerifier.create(balance(sharedBody(throttled, 16).hide().publishOn(Schedulers.parallel()), 503))
                .expectError(MTurkServiceException.class).verify(TIMEOUT);
    }

    @Test
    void aMalformedBufferWithOthersQueuedReleasesEachOnce() {
        StepVerifier.create(balance(sharedBody(OK.replace("1.00", "&bogus;"), 8).hide()
                        .publishOn(Schedulers.parallel()), 200))
                .expectError(MalformedResponseException.class).verify(TIMEOUT);
    }

    @Test
    void cancellingWithBuffersQueuedReleasesEachOnce() {
        StepVerifier.create(balance(sharedBody(OK, 4).hide().publishOn(Schedulers.parallel()), 200), 0)
                .thenRequest(1)
                .thenCancel()
                .verify(TIMEOUT);
    }
}
