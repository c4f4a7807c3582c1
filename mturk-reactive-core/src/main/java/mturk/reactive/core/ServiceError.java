package mturk.reactive.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code <Error>} of a service response: {@code Code}, {@code Message} and the {@code Data} key/value pairs.
 *
 * <pre>{@code
 * <Error><Code>AWS.MechanicalTurk.AssignmentDoesNotExist</Code><Message>Assignment X does not exist.</Message>
 *   <Data><Key>AssignmentId</Key><Value>X</Value></Data></Error>
 * }</pre>
 * becomes {@code new ServiceError("AWS.MechanicalTurk.AssignmentDoesNotExist", "Assignment X does not exist.",
 * Map.of("AssignmentId", "X"))}.
 *
 * @param code    the error code, e.g. {@code AWS.ServiceUnavailable}; empty if the element was missing
 * @param message the human-readable message; empty if missing
 * @param data    the {@code Data} pairs in document order (unmodifiable; first value wins for a repeated key)
 */
public record ServiceError(String code, String message, Map<String, String> data) {

    /**
     * Validates and freezes the fields.
     *
     * @param code the code
     * @param message the message
     * @param data the data pairs
     */
    public ServiceError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(data, "data");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * Compares the code ignoring case: the service and its documentation disagree on spellings such as
     * {@code HitAlreadyExists} versus {@code HITAlreadyExists}.
     *
     * @param otherCode the code to compare with
     * @return whether this error has that code
     */
    public boolean hasCode(String otherCode) {
        return code.equalsIgnoreCase(otherCode);
    }

    @Override
    public String toString() {
        return data.isEmpty() ? code + ": " + message : code + ": " + message + " " + data;
    }
}
