package mturk.reactive.core;

/**
 * A problem on the client side of the wire: the request could not be delivered or its answer could not be read.
 * Subclasses say which: {@link MTurkIoException}, {@link MTurkTimeoutException},
 * {@link MalformedResponseException}, {@link TruncatedResponseException}.
 */
public class MTurkClientException extends MTurkException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause   the underlying failure, or {@code null}
     */
    public MTurkClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return {@code false} unless a subclass knows better */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
