package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private final FreeTextAnswer comment = new FreeTextAnswer("comment", "fine");
    private final SelectionAnswer colour = SelectionAnswer.of("colour", "red", "blue");
    private final UploadedFileAnswer photo = new UploadedFileAnswer("photo", "key-1", 2048);

    private final Assignment assignment = Assignment.builder().assignmentId("A1").answerXml("<QuestionFormAnswers/>")
            .answers(List.of(comment, colour, photo)).build();

    @Test
    void findsAnAnswerByQuestionIdentifier() {
        assertEquals(Optional.of(colour), assignment.answer("colour"));
    }

    @Test
    void aQuestionWithoutAnswerGivesEmpty() {
        assertTrue(assignment.answer("missing").isEmpty());
    }

    @Test
    void answersByQuestionKeepDocumentOrder() {
        Map<String, Answer> byQuestion = assignment.answersByQuestion();

        assertEquals(List.of("comment", "colour", "photo"), List.copyOf(byQuestion.keySet()));
        assertEquals(photo, byQuestion.get("photo"));
    }

    @Test
    void keepsTheRawAnswerDocumentNextToTheTypedAnswers() {
        assertEquals("<QuestionFormAnswers/>", assignment.answerXml());
        assertEquals(3, assignment.answers().size());
    }

    @Test
    void anAssignmentWithoutAnswersHasAnEmptyList() {
        assertEquals(List.of(), Assignment.builder().build().answers());
    }
}
