package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishJournalTest {

    @TempDir
    Path dir;

    @Test
    void eachRecordIsOnDiskBeforeRecordReturns() throws Exception {
        Path file = dir.resolve("in.csv.success");
        try (PublishJournal journal = PublishJournal.open(file, "B1")) {
            journal.record(2, "HIT2", "TYPE");
            assertEquals(List.of("# mturk publish journal batch=B1", "row\thitId\thitTypeId", "2\tHIT2\tTYPE"),
                    Files.readAllLines(file));
        }
    }

    @Test
    void reopeningResumesWithTheOriginalBatchAndTheDoneRows() {
        Path file = dir.resolve("j");
        try (PublishJournal journal = PublishJournal.open(file, "B1")) {
            journal.record(1, "H1", "T");
            journal.record(3, "H3", "T");
        }
        try (PublishJournal journal = PublishJournal.open(file, "OTHER")) {
            assertEquals("B1", journal.batchId());
            assertTrue(journal.isDone(1));
            assertFalse(journal.isDone(2));
            assertTrue(journal.isDone(3));
            assertEquals(2, journal.doneCount());
        }
    }

    @Test
    void aHalfWrittenLastLineIsDroppedAndItsRowIsNotDone() throws Exception {
        Path file = dir.resolve("j");
        try (PublishJournal journal = PublishJournal.open(file, "B1")) {
            journal.record(1, "H1", "T");
        }
        Files.writeString(file, "2\tH2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (PublishJournal journal = PublishJournal.open(file, "B1")) {
            assertFalse(journal.isDone(2));
            journal.record(2, "H2", "T");
        }
        assertEquals("2\tH2\tT", Files.readAllLines(file).get(3));
        assertEquals(4, Files.readAllLines(file).size());
    }

    @Test
    void aFileThatIsNoJournalIsLeftAloneAndRefused() throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "a,b\n1,2");
        InputException e = assertThrows(InputException.class, () -> PublishJournal.open(file, "B"));
        assertTrue(e.getMessage().contains("is not a publish journal"), e.getMessage());
        assertEquals("a,b\n1,2", Files.readString(file));
    }
}
