package mturk.reactive.model.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid questions are refused when built, with a message that names the field. */
class QuestionValidationTest {

    private static final QuestionContent CONTENT = QuestionContent.of("t", "x");

    private static void assertRefused(String expectedInMessage, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(expectedInMessage),
                () -> "message '" + e.getMessage() + "' should contain '" + expectedInMessage + "'");
    }

    @Test
    void aFormWithoutQuestionIsRefused() {
        assertRefused("at least one Question", () -> QuestionForm.of(Overview.of(SimpleField.title("only"))));
    }

    @Test
    void anEmptyFormIsRefused() {
        assertRefused("at least one Question", () -> QuestionForm.builder().build());
    }

    @Test
    void duplicateQuestionIdentifiersAreRefused() {
        Question q = Question.of("same", CONTENT, FreeTextAnswerSpec.UNCONSTRAINED);
        assertRefused("duplicate QuestionIdentifier 'same'", () -> QuestionForm.of(q, q));
    }

    @Test
    void aBlankQuestionIdentifierIsRefused() {
        assertRefused("Question.identifier", () -> Question.of(" ", CONTENT, FreeTextAnswerSpec.UNCONSTRAINED));
    }

    @Test
    void emptyContentIsRefused() {
        assertRefused("QuestionContent must hold at least one", () -> new QuestionContent(List.of()));
    }

    @Test
    void aBinaryUrlMustBeHttpOrHttps() {
        assertRefused("Binary.dataUrl", () -> new Binary("image", "png", "ftp://example.com/a.png", "a"));
        assertRefused("Binary.dataUrl", () -> new Binary("image", "png", "javascript:alert(1)", "a"));
        assertRefused("Binary.dataUrl", () -> new Binary("image", "png", "HTTP://EXAMPLE.COM/a.png", "a"));
    }

    @Test
    void aBinaryTypeMustBeImageAudioOrVideo() {
        assertRefused("Binary.type must be image, audio or video, was 'text'",
                () -> new Binary("text", "plain", "http://e.com", "a"));
    }

    @Test
    void applicationUrlsMustBeHttpOrHttps() {
        assertRefused("JavaApplet.appletPath", () -> JavaApplet.of("file:///tmp/", "A.class", 1, 1));
        assertRefused("Flash.flashMovieUrl", () -> Flash.of("movie.swf", 1, 1));
        assertRefused("EmbeddedBinary.dataUrl",
                () -> new EmbeddedBinary("a", "b", "//e.com/x", "alt", "1", "1", List.of()));
    }

    @Test
    void anExternalQuestionUrlMustBeHttpOrHttps() {
        assertRefused("ExternalQuestion.externalUrl", () -> new ExternalQuestion("www.example.com", 800));
        assertRefused("ExternalQuestion.externalUrl", () -> new ExternalQuestion("https://", 800));
    }

    @Test
    void aNegativeFrameHeightIsRefused() {
        assertRefused("ExternalQuestion.frameHeight must be >= 0, was -1",
                () -> new ExternalQuestion("https://e.com", -1));
        assertRefused("HTMLQuestion.frameHeight must be >= 0, was -1", () -> new HtmlQuestion("<p/>", -1));
    }

    @Test
    void blankHtmlContentIsRefused() {
        assertRefused("HTMLQuestion.htmlContent", () -> new HtmlQuestion(" ", 100));
    }

    @Test
    void numericBoundsMustBeOrdered() {
        assertRefused("IsNumeric.minValue (5) must be <= maxValue (4)", () -> NumericConstraint.between(5, 4));
    }

    @Test
    void lengthBoundsMustBeOrderedAndWithinTheSchema() {
        assertRefused("Length.minLength (5) must be <= maxLength (4)", () -> LengthConstraint.between(5, 4));
        assertRefused("Length.minLength must be >= 0, was -1", () -> new LengthConstraint(-1, null));
        assertRefused("Length.maxLength must be >= 1, was 0", () -> new LengthConstraint(null, 0));
    }

    @Test
    void theNumberOfLinesMustBePositive() {
        assertRefused("FreeTextAnswer.numberOfLinesSuggestion must be >= 1, was 0",
                () -> FreeTextAnswerSpec.builder().numberOfLinesSuggestion(0).build());
    }

    @Test
    void regexValuesMustNotHoldLineBreaksThatXmlWouldTurnIntoSpaces() {
        assertRefused("AnswerFormatRegex.errorText must not contain a tab or line break",
                () -> new RegexConstraint("a", "line1\nline2", null));
        assertRefused("AnswerFormatRegex.regex must not be empty", () -> RegexConstraint.of(""));
    }

    @Test
    void selectionCountsMustBeOrdered() {
        assertRefused("SelectionAnswer.minSelectionCount (3) must be <= maxSelectionCount (2)",
                () -> SelectionAnswerSpec.builder().text("a", "A").text("b", "B").text("c", "C")
                        .minSelectionCount(3).maxSelectionCount(2).build());
    }

    @Test
    void selectionCountsMustBeWithinTheSchema() {
        assertRefused("SelectionAnswer.minSelectionCount must be >= 0, was -1",
                () -> SelectionAnswerSpec.builder().text("a", "A").minSelectionCount(-1).build());
        assertRefused("SelectionAnswer.maxSelectionCount must be >= 1, was 0",
                () -> SelectionAnswerSpec.builder().text("a", "A").minSelectionCount(0).maxSelectionCount(0)
                        .build());
    }

    @Test
    void aSelectionAnswerNeedsAtLeastMinimumChoices() {
        assertRefused("2 choices is less than minSelectionCount 3",
                () -> SelectionAnswerSpec.builder().text("a", "A").text("b", "B").minSelectionCount(3)
                        .maxSelectionCount(3).build());
        assertRefused("SelectionAnswer.selections must hold at least one Selection",
                () -> SelectionAnswerSpec.builder().minSelectionCount(0).build());
    }

    @Test
    void theOtherChoiceCountsTowardsTheMinimum() {
        assertDoesNotThrow(() -> SelectionAnswerSpec.builder().text("a", "A").other().minSelectionCount(2)
                .maxSelectionCount(2).build());
    }

    @Test
    void selectionIdentifiersMustBeUniqueAndNotBlank() {
        assertRefused("duplicate SelectionIdentifier 'a'",
                () -> SelectionAnswerSpec.builder().text("a", "A").text("a", "B").build());
        assertRefused("Selection.identifier", () -> Selection.text("", "A"));
    }

    @Test
    void fileSizeBoundsMustBeOrderedAndWithinTheSchema() {
        assertRefused("FileUploadAnswer.maxFileSizeInBytes must be between minFileSizeInBytes (10) and 2000000000, was 9",
                () -> new FileUploadAnswerSpec(10, 9));
        assertRefused("FileUploadAnswer.minFileSizeInBytes must be between 1 and 2000000000, was 0",
                () -> new FileUploadAnswerSpec(0, 9));
        assertRefused("FileUploadAnswer.maxFileSizeInBytes", () -> new FileUploadAnswerSpec(1, 2_000_000_001L));
    }

    @Test
    void unknownStylesAreRefusedListingTheAcceptedOnes() {
        assertRefused("should be one of radiobutton, dropdown, checkbox, list, combobox, multichooser",
                () -> StyleSuggestion.fromWireName("slider"));
    }

    @Test
    void textsXmlCannotCarryAreRefusedWithTheirPosition() {
        assertRefused("Title holds a character XML 1.0 cannot carry (U+0001 at index 2)",
                () -> SimpleField.title("ab\u0001"));
        assertRefused("Text holds a character XML 1.0 cannot carry (U+D83D at index 0)",
                () -> SimpleField.text("\uD83D"));
        assertRefused("ListItem[1]", () -> BulletList.of("ok", "\uFFFE"));
    }

    @Test
    void anOversizedDocumentFailsTheSizeCheckNamingFieldSizeAndLimit() {
        QuestionForm big = QuestionForm.of(Question.of("q", QuestionContent.of(SimpleField.text("\u00e9".repeat(33_000))),
                FreeTextAnswerSpec.UNCONSTRAINED));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> big.toXmlWithinLimit("Test"));
        int bytes = big.toXml().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertEquals("Test XML is " + bytes + " UTF-8 bytes, more than the limit of 65535", e.getMessage());
    }

    @Test
    void aDocumentAtTheLimitPassesTheSizeCheck() {
        String shell = QuestionForm.of(Question.of("q", QuestionContent.of(SimpleField.text("")),
                FreeTextAnswerSpec.UNCONSTRAINED)).toXml();
        QuestionForm exact = QuestionForm.of(Question.of("q",
                QuestionContent.of(SimpleField.text("x".repeat(QuestionDocument.MAX_XML_BYTES - shell.length()))),
                FreeTextAnswerSpec.UNCONSTRAINED));

        assertEquals(65_535, exact.toXmlWithinLimit("Question").length());
    }
}
