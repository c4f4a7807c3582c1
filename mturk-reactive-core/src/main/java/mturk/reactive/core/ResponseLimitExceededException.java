package mturk.reactive.core;

/**
 * A response exceeded one of the {@link ResponseLimits} (element depth, text length, total bytes). Parsing stops
 * at once, so hostile or runaway bodies are refused in bounded memory.
 */
public class ResponseLimitExceededException extends MalformedResponseException {

    private static final long serialVersionUID = 1L;

    /** @param message which limit, its value and where it was exceeded */
    public ResponseLimitExceededException(String message) {
        super(message, null);
    }
}
