package mturk.reactive.model.question;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import org.junit.jupiter.api.Test;

/** {@link AnswerSpecification#accepts}: which answers a worker could have submitted for a specification. */
class AnswerAcceptanceTest {

    private static final SelectionAnswerSpec TWO_OF_THREE = SelectionAnswerSpec.builder()
            .text("a", "A").text("b", "B").text("c", "C")
            .minSelectionCount(1).maxSelectionCount(2)
            .other(FreeTextAnswerSpec.builder().length(1, 5).build())
            .build();

    private static SelectionAnswer selection(String other, String... ids) {
        return new SelectionAnswer("q", List.of(ids), other);
    }

    @Test
    void aSelectionWithinTheCountsOfKnownIdentifiersIsAccepted() {
        assertTrue(TWO_OF_THREE.accepts(selection(null, "a")));
        assertTrue(TWO_OF_THREE.accepts(selection(null, "c", "a")));
    }

    @Test
    void theOtherTextCountsAsAChoiceAndMustMeetItsConstraints() {
        assertTrue(TWO_OF_THREE.accepts(selection("teal", "a")));
        assertFalse(TWO_OF_THREE.accepts(selection("teal", "a", "b")), "three choices, max is 2");
        assertFalse(TWO_OF_THREE.accepts(selection("turquoise")), "longer than 5");
    }

    @Test
    void tooFewTooManyUnknownOrRepeatedSelectionsAreRefused() {
        assertFalse(TWO_OF_THREE.accepts(selection(null)));
        assertFalse(TWO_OF_THREE.accepts(selection(null, "a", "b", "c")));
        assertFalse(TWO_OF_THREE.accepts(selection(null, "z")));
        assertFalse(TWO_OF_THREE.accepts(selection(null, "a", "a")));
    }

    @Test
    void anOtherTextIsRefusedWhenThereIsNoOtherChoice() {
        SelectionAnswerSpec noOther = SelectionAnswerSpec.builder().text("a", "A").build();

        assertFalse(noOther.accepts(selection("x")));
    }

    @Test
    void answersOfAnotherKindAreRefused() {
        assertFalse(TWO_OF_THREE.accepts(new FreeTextAnswer("q", "a")));
        assertFalse(FreeTextAnswerSpec.UNCONSTRAINED.accepts(selection(null, "a")));
        assertFalse(new FileUploadAnswerSpec(1, 10).accepts(new FreeTextAnswer("q", "5")));
    }

    @Test
    void freeTextMustMeetEveryConstraint() {
        FreeTextAnswerSpec spec = FreeTextAnswerSpec.builder().numeric(0, 120).length(1, 4).build();

        assertTrue(spec.accepts(new FreeTextAnswer("q", "42")));
        assertTrue(spec.accepts(new FreeTextAnswer("q", "2.5")), "decimals are numbers");
        assertFalse(spec.accepts(new FreeTextAnswer("q", "121")));
        assertFalse(spec.accepts(new FreeTextAnswer("q", "-1")));
        assertFalse(spec.accepts(new FreeTextAnswer("q", "1e2")), "exponents are not accepted");
        assertFalse(spec.accepts(new FreeTextAnswer("q", "")));
        assertTrue(FreeTextAnswerSpec.UNCONSTRAINED.accepts(new FreeTextAnswer("q", "")));
    }

    @Test
    void uploadsMustBeWithinTheSizeBounds() {
        FileUploadAnswerSpec spec = new FileUploadAnswerSpec(10, 20);

        assertTrue(spec.accepts(new UploadedFileAnswer("q", "k", 10)));
        assertTrue(spec.accepts(new UploadedFileAnswer("q", "k", 20)));
        assertFalse(spec.accepts(new UploadedFileAnswer("q", "k", 21)));
        assertFalse(spec.accepts(new UploadedFileAnswer("q", "k", 9)));
    }
}
