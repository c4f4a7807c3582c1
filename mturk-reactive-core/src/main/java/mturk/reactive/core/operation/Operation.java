package mturk.reactive.core.operation;

import java.util.Objects;
import mturk.reactive.core.xml.ResponseSpec;

/**
 * One row of the operations table: everything the client needs to know about one 2014-08-15 action.
 *
 * @param name        the wire name sent as {@code Operation}, e.g. {@code CreateHIT}
 * @param retrySafe   whether the client may repeat the request after a throttle, 5xx, lost connection or truncated
 *                    body: true for reads and for operations made safe by {@code UniqueRequestToken}
 * @param takesToken  whether the request carries a {@code UniqueRequestToken}; if the caller gave none, the client
 *                    generates one per logical call and reuses it on every attempt
 * @param response    where the payload sits in the envelope and which reader reads it
 * @param <T>         the record type the operation yields
 */
public record Operation<T>(String name, boolean retrySafe, boolean takesToken, ResponseSpec<T> response) {

    /**
     * Validates the row: a token makes a call safe to repeat, so a token operation must be retry-safe.
     *
     * @param name the wire name
     * @param retrySafe whether repeating is safe
     * @param takesToken whether the request carries a {@code UniqueRequestToken}
     * @param response the response spec
     */
    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(response, "response");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (takesToken && !retrySafe) {
            throw new IllegalArgumentException("operation " + name + " takes a UniqueRequestToken, so it must be "
                    + "marked retrySafe");
        }
    }

    /**
     * A read: safe to repeat, no token.
     *
     * @param name     wire name
     * @param response response spec
     * @param <T>      record type
     * @return the descriptor
     */
    public static <T> Operation<T> read(String name, ResponseSpec<T> response) {
        return new Operation<>(name, true, false, response);
    }

    /**
     * A state change that is not safe to repeat blindly (approve, reject, dispose…): retried only when the
     * connection could not even be established.
     *
     * @param name     wire name
     * @param response response spec
     * @param <T>      record type
     * @return the descriptor
     */
    public static <T> Operation<T> write(String name, ResponseSpec<T> response) {
        return new Operation<>(name, false, false, response);
    }

    /**
     * A state change made idempotent by {@code UniqueRequestToken} (CreateHIT, ExtendHIT, GrantBonus).
     *
     * @param name     wire name
     * @param response response spec
     * @param <T>      record type
     * @return the descriptor
     */
    public static <T> Operation<T> tokenWrite(String name, ResponseSpec<T> response) {
        return new Operation<>(name, true, true, response);
    }
}
