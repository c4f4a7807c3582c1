package mturk.reactive.model.question;

import java.util.Optional;
import mturk.reactive.model.answer.Answer;

/**
 * What kind of answer a {@link Question} accepts, written inside {@code <AnswerSpecification>}: exactly one of
 * {@link FreeTextAnswerSpec}, {@link SelectionAnswerSpec} or {@link FileUploadAnswerSpec} (boto2's
 * {@code AnswerSpecification(FreeTextAnswer|SelectionAnswer|FileUploadAnswer)}).
 */
public sealed interface AnswerSpecification permits FreeTextAnswerSpec, SelectionAnswerSpec, FileUploadAnswerSpec {

    /**
     * Whether an answer is of the kind this specification asks for and satisfies its constraints, as MTurk's worker
     * page would enforce. The service itself only guarantees that answers conform to the answer schema; simulated
     * workers use this to produce, and tests to check, answers a real worker could have submitted.
     *
     * @param answer a worker's answer to this question; not null
     * @return true when the answer could have been submitted for this specification
     */
    boolean accepts(Answer answer);

    /**
     * This specification as a free-text one.
     *
     * @return this, or empty when it is of another kind
     */
    default Optional<FreeTextAnswerSpec> asFreeText() {
        return this instanceof FreeTextAnswerSpec ? Optional.of((FreeTextAnswerSpec) this) : Optional.empty();
    }

    /**
     * This specification as a selection one.
     *
     * @return this, or empty when it is of another kind
     */
    default Optional<SelectionAnswerSpec> asSelection() {
        return this instanceof SelectionAnswerSpec ? Optional.of((SelectionAnswerSpec) this) : Optional.empty();
    }

    /**
     * This specification as a file-upload one.
     *
     * @return this, or empty when it is of another kind
     */
    default Optional<FileUploadAnswerSpec> asFileUpload() {
        return this instanceof FileUploadAnswerSpec ? Optional.of((FileUploadAnswerSpec) this) : Optional.empty();
    }
}
