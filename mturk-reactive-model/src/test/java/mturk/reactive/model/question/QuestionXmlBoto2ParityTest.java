package mturk.reactive.model.question;

import static mturk.reactive.model.testing.XmlTrees.outline;
import static mturk.reactive.model.testing.XmlTrees.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For the inputs of {@code golden/boto2/generate.py}, our documents carry exactly what boto 2.49's
 * {@code get_as_xml()} writes (same elements, order, namespaces, attributes and texts), and are byte-identical
 * wherever boto2 writes no self-closing tag ({@code <X />}, which the JDK writer spells {@code <X/>}).
 */
class QuestionXmlBoto2ParityTest {

    static Stream<Arguments> boto2Documents() {
        QuestionContent colour = QuestionContent.of("Colour", "Pick");
        return Stream.of(
                Arguments.of("overview_and_free_text", QuestionForm.of(
                        Overview.of(SimpleField.title("OV"), new FormattedContent("<p>x</p>")),
                        Question.of("q1", QuestionContent.of("Boto no hit type question content",
                                "What is a boto no hit type?"), FreeTextAnswerSpec.UNCONSTRAINED))),
                Arguments.of("free_text_regex", form(Question.of("date", QuestionContent.of("Date", "When?"),
                        FreeTextAnswerSpec.builder()
                                .regex("^[12][0-9]{3}-[01]?\\d-[0-3]?\\d$",
                                        "You must enter a date with the format yyyy-mm-dd.", "i")
                                .defaultText("This is not a valid format").build()))),
                Arguments.of("free_text_numeric_length_lines", form(Question.builder("age")
                        .content(QuestionContent.of("Age", "How old?"))
                        .answer(FreeTextAnswerSpec.builder().numeric(0, 120).length(1, 3).defaultText("30")
                                .numberOfLinesSuggestion(2).build())
                        .required(true).displayName("Your age").build())),
                Arguments.of("binary_and_list", form(Question.of("bin", QuestionContent.of(
                        SimpleField.title("Boto binary question"), SimpleField.text("What is a boto binary hit type?"),
                        new Binary("image", "jpeg", "http://www.example.com/test1.jpg", "image is missing"),
                        BulletList.of("first", "second")), FreeTextAnswerSpec.UNCONSTRAINED))),
                Arguments.of("selection_default", form(Question.of("colour", QuestionContent.of("Colour", "Pick one"),
                        redBlue().build()))),
                Arguments.of("selection_radiobutton", form(Question.of("colour",
                        QuestionContent.of("Colour", "Pick one"), redBlue().style(StyleSuggestion.RADIOBUTTON).build()))),
                Arguments.of("selection_checkbox_other", form(Question.of("colour", colour, redBlue()
                        .minSelectionCount(1).maxSelectionCount(2).style(StyleSuggestion.CHECKBOX).other().build()))),
                Arguments.of("selection_dropdown_other_free_text", form(Question.of("colour", colour, redBlue()
                        .style(StyleSuggestion.DROPDOWN)
                        .other(FreeTextAnswerSpec.builder().defaultText("x").build()).build()))),
                Arguments.of("selection_list", form(Question.of("colour", colour, redBlue()
                        .minSelectionCount(0).maxSelectionCount(2).style(StyleSuggestion.LIST).build()))),
                Arguments.of("selection_combobox", form(Question.of("colour", colour, redBlue()
                        .minSelectionCount(0).maxSelectionCount(2).style(StyleSuggestion.COMBOBOX).build()))),
                Arguments.of("selection_multichooser", form(Question.of("colour", colour, redBlue()
                        .minSelectionCount(0).maxSelectionCount(2).style(StyleSuggestion.MULTICHOOSER).build()))),
                Arguments.of("selection_binary", form(Question.of("animal", QuestionContent.of("Animal", "Which?"),
                        SelectionAnswerSpec.builder().selection(Selection.binary("cat",
                                new Binary("image", "png", "http://example.com/cat.png", "A cat"))).build()))),
                Arguments.of("file_upload", form(Question.of("upload", QuestionContent.of("Upload", "Send a file"),
                        new FileUploadAnswerSpec(1024, 2048)))),
                Arguments.of("external_question", new ExternalQuestion("http://example.com/?a=1&b=2", 800)),
                Arguments.of("html_question",
                        new HtmlQuestion("<html><body><form><input name=\"x\"/></form></body></html>", 600)));
    }

    private static QuestionForm form(Question q) {
        return QuestionForm.of(q);
    }

    private static SelectionAnswerSpec.Builder redBlue() {
        return SelectionAnswerSpec.builder().text("r", "Red").text("b", "Blue");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boto2Documents")
    void carriesTheSameElementsAttributesAndTextsAsBoto2(String name, QuestionDocument document) {
        String boto2 = resource("/golden/boto2/" + name + ".xml");

        assertEquals(outline(boto2), outline(document.toXml()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boto2Documents")
    void isByteIdenticalToBoto2WhereBoto2WritesNoSelfClosingTag(String name, QuestionDocument document) {
        String boto2 = resource("/golden/boto2/" + name + ".xml");
        String ours = document.toXml();

        if (boto2.contains(" />")) {
            assertEquals(boto2.replace(" />", "/>"), ours);
        } else {
            assertEquals(boto2, ours);
        }
    }
}
