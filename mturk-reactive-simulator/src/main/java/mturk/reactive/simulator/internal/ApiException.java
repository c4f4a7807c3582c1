package mturk.reactive.simulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A service error: becomes {@code Request/Errors/Error} (or {@code OperationRequest/Errors}) in the response. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final Map<String, String> data;

    /** An error with a code, a message (the server-time marker is added when written) and key/value data. */
    public ApiException(String code, String message, String... keyValues) {
        super(message, null, false, false);
        this.code = code;
        this.data = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            data.put(keyValues[i], keyValues[i + 1]);
        }
    }

    /** The error code, e.g. {@code AWS.MechanicalTurk.HITDoesNotExist}. */
    public String code() {
        return code;
    }

    /** The {@code Data} key/value pairs, in order. */
    public Map<String, String> data() {
        return data;
    }

    static ApiException missing(String parameter) {
        return new ApiException("AWS.MissingParameters",
                "Your request is missing required parameters. Required parameters include " + parameter + ".",
                "Parameter", parameter);
    }

    static ApiException invalid(String parameter, String value, String why) {
        return new ApiException("AWS.MechanicalTurk.InvalidParameterValue",
                "The value \"" + value + "\" is invalid for " + parameter + ". " + why,
                "Parameter", parameter, "Value", value);
    }

    static ApiException outOfRange(String parameter, String value, String range) {
        return new ApiException("AWS.ParameterOutOfRange",
                "The value " + value + " for parameter " + parameter + " is out of range. Valid values: " + range + ".",
                "Parameter", parameter, "Value", value);
    }
}
