package mturk.reactive.model.question;

/**
 * What kind of answer a {@link Question} accepts, written inside {@code <AnswerSpecification>}: exactly one of
 * {@link FreeTextAnswerSpec}, {@link SelectionAnswerSpec} or {@link FileUploadAnswerSpec} (boto2's
 * {@code AnswerSpecification(FreeTextAnswer|SelectionAnswer|FileUploadAnswer)}).
 */
public sealed interface AnswerSpecification permits FreeTextAnswerSpec, SelectionAnswerSpec, FileUploadAnswerSpec {
}
