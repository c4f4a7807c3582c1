package mturk.reactive.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing question documents written by others: tolerant of layout, strict on schema and hardened. */
class QuestionParseTest {

    private static final String NS = QuestionForm.NAMESPACE;

    private static final String PRETTY_FORM = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<QuestionForm xmlns=\"" + NS + "\">\n"
            + "  <Question>\n"
            + "    <QuestionIdentifier>colour</QuestionIdentifier>\n"
            + "    <QuestionContent>\n"
            + "      <Text>Pick</Text>\n"
            + "    </QuestionContent>\n"
            + "    <AnswerSpecification>\n"
            + "      <SelectionAnswer>\n"
            + "        <StyleSuggestion>checkbox</StyleSuggestion>\n"
            + "        <Selections>\n"
            + "          <Selection><SelectionIdentifier>r</SelectionIdentifier><Text>Red</Text></Selection>\n"
            + "          <Selection><SelectionIdentifier>b</SelectionIdentifier><Text>Blue</Text></Selection>\n"
            + "          <OtherSelection>\n"
            + "            <Constraints><Length maxLength=\"20\"/></Constraints>\n"
            + "          </OtherSelection>\n"
            + "        </Selections>\n"
            + "      </SelectionAnswer>\n"
            + "    </AnswerSpecification>\n"
            + "  </Question>\n"
            + "  <Question>\n"
            + "    <QuestionIdentifier>age</QuestionIdentifier>\n"
            + "    <IsRequired>1</IsRequired>\n"
            + "    <QuestionContent><Text>Age?</Text></QuestionContent>\n"
            + "    <AnswerSpecification>\n"
            + "      <FreeTextAnswer><Constraints><IsNumeric minValue=\" 0\" maxValue=\"120\"/></Constraints>"
            + "</FreeTextAnswer>\n"
            + "    </AnswerSpecification>\n"
            + "  </Question>\n"
            + "  <Question>\n"
            + "    <QuestionIdentifier>photo</QuestionIdentifier>\n"
            + "    <QuestionContent><Text>Send</Text></QuestionContent>\n"
            + "    <AnswerSpecification><FileUploadAnswer>\n"
            + "      <MaxFileSizeInBytes> 5000 </MaxFileSizeInBytes><MinFileSizeInBytes>10</MinFileSizeInBytes>\n"
            + "    </FileUploadAnswer></AnswerSpecification>\n"
            + "  </Question>\n"
            + "</QuestionForm>\n";

