package mturk.reactive.samples.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Objects;

/**
 * The success file of a publish run, written as each HIT is created so that a crash loses nothing: a tab-separated
 * text file with a comment line carrying the batch id, a header line, and one line per created HIT
 * ({@code row}, {@code hitId}, {@code hitTypeId}).
 *
 * <pre>
 * # mturk publish journal batch=Qx3…
 * row	hitId	hitTypeId
 * 1	3F6V…	3A9K…
 * </pre>
 *
 * <p>{@link #open(Path, String)} resumes an existing file: it reads which rows are done and the batch id, and cuts
 * off a last line that a crash left unfinished (that row is then published again, which the row's request token
 * makes harmless). Each {@link #record} appends one line and flushes it to the operating system before returning.
 * Thread-safe; close it when done.
 */
public final class PublishJournal implements AutoCloseable {

    private static final String MAGIC = "# mturk publish journal batch=";
    private static final String HEADER = "row\thitId\thitTypeId";

    private final Path file;
    private final String batchId;
    private final BitSet done;
    private final Writer out;

    private PublishJournal(Path file, String batchId, BitSet done, Writer out) {
        this.file = file;
        this.batchId = batchId;
        this.done = done;
        this.out = out;
    }

    /**
     * Opens {@code file} for appending, creating it for batch {@code newBatchId} when it does not exist or is empty.
     * When it exists, its own batch id is kept (so resuming uses the original tokens) and its rows count as done.
     *
     * @throws InputException when the file exists but is not a publish journal
     * @throws UncheckedIOException on I/O failure
     */
    public static PublishJournal open(Path file, String newBatchId) {
        Objects.requireNonNull(newBatchId, "newBatchId");
        try {
            BitSet done = new BitSet();
            String batchId = newBatchId;
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            if (!fresh) {
                checkMagic(file);
                cutUnfinishedLine(file);
                fresh = Files.size(file) == 0;
            }
            if (!fresh) {
                batchId = read(file, done);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
            if (fresh) {
                out.write(MAGIC + batchId + "\n" + HEADER + "\n");
                out.flush();
            }
            return new PublishJournal(file, batchId, done, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The journal's file. */
    public Path file() {
        return file;
    }

    /** The batch id of this journal (the one it was created with). */
    public String batchId() {
        return batchId;
    }

    /** Whether row {@code number} already has a HIT. */
    public synchronized boolean isDone(long number) {
        return number <= Integer.MAX_VALUE && done.get((int) number);
    }

    /** How many rows are done. */
    public synchronized int doneCount() {
        return done.cardinality();
    }

    /**
     * Appends the HIT created for row {@code number} and flushes the line.
     *
     * @throws UncheckedIOException on I/O failure
     */
    public synchronized void record(long number, String hitId, String hitTypeId) {
        if (number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("row number must be <= " + Integer.MAX_VALUE + ", was " + number);
        }
        try {
            out.write(number + "\t" + hitId + "\t" + hitTypeId + "\n");
            out.flush();
            done.set((int) number);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkMagic(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.startsWith(MAGIC)) {
                throw InputException.inFile(file.toString(), "exists but is not a publish journal (its first line "
                        + "should start with '" + MAGIC + "'); choose another --journal or delete it");
            }
        }
    }

    private static String read(Path file, BitSet done) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            String batchId = first.substring(MAGIC.length()).strip();
            String line;
            long lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.equals(HEADER) || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                try {
                    done.set(Integer.parseInt(tab < 0 ? line : line.substring(0, tab)));
                } catch (NumberFormatException e) {
                    throw InputException.inFile(file.toString(), "line " + lineNumber + " does not start with a row "
                            + "number: '" + line + "'");
                }
            }
            return batchId;
        }
    }

    /** Truncates the file after its last newline, dropping a line a crash left half-written. */
    private static void cutUnfinishedLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            long end = size;
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                channel.truncate(end);
            }
        }
    }
}
