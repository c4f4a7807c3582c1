/** Typed answers of the {@code QuestionFormAnswers} schema: free text, selections and uploaded files. */
package mturk.reactive.model.answer;