    @Test
    void aPrettyPrintedFormWithDeclarationIsRead() {
        QuestionForm form = QuestionForm.parse(PRETTY_FORM);

        assertEquals(List.of("colour", "age", "photo"),
                form.questions().stream().map(Question::identifier).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void selectionSpecificationsExposeWhatASimulatedWorkerNeeds() {
        SelectionAnswerSpec spec = (SelectionAnswerSpec) QuestionForm.parse(PRETTY_FORM).question("colour")
                .orElseThrow().answerSpecification();

        assertEquals(List.of("r", "b"), spec.selectionIdentifiers());
        assertEquals(1, spec.minSelectionCount(), "schema default");
        assertEquals(1, spec.maxSelectionCount(), "schema default");
        assertEquals(StyleSuggestion.CHECKBOX, spec.style());
        assertTrue(spec.allowsOther());
        assertEquals(20, spec.otherSelection().constraints().length().maxLength());
        assertEquals("Red", ((SelectionText) spec.selection("r").orElseThrow().content()).text());
    }

    @Test
    void freeTextSpecificationsExposeTheirConstraints() {
        Question age = QuestionForm.parse(PRETTY_FORM).question("age").orElseThrow();
        FreeTextAnswerSpec spec = assertInstanceOf(FreeTextAnswerSpec.class, age.answerSpecification());

        assertTrue(age.required());
        assertEquals(new NumericConstraint(0, 120), spec.constraints().numeric());
        assertTrue(spec.constraints().accepts("42"));
        assertFalse(spec.constraints().accepts("121"));
        assertFalse(spec.constraints().accepts("forty"));
    }

    @Test
    void fileUploadSpecificationsExposeTheirBounds() {
        FileUploadAnswerSpec spec = (FileUploadAnswerSpec) QuestionForm.parse(PRETTY_FORM).question("photo")
                .orElseThrow().answerSpecification();

        assertEquals(new FileUploadAnswerSpec(10, 5000), spec);
        assertTrue(spec.accepts(5000));
        assertFalse(spec.accepts(9));
    }

    @Test
    void constraintsCheckLengthInCodePointsAndEveryPattern() {
        Constraints c = FreeTextAnswerSpec.builder().length(1, 2).regex("^[a-z\\uD83D\\uDE00]+$", null, null)
                .regex("b", null, null).build().constraints();

        assertTrue(c.accepts("b\uD83D\uDE00"));
        assertFalse(c.accepts("abc"));
        assertFalse(c.accepts("a"));
    }

    @Test
    void theCaseInsensitiveFlagIsHonouredByToPattern() {
        assertTrue(new RegexConstraint("^abc$", null, "i").toPattern().matcher("ABC").matches());
        assertFalse(RegexConstraint.of("^abc$").toPattern().matcher("ABC").matches());
    }

    @Test
    void eachSpecificationIsReachableByKindWithoutCasting() {
        QuestionForm form = QuestionForm.parse(PRETTY_FORM);

        assertEquals(List.of("r", "b"), form.question("colour").orElseThrow().answerSpecification().asSelection()
                .orElseThrow().selectionIdentifiers());
        assertEquals(5000, form.question("photo").orElseThrow().answerSpecification().asFileUpload().orElseThrow()
                .maxFileSizeInBytes());
        assertTrue(form.question("age").orElseThrow().answerSpecification().asFreeText().isPresent());
        assertTrue(form.question("age").orElseThrow().answerSpecification().asSelection().isEmpty());
    }

    @Test
    void aMissingIsRequiredMeansOptional() {
        assertFalse(QuestionForm.parse(PRETTY_FORM).question("colour").orElseThrow().required());
    }

    @Test
    void theRootElementChoosesTheDocumentType() {
        assertInstanceOf(ExternalQuestion.class, QuestionDocument.parse(
                "<ExternalQuestion xmlns=\"" + ExternalQuestion.NAMESPACE + "\"><ExternalURL> https://e.com/?a=1&amp;b=2"
                        + " </ExternalURL><FrameHeight>640</FrameHeight></ExternalQuestion>"));
        assertInstanceOf(HtmlQuestion.class, QuestionDocument.parse(
                "<HTMLQuestion xmlns=\"" + HtmlQuestion.NAMESPACE + "\"><HTMLContent><![CDATA[<p>x</p>]]>"
                        + "</HTMLContent><FrameHeight>640</FrameHeight></HTMLQuestion>"));
    }

    @Test
    void anExternalUrlIsUnescapedAndTrimmed() {
        ExternalQuestion q = ExternalQuestion.parse("<ExternalQuestion xmlns=\"" + ExternalQuestion.NAMESPACE
                + "\"><ExternalURL> https://e.com/?a=1&amp;b=2 </ExternalURL><FrameHeight>640</FrameHeight>"
                + "</ExternalQuestion>");

        assertEquals(new ExternalQuestion("https://e.com/?a=1&b=2", 640), q);
    }

    @Test
    void boto2sDoubledDoctypeIsKeptAsWritten() {
        HtmlQuestion q = HtmlQuestion.parse("<HTMLQuestion xmlns=\"" + HtmlQuestion.NAMESPACE + "\"><HTMLContent>"
                + "<![CDATA[<!DOCTYPE html><!DOCTYPE html><p/>]]></HTMLContent><FrameHeight>1</FrameHeight>"
                + "</HTMLQuestion>");

        assertEquals("<!DOCTYPE html><!DOCTYPE html><p/>", q.htmlContent());
    }

    @Test
    void anEmptyOtherSelectionAndEmptyConstraintsAreUnconstrained() {
        String xml = "<QuestionForm xmlns=\"" + NS + "\"><Question><QuestionIdentifier>q</QuestionIdentifier>"
                + "<QuestionContent><Text>x</Text></QuestionContent><AnswerSpecification><SelectionAnswer>"
                + "<Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text></Selection>"
                + "<OtherSelection><Constraints/></OtherSelection></Selections></SelectionAnswer>"
                + "</AnswerSpecification></Question></QuestionForm>";

        SelectionAnswerSpec spec = (SelectionAnswerSpec) QuestionForm.parse(xml).questions().get(0)
                .answerSpecification();
        assertEquals(FreeTextAnswerSpec.UNCONSTRAINED, spec.otherSelection());
        assertNull(spec.style());
    }

    @Test
    void aWrongNamespaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse(PRETTY_FORM.replace("2005-10-01", "2017-11-06")));
        assertTrue(e.getMessage().contains("must be in namespace " + NS), e.getMessage());
    }

