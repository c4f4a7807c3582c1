package mturk.reactive.core;

import java.time.Duration;
import java.util.Objects;

/** A configured timeout elapsed; {@link #kind()} says which one and {@link #timeout()} its value. */
public class MTurkTimeoutException extends MTurkClientException {

    private static final long serialVersionUID = 1L;

    /** Which timeout elapsed. */
    public enum Kind {
        /** Establishing the TCP (and TLS) connection took longer than the connect timeout; nothing was sent. */
        CONNECT,
        /** The server sent nothing for longer than the response timeout after the request was written. */
        RESPONSE
    }

    /** Which timeout. */
    private final Kind kind;
    /** Its configured value. */
    private final Duration timeout;

    /**
     * @param kind    which timeout elapsed
     * @param timeout its configured value
     * @param cause   the transport exception
     */
    public MTurkTimeoutException(Kind kind, Duration timeout, Throwable cause) {
        super(Objects.requireNonNull(kind, "kind").name().toLowerCase(java.util.Locale.ROOT)
                + " timeout of " + timeout + " elapsed", cause);
        this.kind = kind;
        this.timeout = timeout;
    }

    /** @return which timeout elapsed */
    public Kind kind() {
        return kind;
    }

    /** @return the configured value of that timeout */
    public Duration timeout() {
        return timeout;
    }

    /** @return {@code true}: a later attempt may be faster */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
