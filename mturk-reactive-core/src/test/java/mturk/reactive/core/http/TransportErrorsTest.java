package mturk.reactive.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import mturk.reactive.core.MTurkIoException;
import mturk.reactive.core.MTurkTimeoutException;
import mturk.reactive.core.TruncatedResponseException;
import org.junit.jupiter.api.Test;

class TransportErrorsTest {

    static final Duration CONNECT = Duration.ofSeconds(3);
    static final Duration RESPONSE = Duration.ofSeconds(7);

    static Throwable map(Throwable e) {
        return TransportErrors.map("GetHIT", e, CONNECT, RESPONSE);
    }

    @Test
    void aConnectTimeoutSaysItIsTheConnectTimeoutAndItsValue() {
        MTurkTimeoutException t = assertInstanceOf(MTurkTimeoutException.class,
                map(new ConnectTimeoutException("connection timed out")));
        assertEquals(MTurkTimeoutException.Kind.CONNECT, t.kind());
        assertEquals(CONNECT, t.timeout());
    }

    @Test
    void aReadTimeoutIsTheResponseTimeout() {
        MTurkTimeoutException t = assertInstanceOf(MTurkTimeoutException.class, map(ReadTimeoutException.INSTANCE));
        assertEquals(MTurkTimeoutException.Kind.RESPONSE, t.kind());
        assertEquals(RESPONSE, t.timeout());
    }

    @Test
    void aRefusedConnectionIsAConnectFailureAndAResetIsNot() {
        assertTrue(assertInstanceOf(MTurkIoException.class, map(new ConnectException("refused")))
                .isConnectFailure());
        assertFalse(assertInstanceOf(MTurkIoException.class, map(new IOException("Connection reset by peer")))
                .isConnectFailure());
    }

    @Test
    void typedAndUnrelatedErrorsPassThroughUnchanged() {
        TruncatedResponseException typed = new TruncatedResponseException("cut");
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(typed, map(typed));
        assertSame(bug, map(bug));
    }
}
