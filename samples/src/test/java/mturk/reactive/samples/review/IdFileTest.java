package mturk.reactive.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import mturk.reactive.samples.batch.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

class IdFileTest {

    @TempDir
    Path dir;

    @Test
    void plainFilesGiveTheFirstWordOfEachLineSkippingCommentsAndBlanks() throws Exception {
        Path file = Files.writeString(dir.resolve("ids.txt"), "# approved today\nA1\n\n  A2 trailing words\n");
        StepVerifier.create(IdFile.ids(file, "assignmentId", m -> true)).expectNext("A1", "A2").verifyComplete();
    }

    @Test
    void publishJournalsGiveTheirHitIdColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv.success"),
                "# mturk publish journal batch=B\nrow\thitId\thitTypeId\n1\tH1\tT\n2\tH2\tT\n");
        StepVerifier.create(IdFile.ids(file, "hitId", m -> true)).expectNext("H1", "H2").verifyComplete();
    }

    @Test
    void jsonLinesGiveTheNamedMemberOfTheLinesThatPassTheFilter() throws Exception {
        Path file = Files.writeString(dir.resolve("h.jsonl"), "{\"assignmentId\":\"A1\",\"status\":\"Submitted\"}\n"
                + "{\"assignmentId\":\"A2\",\"status\":\"Approved\"}\n{\"assignmentId\":\"A3\",\"status\":\"Submitted\"}\n");
        StepVerifier.create(IdFile.ids(file, "assignmentId", m -> "Submitted".equals(m.get("status"))))
                .expectNext("A1", "A3").verifyComplete();
    }

    @Test
    void aJsonLineWithoutTheMemberIsRefusedWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("h.jsonl"), "{\"assignmentId\":\"A1\"}\n{\"hitId\":\"H\"}\n");
        StepVerifier.create(IdFile.ids(file, "assignmentId", m -> true))
                .expectNext("A1")
                .expectErrorSatisfies(e -> assertEquals(file + ": line 2 has no string member 'assignmentId'",
                        e.getMessage()))
                .verify();
    }

    @Test
    void aMissingFileIsBadInput() {
        StepVerifier.create(IdFile.ids(dir.resolve("nope.txt"), "hitId", m -> true))
                .expectError(InputException.class).verify();
    }
}
