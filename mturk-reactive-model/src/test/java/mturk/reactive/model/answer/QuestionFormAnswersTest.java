package mturk.reactive.model.answer;

import static mturk.reactive.model.testing.XmlTrees.dom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading and writing the {@code QuestionFormAnswers} document carried in assignments. */
class QuestionFormAnswersTest {

    private static final String NS = QuestionFormAnswers.NAMESPACE;

    /** The 2014 GetAssignment capture of the reference (§3.6), unescaped. */
    private static final String REAL_2014 = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<QuestionFormAnswers xmlns=\"" + NS + "\">\n"
            + "<Answer>\n"
            + "<QuestionIdentifier>Q1HasEvents</QuestionIdentifier>\n"
            + "<FreeText>no</FreeText>\n"
            + "</Answer>\n"
            + "</QuestionFormAnswers>\n";

    private static final String EVERY_KIND = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n"
            + "<QuestionFormAnswers xmlns=\"" + NS + "\">\r\n"
            + "  <Answer>\n    <QuestionIdentifier>colours</QuestionIdentifier>\n"
            + "    <SelectionIdentifier>r</SelectionIdentifier>\n"
            + "    <SelectionIdentifier>b</SelectionIdentifier>\n"
            + "    <OtherSelectionText>teal &amp; cyan</OtherSelectionText>\n  </Answer>\n"
            + "  <Answer><QuestionIdentifier>photo</QuestionIdentifier>"
            + "<UploadedFileSizeInBytes> 1024 </UploadedFileSizeInBytes>"
            + "<UploadedFileKey>key/123</UploadedFileKey></Answer>\n"
            + "  <Answer><QuestionIdentifier>nothing</QuestionIdentifier></Answer>\n"
            + "  <Answer><QuestionIdentifier>empty</QuestionIdentifier><FreeText/></Answer>\n"
            + "</QuestionFormAnswers>";

    @Test
    void theRealServiceFormIsRead() {
        assertEquals(QuestionFormAnswers.of(new FreeTextAnswer("Q1HasEvents", "no")),
                QuestionFormAnswers.parse(REAL_2014));
    }

    @Test
    void everySelectionTheOtherTextAndUploadedFilesAreKept() {
        QuestionFormAnswers answers = QuestionFormAnswers.parse(EVERY_KIND);

        assertEquals(List.of(
                new SelectionAnswer("colours", List.of("r", "b"), "teal & cyan"),
                new UploadedFileAnswer("photo", "key/123", 1024),
                new SelectionAnswer("nothing", List.of(), null),
                new FreeTextAnswer("empty", "")), answers.answers());
    }

    @Test
    void answersAreFoundByQuestionIdentifierAndType() {
        QuestionFormAnswers answers = QuestionFormAnswers.parse(EVERY_KIND);

        assertEquals(Optional.of(new UploadedFileAnswer("photo", "key/123", 1024)), answers.answer("photo"));
        assertEquals(Optional.empty(), answers.answer("photo", FreeTextAnswer.class));
        assertEquals(List.of("r", "b"),
                answers.answer("colours", SelectionAnswer.class).orElseThrow().selectionIdentifiers());
        assertEquals(Optional.empty(), answers.answer("absent"));
        assertEquals(List.of("colours", "photo", "nothing", "empty"), answers.questionIdentifiers());
    }

    @Test
    void freeTextIsKeptExactlyWithoutTrimming() {
        String xml = "<QuestionFormAnswers xmlns=\"" + NS + "\"><Answer><QuestionIdentifier>q</QuestionIdentifier>"
                + "<FreeText>  two\nlines &lt;b&gt; </FreeText></Answer></QuestionFormAnswers>";

        assertEquals(new FreeTextAnswer("q", "  two\nlines <b> "), QuestionFormAnswers.parse(xml).answers().get(0));
    }

    @Test
    void aBlankOrNullAnswerMeansNoAnswers() {
        assertSame(QuestionFormAnswers.EMPTY, QuestionFormAnswers.parse(""));
        assertSame(QuestionFormAnswers.EMPTY, QuestionFormAnswers.parse(null));
        assertEquals(QuestionFormAnswers.EMPTY, QuestionFormAnswers.parse("<QuestionFormAnswers xmlns=\"" + NS
                + "\"/>"));
    }

    @Test
    void toXmlWritesTheServiceLayoutExactly() {
        QuestionFormAnswers answers = QuestionFormAnswers.of(
                new FreeTextAnswer("Q1HasEvents", "no"));

        assertEquals(REAL_2014, answers.toXml());
    }

