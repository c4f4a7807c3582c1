package mturk.reactive.model.answer;

import java.util.Objects;

/**
 * The answer to a {@code FileUploadAnswer} question: the size and key of the uploaded file. Fetch the file
 * itself with {@code GetFileUploadURL}, whose URL is valid for 60 seconds. boto2 drops these answers.
 *
 * @param questionIdentifier the question answered; not blank
 * @param fileKey            {@code <UploadedFileKey>}, the service's key for the file; not null
 * @param sizeInBytes        {@code <UploadedFileSizeInBytes>}; not negative
 */
public record UploadedFileAnswer(String questionIdentifier, String fileKey, long sizeInBytes) implements Answer {

    /** Validates the components. */
    public UploadedFileAnswer {
        AnswerChecks.requireIdentifier(questionIdentifier);
        Objects.requireNonNull(fileKey, "fileKey");
        if (sizeInBytes < 0) {
            throw new IllegalArgumentException("sizeInBytes must be >= 0, was " + sizeInBytes);
        }
    }
}
