package mturk.reactive.samples.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the rows of a batch input file one at a time, so that memory stays flat however long the file is.
 *
 * <p>An iterator over {@link Row}s that must be closed; malformed input throws {@link InputException} naming the
 * row, I/O failures {@link UncheckedIOException}. Use {@link #open(Path)} to pick the format from the file name:
 * {@code .jsonl}/{@code .ndjson} is JSON Lines, anything else is CSV with a header row.
 */
public abstract class RowReader implements Iterator<Row>, AutoCloseable {

    private final BufferedReader in;
    /** The file name used in messages. */
    protected final String source;
    private Row next;
    private boolean done;

    /** Creates a reader over {@code in}; {@code source} names the input in messages. */
    protected RowReader(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * Opens {@code file} as UTF-8, choosing the format by its extension.
     *
     * @throws UncheckedIOException when the file cannot be opened
     */
    public static RowReader open(Path file) {
        try {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String source = file.toString();
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return new JsonlRowReader(reader, source);
            }
            return new CsvRowReader(reader, source);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** The underlying reader, for subclasses. */
    protected BufferedReader in() {
        return in;
    }

    /** Reads the next row, or returns null at the end of the input. */
    protected abstract Row readRow() throws IOException;

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRow();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
