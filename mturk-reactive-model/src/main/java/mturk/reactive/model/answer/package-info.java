/**
 * Typed answers of the 2005-10-01 {@code QuestionFormAnswers} schema ({@link mturk.reactive.model.answer.FreeTextAnswer},
 * {@link mturk.reactive.model.answer.SelectionAnswer}, {@link mturk.reactive.model.answer.UploadedFileAnswer}, held
 * by {@link mturk.reactive.model.answer.QuestionFormAnswers}), and the qualification-test
 * {@link mturk.reactive.model.answer.AnswerKey} with its scorer.
 *
 * <p>boto2's {@code QuestionFormAnswer} (which keeps only free text and one selection per answer) maps to
 * {@link mturk.reactive.model.answer.QuestionFormAnswers#parse(String)}; boto2 has no answer-key type (it passes the
 * XML as a string), so {@link mturk.reactive.model.answer.AnswerKey#toXml()} is what requesters use to build one.
 */
package mturk.reactive.model.answer;
