package mturk.reactive.core;

/**
 * The response body is not the XML this client expects: not well-formed, a DTD or entity reference (refused for
 * safety), a value that does not parse (a non-numeric {@code Amount}), a missing result element, or a document
 * that exceeds the configured {@link ResponseLimits}. Not retryable.
 */
public class MalformedResponseException extends MTurkClientException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where
     * @param cause   the parser exception, or {@code null}
     */
    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
