package mturk.reactive.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code QuestionDocument.parse(d.toXml()).equals(d)} for every kind of document, content and answer. */
class QuestionRoundTripTest {

    private static final QuestionContent CONTENT = QuestionContent.of("Title", "Text");

    static Stream<Arguments> documents() {
        return Stream.of(
                doc("free text, unconstrained", FreeTextAnswerSpec.UNCONSTRAINED),
                doc("free text, numeric without bounds", FreeTextAnswerSpec.builder()
                        .numeric(NumericConstraint.any()).build()),
                doc("free text, numeric lower bound only", FreeTextAnswerSpec.builder()
                        .numeric(new NumericConstraint(-3, null)).build()),
                doc("free text, length upper bound only", FreeTextAnswerSpec.builder()
                        .length(new LengthConstraint(null, 10)).build()),
                doc("free text, every constraint", FreeTextAnswerSpec.builder().numeric(1, 9).length(1, 1)
                        .regex("^\\d$", "one digit", "i").regex(RegexConstraint.of("[0-9]")).defaultText("5")
                        .numberOfLinesSuggestion(4).build()),
                doc("free text, whitespace default text kept", FreeTextAnswerSpec.builder().defaultText("  a \n")
                        .build()),
                doc("selection, boto2 defaults", SelectionAnswerSpec.builder().text("a", "A").build()),
                doc("selection, radiobutton", style(StyleSuggestion.RADIOBUTTON, 1, 1)),
                doc("selection, radiobutton with optional answer", style(StyleSuggestion.RADIOBUTTON, 0, 1)),
                doc("selection, dropdown", style(StyleSuggestion.DROPDOWN, 1, 1)),
                doc("selection, checkbox", style(StyleSuggestion.CHECKBOX, 0, 3)),
                doc("selection, list", style(StyleSuggestion.LIST, 1, 2)),
                doc("selection, combobox", style(StyleSuggestion.COMBOBOX, 1, 1)),
                doc("selection, multichooser", style(StyleSuggestion.MULTICHOOSER, 2, 3)),
                doc("selection, plain other", SelectionAnswerSpec.builder().text("a", "A").other().build()),
                doc("selection, constrained other", SelectionAnswerSpec.builder().text("a", "A")
                        .other(FreeTextAnswerSpec.builder().length(1, 20).numberOfLinesSuggestion(1).build())
                        .build()),
                doc("selection, binary and formatted choices", SelectionAnswerSpec.builder()
                        .selection(Selection.binary("img", new Binary("image", "gif", "http://e.com/a.gif", "")))
                        .selection(Selection.binary("snd", new Binary("audio", null, "https://e.com/a.mp3", "s")))
                        .selection(Selection.formatted("fmt", "<b>bold</b>"))
                        .maxSelectionCount(3).build()),
                doc("file upload", new FileUploadAnswerSpec(1, FileUploadAnswerSpec.MAX_FILE_SIZE_IN_BYTES)),
                Arguments.of("every content item and interleaved overviews", QuestionForm.builder()
                        .overview(SimpleField.title("o1"), BulletList.of("x", "y"))
                        .question(Question.builder("q1").content(CONTENT).answer(FreeTextAnswerSpec.UNCONSTRAINED)
                                .build())
                        .overview(new FormattedContent(""), new Binary("video", "mp4", "http://e.com/v", "v"))
                        .question(Question.builder("q2").displayName("Second").required(true)
                                .content(HostileDocuments.applications().questions().get(0).content())
                                .answer(new FileUploadAnswerSpec(10, 10)).build())
                        .build()),
                Arguments.of("hostile form", HostileDocuments.form()),
                Arguments.of("external question", new ExternalQuestion("http://localhost:8080/task?x=1&y=2", 800)),
                Arguments.of("html question without doctype", new HtmlQuestion("<p>hi</p>", 400)),
                Arguments.of("html question with its own doctype", new HtmlQuestion(
                        "  <!doctype HTML>\n<p>hi</p>", 400)),
                Arguments.of("hostile html question", HostileDocuments.html()));
    }

    private static Arguments doc(String name, AnswerSpecification spec) {
        return Arguments.of(name, QuestionForm.of(new Question("q", CONTENT, spec, false, null)));
    }

    private static SelectionAnswerSpec style(StyleSuggestion style, int min, int max) {
        return new SelectionAnswerSpec(min, max, style,
                List.of(Selection.text("a", "A"), Selection.text("b", "B"), Selection.text("c", "C")), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void parsingTheRenderedDocumentGivesAnEqualModel(String name, QuestionDocument document) {
        assertEquals(document, QuestionDocument.parse(document.toXml()));
    }
}
