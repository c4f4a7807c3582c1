package mturk.reactive.model.answer;

/**
 * One answer of a {@code QuestionFormAnswers} document, keyed by the identifier of the question it answers.
 *
 * <p>The 2005-10-01 schema allows three shapes, one record each: {@link FreeTextAnswer},
 * {@link SelectionAnswer} (every selected identifier, plus the "other" text) and {@link UploadedFileAnswer}
 * (the key and size of an uploaded file). For ExternalQuestion and HTMLQuestion HITs every posted form field
 * arrives as a {@link FreeTextAnswer} named after the field.
 */
public sealed interface Answer permits FreeTextAnswer, SelectionAnswer, UploadedFileAnswer {

    /** The {@code QuestionIdentifier} this answer belongs to; never null or blank. */
    String questionIdentifier();
}
