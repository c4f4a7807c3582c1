package mturk.reactive.model.question;

import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.UploadedFileAnswer;

/**
 * A file-upload answer, {@code <FileUploadAnswer><MaxFileSizeInBytes/><MinFileSizeInBytes/></FileUploadAnswer>}
 * (maximum first, as the schema requires and boto2 writes). The worker's answer arrives as an
 * {@code UploadedFileAnswer}. The service stopped supporting file uploads on 2017-12-12.
 *
 * @param minFileSizeInBytes the smallest accepted size; 1 to {@value #MAX_FILE_SIZE_IN_BYTES}
 * @param maxFileSizeInBytes the largest accepted size; {@code minFileSizeInBytes} to {@value #MAX_FILE_SIZE_IN_BYTES}
 */
public record FileUploadAnswerSpec(long minFileSizeInBytes, long maxFileSizeInBytes) implements AnswerSpecification {

    /** The schema's upper bound for both sizes. */
    public static final long MAX_FILE_SIZE_IN_BYTES = 2_000_000_000L;

    /**
     * Validates the bounds (the schema types both as positive integers; boto2 also accepted 0 for the minimum).
     *
     * @param minFileSizeInBytes the smallest accepted size; 1 to {@value #MAX_FILE_SIZE_IN_BYTES}
     * @param maxFileSizeInBytes the largest accepted size; {@code minFileSizeInBytes} to {@value
     *     #MAX_FILE_SIZE_IN_BYTES}
     * @throws IllegalArgumentException naming the bound and the limit it breaks
     */
    public FileUploadAnswerSpec {
        if (minFileSizeInBytes < 1 || minFileSizeInBytes > MAX_FILE_SIZE_IN_BYTES) {
            throw new IllegalArgumentException("FileUploadAnswer.minFileSizeInBytes must be between 1 and "
                    + MAX_FILE_SIZE_IN_BYTES + ", was " + minFileSizeInBytes);
        }
        if (maxFileSizeInBytes < minFileSizeInBytes || maxFileSizeInBytes > MAX_FILE_SIZE_IN_BYTES) {
            throw new IllegalArgumentException("FileUploadAnswer.maxFileSizeInBytes must be between minFileSizeInBytes ("
                    + minFileSizeInBytes + ") and " + MAX_FILE_SIZE_IN_BYTES + ", was " + maxFileSizeInBytes);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @return true for an {@link UploadedFileAnswer} whose size is within the bounds
     */
    @Override
    public boolean accepts(Answer answer) {
        return answer instanceof UploadedFileAnswer && accepts(((UploadedFileAnswer) answer).sizeInBytes());
    }

    /**
     * Whether an upload of {@code sizeInBytes} is within the bounds.
     *
     * @param sizeInBytes the file size
     * @return true when {@code min <= size <= max}
     */
    public boolean accepts(long sizeInBytes) {
        return sizeInBytes >= minFileSizeInBytes && sizeInBytes <= maxFileSizeInBytes;
    }
}
