package mturk.reactive.core;

/**
 * The connection failed: refused, reset, or closed before the response was complete. Retryable; the client
 * repeats only operations that are safe to repeat, except that a failure to connect (nothing was sent) is retried
 * for every operation.
 */
public class MTurkIoException extends MTurkClientException {

    private static final long serialVersionUID = 1L;

    /** Whether nothing was sent. */
    private final boolean connectFailure;

    /**
     * @param message        what failed
     * @param cause          the transport exception
     * @param connectFailure {@code true} if the connection could not be established, so nothing was sent
     */
    public MTurkIoException(String message, Throwable cause, boolean connectFailure) {
        super(message, cause);
        this.connectFailure = connectFailure;
    }

    /** @return whether the failure happened while connecting, before any byte of the request was sent */
    public boolean isConnectFailure() {
        return connectFailure;
    }

    /** @return {@code true}: a new connection may succeed */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
