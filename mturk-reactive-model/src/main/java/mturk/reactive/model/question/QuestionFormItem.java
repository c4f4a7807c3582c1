package mturk.reactive.model.question;

/** A child of a {@link QuestionForm}: an {@link Overview} or a {@link Question}, in any order. */
public sealed interface QuestionFormItem permits Overview, Question {
}
