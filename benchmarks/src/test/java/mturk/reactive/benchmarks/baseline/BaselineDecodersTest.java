package mturk.reactive.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.HitPages;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import org.junit.jupiter.api.Test;

class BaselineDecodersTest {

    @Test
    void domAndStaxDecodeTheAssignmentsPageIntoTheSameRecords() throws Exception {
        byte[] page = AssignmentPages.samplePage();

        List<Assignment> dom = new DomDecoder().assignments(page);
        List<Assignment> stax = new StaxDecoder().assignments(page);

        assertEquals(100, dom.size());
        assertEquals(dom, stax);
    }

    @Test
    void theDecodedAssignmentsCarryTypedAnswersOfEveryKind() throws Exception {
        List<Assignment> assignments = new StaxDecoder().assignments(AssignmentPages.samplePage());

        assertTrue(assignments.stream().allMatch(a -> a.answers().size() >= 3 && a.submitTime() != null));
        assertTrue(assignments.stream().flatMap(a -> a.answers().stream())
                .anyMatch(a -> a instanceof SelectionAnswer s && s.selectionIdentifiers().size() > 1));
        assertTrue(assignments.stream().flatMap(a -> a.answers().stream())
                .anyMatch(a -> a instanceof SelectionAnswer s && s.otherSelectionText() != null));
        assertTrue(assignments.stream().flatMap(a -> a.answers().stream())
                .anyMatch(a -> a instanceof UploadedFileAnswer));
    }

    @Test
    void domAndStaxDecodeTheHitsPageIntoTheSameRecordsWithTheirRequirements() throws Exception {
        byte[] page = HitPages.samplePage();

        List<Hit> dom = new DomDecoder().hits(page);
        List<Hit> stax = new StaxDecoder().hits(page);

        assertEquals(100, dom.size());
        assertEquals(dom, stax);
        assertTrue(dom.stream().allMatch(h -> !h.qualificationRequirements().isEmpty() && h.reward() != null));
        assertTrue(dom.stream().anyMatch(h -> h.qualificationRequirements().stream()
                .anyMatch(q -> q.localeValues().size() == 3)));
    }

    @Test
    void theStaxBaselineIsTheJdksOwnParserNotAalto() {
        assertTrue(new StaxDecoder().implementation().startsWith("com.sun.xml.internal"),
                new StaxDecoder().implementation());
    }
}
