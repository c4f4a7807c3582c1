package mturk.reactive.core.notification;

import mturk.reactive.core.MTurkException;

/**
 * A REST notification was refused: malformed parameters, a signature that does not match, or a timestamp outside
 * the accepted window. The message says which, never the secret.
 */
public class NotificationRejectedException extends MTurkException {

    private static final long serialVersionUID = 1L;

    /** Why a notification was refused. */
    public enum Reason {
        /** A required parameter is missing or unreadable, or {@code method} is not {@code Notify}. */
        MALFORMED,
        /** The signature does not match the timestamp and the secret key. */
        BAD_SIGNATURE,
        /** The timestamp is outside the configured window around now (a replay, or a skewed clock). */
        STALE
    }

    /** Why it was refused. */
    private final Reason reason;

    /**
     * @param reason  why
     * @param message details
     */
    public NotificationRejectedException(Reason reason, String message) {
        super(message, null);
        this.reason = reason;
    }

    /** @return why the notification was refused */
    public Reason reason() {
        return reason;
    }

    /** @return {@code false}: the same notification will be refused again */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