    @Test
    void aMissingNamespaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse("<ExternalQuestion><ExternalURL>https://e.com</ExternalURL>"
                        + "<FrameHeight>1</FrameHeight></ExternalQuestion>"));
        assertTrue(e.getMessage().contains("was no namespace"), e.getMessage());
    }

    @Test
    void anUnknownRootIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse("<HITLayout/>"));
        assertEquals("Question XML root must be QuestionForm, ExternalQuestion or HTMLQuestion, was <HITLayout>",
                e.getMessage());
    }

    @Test
    void anUnknownElementIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse(PRETTY_FORM.replace("<Text>Pick</Text>", "<Slider>Pick</Slider>")));
        assertEquals("unexpected element <Slider> in <QuestionContent>", e.getMessage());
    }

    @Test
    void aMissingRequiredElementIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse(PRETTY_FORM.replace("<QuestionIdentifier>age</QuestionIdentifier>", "")));
        assertEquals("<Question> lacks the required <QuestionIdentifier> element", e.getMessage());
    }

    @Test
    void modelRulesApplyToParsedDocuments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse(PRETTY_FORM.replace("minValue=\" 0\"", "minValue=\"500\"")));
        assertEquals("IsNumeric.minValue (500) must be <= maxValue (120)", e.getMessage());
    }

    @Test
    void malformedXmlIsAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse("<QuestionForm xmlns=\"" + NS + "\"><Question>"));
        assertTrue(e.getMessage().startsWith("Question XML is malformed"), e.getMessage());
    }

    @Test
    void blankXmlIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> QuestionDocument.parse("  "));
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String xml = "<!DOCTYPE QuestionForm [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + PRETTY_FORM.substring(PRETTY_FORM.indexOf("<QuestionForm")).replace("Pick", "&xxe;");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionDocument.parse(xml));
        assertEquals("Question XML must not contain a document type declaration", e.getMessage());
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse(PRETTY_FORM.replace("Pick", "&nbsp;")));
        assertTrue(e.getMessage().contains("nbsp"), e.getMessage());
    }

    @Test
    void mixedContentIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionDocument.parse(PRETTY_FORM.replace("<Text>Pick</Text>", "stray<Text>Pick</Text>")));
        assertTrue(e.getMessage().contains("mixes text 'stray'"), e.getMessage());
    }

    @Test
    void parsingIsSafeFromManyThreadsAtOnce() {
        QuestionForm expected = QuestionForm.parse(PRETTY_FORM);

        assertTrue(java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> QuestionForm.parse(PRETTY_FORM)).allMatch(expected::equals));
    }

    @Test
    void typedParseMethodsRefuseOtherKinds() {
        String external = new ExternalQuestion("https://e.com", 1).toXml();

        assertThrows(IllegalArgumentException.class, () -> QuestionForm.parse(external));
        assertThrows(IllegalArgumentException.class, () -> HtmlQuestion.parse(external));
    }
}
