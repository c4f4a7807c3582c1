package mturk.reactive.samples.demo;

import mturk.reactive.model.question.FreeTextAnswerSpec;
import mturk.reactive.model.question.Question;
import mturk.reactive.model.question.QuestionForm;
import mturk.reactive.model.question.SelectionAnswerSpec;
import mturk.reactive.model.question.SimpleField;

/** The demo's QuestionForm, built with the SDK's question builders (everything escaped by the model). */
public final class DemoQuestions {

    /** The sentiment question's identifier. */
    public static final String SENTIMENT = "sentiment";
    /** The optional comment's identifier. */
    public static final String COMMENT = "comment";

    private DemoQuestions() {
    }

    /** A sentence to label: positive, negative or neutral, and an optional comment. */
    public static QuestionForm form(String sentence) {
        return QuestionForm.builder()
                .overview(SimpleField.title("Product review"), SimpleField.text(sentence))
                .question(Question.builder(SENTIMENT)
                        .displayName("Sentiment")
                        .required(true)
                        .content(SimpleField.text("How does the writer feel about the product?"))
                        .answer(SelectionAnswerSpec.builder()
                                .text("positive", "Positive")
                                .text("negative", "Negative")
                                .text("neutral", "Neutral")
                                .build())
                        .build())
                .question(Question.builder(COMMENT)
                        .required(false)
                        .content(SimpleField.text("Anything we should know? (optional)"))
                        .answer(FreeTextAnswerSpec.UNCONSTRAINED)
                        .build())
                .build();
    }
}
