package mturk.reactive.core;

/**
 * The response body ended before its root element was closed (the connection was cut mid-body, or the server
 * sent a short body). Retryable for operations that are safe to repeat.
 */
public class TruncatedResponseException extends MTurkClientException {

    private static final long serialVersionUID = 1L;

    /** @param message where the body ended, e.g. {@code "response body ended at depth 3 inside <HIT>"} */
    public TruncatedResponseException(String message) {
        super(message, null);
    }

    /** @return {@code true}: a complete body may arrive next time */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
