package mturk.reactive.model.question;

import static mturk.reactive.model.testing.XmlTrees.assertSchemaValid;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document the round-trip, parity and golden tests build is valid against the documented schema structure
 * (test schemas under {@code /xsd/}, checked by the JDK's validator rather than our reader).
 */
class SchemaValidityTest {

    static Stream<Arguments> allDocuments() {
        return Stream.of(QuestionRoundTripTest.documents(), QuestionXmlBoto2ParityTest.boto2Documents(),
                QuestionGoldenTest.goldens()).flatMap(s -> s);
    }

    private static String schemaOf(QuestionDocument d) {
        if (d instanceof QuestionForm) {
            return "QuestionForm.xsd";
        }
        return d instanceof ExternalQuestion ? "ExternalQuestion.xsd" : "HTMLQuestion.xsd";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allDocuments")
    void theRenderedDocumentIsSchemaValid(String name, QuestionDocument document) {
        assertSchemaValid(schemaOf(document), document.toXml());
    }

    @Test
    void theTestSchemaIsStrictEnoughToCatchBoto2sMinBeforeMaxFileUploadBug() {
        String maxFirst = QuestionForm.of(Question.of("q", QuestionContent.of("t", "x"),
                new FileUploadAnswerSpec(1, 2))).toXml();
        String minFirst = maxFirst.replace(
                "<MaxFileSizeInBytes>2</MaxFileSizeInBytes><MinFileSizeInBytes>1</MinFileSizeInBytes>",
                "<MinFileSizeInBytes>1</MinFileSizeInBytes><MaxFileSizeInBytes>2</MaxFileSizeInBytes>");

        assertSchemaValid("QuestionForm.xsd", maxFirst);
        assertThrows(AssertionError.class, () -> assertSchemaValid("QuestionForm.xsd", minFirst));
    }
}
