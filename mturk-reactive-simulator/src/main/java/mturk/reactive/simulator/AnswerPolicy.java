package mturk.reactive.simulator;

import java.util.Optional;
import mturk.reactive.simulator.internal.AnswerGenerator;

/**
 * How simulated workers answer. The result is a QuestionFormAnswers document (2005-10-01); an empty result makes the
 * worker return the HIT instead (or skip the test). Uploaded-file answers ({@code UploadedFileKey} +
 * {@code UploadedFileSizeInBytes}) are served by the simulator through GetFileUploadURL. Policies run on the
 * simulator's state thread: they must be quick and must not block.
 */
@FunctionalInterface
public interface AnswerPolicy {
    /** The answer document for the item, or empty to return the HIT / skip the test. */
    Optional<String> answer(WorkItem item);

    /** The default: answer what each question asks (constraints, selection counts, file sizes, HTML fields). */
    static AnswerPolicy generated() {
        return item -> Optional.of(AnswerGenerator.generate(item.questionXml(), item.random(),
                item.assignmentId() == null ? "test-" + item.workerId() : item.assignmentId()).answerXml());
    }
}
