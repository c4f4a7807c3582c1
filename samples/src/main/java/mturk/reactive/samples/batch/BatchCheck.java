package mturk.reactive.samples.batch;

import java.nio.file.Path;

/**
 * The check a batch passes before anything is sent: every row is read and its question filled, so that a missing
 * column, a bad value or a malformed line stops the run with a message naming the row and field, and the number of
 * rows (for the cost check and the progress bar) is known. Reads the file once, in constant memory.
 */
public final class BatchCheck {

    private BatchCheck() {
    }

    /**
     * Checks every row of {@code input} against {@code template}.
     *
     * @return the number of rows
     * @throws InputException at the first bad row
     */
    public static long check(Path input, QuestionTemplate template) {
        long rows = 0;
        String source = input.toString();
        try (RowReader reader = RowReader.open(input)) {
            while (reader.hasNext()) {
                template.fill(reader.next(), source);
                rows++;
            }
        }
        if (rows == 0) {
            throw InputException.inFile(source, "has no rows; nothing to publish");
        }
        return rows;
    }
}
