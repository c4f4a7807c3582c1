/**
 * Typed answers of the 2005-10-01 {@code QuestionFormAnswers} schema ({@link mturk.reactive.model.answer.FreeTextAnswer},
 * {@link mturk.reactive.model.answer.SelectionAnswer}, {@link mturk.reactive.model.answer.UploadedFileAnswer}, held
 * by {@link mturk.reactive.model.answer.QuestionFormAnswers}), and the qualification-test
 * {@link mturk.reactive.model.answer.AnswerKey} with its scorer.
 */
package mturk.reactive.model.answer;
