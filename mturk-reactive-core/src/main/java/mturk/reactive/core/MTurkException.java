package mturk.reactive.core;

/**
 * Root of every error this SDK signals. Unchecked, so it travels through {@code Mono}/{@code Flux} error signals
 * and through lambdas without wrapping.
 *
 * <p>Two branches: {@link MTurkServiceException} when the service answered with an error (HTTP status, request id,
 * error codes), and {@link MTurkClientException} when the problem is on this side of the wire (I/O, timeout,
 * malformed or truncated response). Invalid arguments are reported as {@link IllegalArgumentException} before
 * anything is sent.
 */
public abstract class MTurkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, never containing a secret
     * @param cause   the underlying failure, or {@code null}
     */
    protected MTurkException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether repeating the same request may succeed (throttling, 5xx, connection failure, truncated body).
     * The client only retries operations that are safe to repeat, whatever this says.
     *
     * @return {@code true} if a later identical attempt may succeed
     */
    public abstract boolean isRetryable();
}