    @Test
    void toXmlWritesEveryKindInSchemaOrder() {
        String expected = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<QuestionFormAnswers xmlns=\"" + NS + "\">\n"
                + "<Answer>\n<QuestionIdentifier>c</QuestionIdentifier>\n"
                + "<SelectionIdentifier>r</SelectionIdentifier>\n<SelectionIdentifier>b</SelectionIdentifier>\n"
                + "<OtherSelectionText>x</OtherSelectionText>\n</Answer>\n"
                + "<Answer>\n<QuestionIdentifier>f</QuestionIdentifier>\n"
                + "<UploadedFileSizeInBytes>7</UploadedFileSizeInBytes>\n<UploadedFileKey>k</UploadedFileKey>\n"
                + "</Answer>\n"
                + "</QuestionFormAnswers>\n";

        assertEquals(expected, QuestionFormAnswers.of(new SelectionAnswer("c", List.of("r", "b"), "x"),
                new UploadedFileAnswer("f", "k", 7)).toXml());
    }

    @Test
    void hostileTextsRoundTripAndSurviveAnIndependentParser() {
        String hostile = "Tom & \"Jerry\" <b>'s</b> ]]> caf\u00e9 \uD83D\uDE00\r\nend\t";
        QuestionFormAnswers answers = QuestionFormAnswers.of(
                new FreeTextAnswer("q&<>", hostile),
                new SelectionAnswer("s", List.of("a&b", "<c>"), hostile),
                new UploadedFileAnswer("u", "k&<", 0));

        String xml = answers.toXml();

        assertEquals(answers, QuestionFormAnswers.parse(xml));
        assertEquals(hostile, dom(xml).getElementsByTagNameNS(NS, "FreeText").item(0).getTextContent());
    }

    @Test
    void everyKindRoundTrips() {
        QuestionFormAnswers answers = QuestionFormAnswers.parse(EVERY_KIND);

        assertEquals(answers, QuestionFormAnswers.parse(answers.toXml()));
    }

    @Test
    void toXmlRefusesTextsXmlCannotCarryNamingTheQuestion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.of(new FreeTextAnswer("q7", "bell\u0007")).toXml());
        assertTrue(e.getMessage().startsWith("FreeText of 'q7' holds a character XML 1.0 cannot carry"),
                e.getMessage());
    }

    @Test
    void malformedXmlIsAnIllegalArgumentNamingTheDocument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse("<QuestionFormAnswers><Answer>"));
        assertTrue(e.getMessage().startsWith("QuestionFormAnswers XML is malformed"), e.getMessage());
    }

    @Test
    void aForeignRootIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse("<Answers/>"));
        assertEquals("QuestionFormAnswers XML root must be <QuestionFormAnswers>, was <Answers>", e.getMessage());
    }

    @Test
    void anAnswerWithoutQuestionIdentifierIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse("<QuestionFormAnswers><Answer><FreeText>x</FreeText></Answer>"
                        + "</QuestionFormAnswers>"));
        assertEquals("<Answer> lacks the required <QuestionIdentifier> element", e.getMessage());
    }

    @Test
    void anAnswerMixingKindsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse("<QuestionFormAnswers><Answer><QuestionIdentifier>q"
                        + "</QuestionIdentifier><FreeText>x</FreeText><SelectionIdentifier>a</SelectionIdentifier>"
                        + "</Answer></QuestionFormAnswers>"));
        assertEquals("<Answer> for 'q' mixes FreeText, selection and uploaded-file elements", e.getMessage());
    }

    @Test
    void aNonNumericFileSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse("<QuestionFormAnswers><Answer><QuestionIdentifier>q"
                        + "</QuestionIdentifier><UploadedFileSizeInBytes>big</UploadedFileSizeInBytes>"
                        + "<UploadedFileKey>k</UploadedFileKey></Answer></QuestionFormAnswers>"));
        assertEquals("<UploadedFileSizeInBytes> for 'q' must be an integer, was 'big'", e.getMessage());
    }

    @Test
    void anUnknownElementIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse("<QuestionFormAnswers><Answer><QuestionIdentifier>q"
                        + "</QuestionIdentifier><Score>1</Score></Answer></QuestionFormAnswers>"));
        assertEquals("unexpected element <Score> in <Answer>", e.getMessage());
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE QuestionFormAnswers [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier><FreeText>&x;</FreeText>"
                + "</Answer></QuestionFormAnswers>";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionFormAnswers.parse(xxe));
        assertEquals("QuestionFormAnswers XML must not contain a document type declaration", e.getMessage());
    }
}
