package mturk.reactive.core;

/**
 * Per-document bounds enforced while a response is parsed. A body that crosses one fails with
 * {@link ResponseLimitExceededException} and the connection is dropped.
 *
 * @param maxDepth      deepest element nesting accepted (the envelope is about 6 deep)
 * @param maxTextLength longest text of one element, in chars (question and answer documents travel as text)
 * @param maxTotalBytes most bytes of one response body (after decompression)
 */
public record ResponseLimits(int maxDepth, int maxTextLength, long maxTotalBytes) {

    /** 64 levels, 4 Mi chars of text per element, 256 MiB per body. */
    public static final ResponseLimits DEFAULT = new ResponseLimits(64, 4 * 1024 * 1024, 256L * 1024 * 1024);

    /**
     * Validates that every limit is positive.
     *
     * @param maxDepth deepest nesting, >= 1
     * @param maxTextLength longest text of one element, >= 1
     * @param maxTotalBytes most bytes of one body, >= 1
     */
    public ResponseLimits {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, was " + maxDepth);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be >= 1, was " + maxTextLength);
        }
        if (maxTotalBytes < 1) {
            throw new IllegalArgumentException("maxTotalBytes must be >= 1, was " + maxTotalBytes);
        }
    }
}
