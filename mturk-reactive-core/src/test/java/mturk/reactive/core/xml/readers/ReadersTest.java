package mturk.reactive.core.xml.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.xml.ResponseSummary;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reader behaviours beyond the example responses: typed answers, empty answers, unknown values and elements. */
@ExtendWith(LeakCheckExtension.class)
class ReadersTest {

    private static final String NS = " xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
            + "2005-10-01/QuestionFormAnswers.xsd\"";

    private static List<Object> assignmentsPage() {
        return ReadersChunkingTest.decode(Fixtures.load("GetAssignmentsForHIT-answers.xml"),
                Operations.GET_ASSIGNMENTS_FOR_HIT, 7, true);
    }

    @Test
    void everyAnswerShapeBecomesItsTypedAnswerIncludingUploadedFiles() {
        Assignment a = (Assignment) assignmentsPage().get(0);

        assertEquals(List.of(new FreeTextAnswer("q1", "hello & bye é"),
                new SelectionAnswer("q2", List.of("r", "b"), null),
                new SelectionAnswer("q3", List.of(), "other"),
                new UploadedFileAnswer("q4", "key/q4.jpg", 1024)), a.answers());
        assertTrue(a.answerXml().contains("<UploadedFileKey>key/q4.jpg</UploadedFileKey>"), a.answerXml());
    }

    @Test
    void fieldsAroundTheAnswerAndUnknownElementsAreReadOrSkipped() {
        Assignment a = (Assignment) assignmentsPage().get(0);

        assertEquals("ASG1", a.assignmentId());
        assertEquals("Nice", a.requesterFeedback());
        assertEquals(Instant.parse("2014-05-04T22:10:41.500Z"), a.submitTime());
        assertEquals(AssignmentStatus.SUBMITTED, a.assignmentStatus());
    }

    @Test
    void anEmptyAnswerElementGivesNoAnswersAndAnUnknownStatusStaysReadable() {
        List<Object> page = assignmentsPage();
        Assignment a = (Assignment) page.get(1);

        assertEquals(List.of(), a.answers());
        assertEquals("", a.answerXml());
        assertEquals(AssignmentStatus.UNKNOWN, a.assignmentStatus());
        assertEquals("Returned-Someday", a.assignmentStatusWire());
        assertEquals(new ResponseSummary("8a9b0c1d-2e3f-4a4b-9c5d-6e7f8a9b0c1d", 1, 2, 2), page.get(2));
    }

    @Test
    void blankOrMissingAnswerTextParsesToNoAnswers() {
        assertEquals(List.of(), QuestionFormAnswersReader.parse(null));
        assertEquals(List.of(), QuestionFormAnswersReader.parse(" \n"));
        assertEquals(List.of(), QuestionFormAnswersReader.parse("<QuestionFormAnswers" + NS + "/>"));
    }

    @Test
    void anAnswerWithoutAValueIsAnEmptyFreeText() {
        assertEquals(List.of(new FreeTextAnswer("q", "")), QuestionFormAnswersReader.parse(
                "<QuestionFormAnswers" + NS + "><Answer><QuestionIdentifier>q</QuestionIdentifier></Answer>"
                        + "</QuestionFormAnswers>"));
    }

    @Test
    void aMalformedAnswerDocumentIsAMalformedResponse() {
        assertThrows(MalformedResponseException.class, () -> QuestionFormAnswersReader.parse(
                "<QuestionFormAnswers" + NS + "><Answer><QuestionIdentifier>q</QuestionIdentifier>"));
        assertThrows(MalformedResponseException.class, () -> QuestionFormAnswersReader.parse(
                "<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier><UploadedFileKey>k"
                        + "</UploadedFileKey><UploadedFileSizeInBytes>big</UploadedFileSizeInBytes></Answer>"
                        + "</QuestionFormAnswers>"));
    }

    @Test
    void anAnswerDocumentWithADoctypeIsRefused() {
        assertThrows(MalformedResponseException.class, () -> QuestionFormAnswersReader.parse(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><QuestionFormAnswers><Answer>"
                        + "<QuestionIdentifier>&e;</QuestionIdentifier></Answer></QuestionFormAnswers>"));
    }

    @Test
    void aRequirementKeepsEveryLocaleAndAnUnknownComparator() {
        List<Object> hit = ReadersChunkingTest.decode("<GetHITResponse><HIT><Request><IsValid>True</IsValid>"
                + "</Request><HITId>H</HITId><QualificationRequirement><QualificationTypeId>00000000000000000071"
                + "</QualificationTypeId><Comparator>NearTo</Comparator><LocaleValue><Country>US</Country>"
                + "</LocaleValue><LocaleValue><Country>DE</Country></LocaleValue><RequiredToPreview>true"
                + "</RequiredToPreview></QualificationRequirement></HIT></GetHITResponse>", Operations.GET_HIT,
                3, false);
        QualificationRequirement r = ((mturk.reactive.model.Hit) hit.get(0)).qualificationRequirements().get(0);

        assertEquals(mturk.reactive.model.Comparator.UNKNOWN, r.comparator());
        assertEquals("NearTo", r.comparatorWire());
        assertEquals(2, r.localeValues().size());
        assertTrue(r.requiredToPreview());
        assertNull(r.integerValue());
    }

    @Test
    void aNonNumericAmountFailsNamingTheElement() {
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () ->
                ReadersChunkingTest.decode("<GetAccountBalanceResponse><GetAccountBalanceResult><AvailableBalance>"
                        + "<Amount>lots</Amount><CurrencyCode>USD</CurrencyCode></AvailableBalance>"
                        + "</GetAccountBalanceResult></GetAccountBalanceResponse>", Operations.GET_ACCOUNT_BALANCE,
                        64, false));
        assertTrue(e.getMessage().contains("Amount"), e.getMessage());
    }
}
