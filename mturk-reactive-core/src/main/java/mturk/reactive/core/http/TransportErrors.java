package mturk.reactive.core.http;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import mturk.reactive.core.MTurkException;
import mturk.reactive.core.MTurkIoException;
import mturk.reactive.core.MTurkTimeoutException;
import reactor.netty.http.client.PrematureCloseException;

/** Maps Netty and Reactor Netty transport exceptions onto the client branch of the error tree. */
final class TransportErrors {

    private TransportErrors() {
    }

    /**
     * @param operation       wire name, for the message
     * @param error           what the transport signalled
     * @param connectTimeout  the configured connect timeout
     * @param responseTimeout the configured response timeout
     * @return the typed exception, or {@code error} unchanged if it is already typed or not a transport failure
     */
    static Throwable map(String operation, Throwable error, Duration connectTimeout, Duration responseTimeout) {
        if (error instanceof MTurkException) {
            return error;
        }
        if (error instanceof ConnectTimeoutException) {
            return new MTurkTimeoutException(MTurkTimeoutException.Kind.CONNECT, connectTimeout, error);
        }
        if (error instanceof ReadTimeoutException) {
            return new MTurkTimeoutException(MTurkTimeoutException.Kind.RESPONSE, responseTimeout, error);
        }
        if (error instanceof ConnectException) {
            return new MTurkIoException(operation + ": cannot connect: " + error.getMessage(), error, true);
        }
        if (error instanceof PrematureCloseException) {
            return new MTurkIoException(operation + ": " + error.getMessage(), error, false);
        }
        if (error instanceof IOException || error instanceof ClosedChannelException) {
            return new MTurkIoException(operation + ": connection failed: " + error, error, false);
        }
        if (error.getClass().getName().equals("reactor.netty.channel.AbortedException")) {
            return new MTurkIoException(operation + ": connection aborted: " + error.getMessage(), error, false);
        }
        return error;
    }
}
