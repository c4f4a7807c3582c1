package mturk.reactive.samples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.samples.batch.BatchCheck;
import mturk.reactive.samples.batch.BatchPublisher;
import mturk.reactive.model.FeeSchedule;
import mturk.reactive.samples.batch.HitProperties;
import mturk.reactive.samples.batch.InputException;
import mturk.reactive.samples.batch.PublishJournal;
import mturk.reactive.samples.batch.QuestionTemplate;
import mturk.reactive.samples.batch.RequestTokens;

/**
 * {@code mturk publish}: one HIT per input row, from loadHITs-style properties and a question template, resumable and
 * exactly-once (see {@link BatchPublisher}).
 */
public final class PublishCommand implements Command {

    /** Exit status when the balance cannot cover the batch and {@code --force} is absent. */
    public static final int INSUFFICIENT_FUNDS = 3;

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String summary() {
        return "create one HIT per row of a CSV or JSONL file (resumable, exactly once)";
    }

    @Override
    public String usage() {
        return """
                mturk publish --properties FILE --question FILE --input FILE [options]
                  --properties FILE         HIT properties in the loadHITs format (title, description, reward, ...)
                  --question FILE           question XML with ${column} placeholders
                  --input FILE              rows: CSV with a header row, or JSON Lines (.jsonl)
                  --concurrency N           CreateHIT calls in flight (default 16)
                  --journal FILE            success file, resumed if present (default: INPUT.success)
                  --force                   publish even if the balance cannot cover rewards plus fees
                """ + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv,
                Connection.valued("properties", "question", "input", "concurrency", "journal"),
                Connection.switches("force"));
        Path propertiesFile = Path.of(args.required("properties"));
        Path questionFile = Path.of(args.required("question"));
        Path input = Path.of(args.required("input"));
        int concurrency = args.intValue("concurrency", 16, 1, 256);
        Path journalFile = Path.of(args.value("journal").orElse(input + ".success"));

        // Everything is checked before anything is sent.
        HitProperties properties = HitProperties.read(propertiesFile);
        String templateText = readText(questionFile);
        QuestionTemplate template = QuestionTemplate.parse(questionFile.toString(), templateText);
        long rows = BatchCheck.check(input, template);
        String batchId = RequestTokens.batchId(readText(propertiesFile), templateText,
                input.getFileName().toString());

        try (MTurkClient client = Connection.client(args, terminal);
             PublishJournal journal = PublishJournal.open(journalFile, batchId)) {
            return publish(client, properties, template, input, rows, journal, concurrency, args.flag("force"),
                    terminal);
        }
    }

    /**
     * Publishes a checked batch: the balance check, then the batch with a progress line, then a summary.
     *
     * @return the exit status: 0 when every row has a HIT, 1 when some failed, {@link #INSUFFICIENT_FUNDS}
     */
    static int publish(MTurkClient client, HitProperties properties, QuestionTemplate template, Path input,
                       long rows, PublishJournal journal, int concurrency, boolean force, Terminal terminal) {
        PrintStream err = terminal.err();
        long remaining = rows - journal.doneCount();
        if (journal.doneCount() > 0) {
            err.printf("resuming batch %s: %d of %d rows already have a HIT (%s)%n", journal.batchId(),
                    journal.doneCount(), rows, input);
        }
        BigDecimal cost = FeeSchedule.STANDARD.batchCost(properties.reward(), properties.assignments(), remaining);
        BigDecimal available = client.getAccountBalance().block().availableBalance().amount();
        if (available.compareTo(cost) < 0 && remaining > 0) {
            String message = String.format("the batch can cost $%s (%d HITs x %d assignments x $%s reward plus fees) "
                    + "but the balance is $%s", cost.toPlainString(), remaining, properties.assignments(),
                    properties.reward().toPlainString(), available.toPlainString());
            if (!force) {
                err.println("mturk publish: " + message + "; add funds or use --force");
                return INSUFFICIENT_FUNDS;
            }
            err.println("warning: " + message + " (--force)");
        }
        Progress progress = terminal.progress("publish", remaining);
        BatchPublisher publisher = new BatchPublisher(client, properties, template, input, concurrency);
        BatchPublisher.Result result = publisher.publish(journal,
                        (published, hitTypeId) -> progress.step(),
                        (row, error) -> err.printf("%nrow %d failed: %s%n", row.number(), error.getMessage()))
                .block();
        progress.finish();
        terminal.out().printf("HIT type %s: %d HITs created, %d already done, %d failed; journal %s%n",
                result.hitTypeId(), result.created(), result.skipped(), result.failed(), journal.file());
        if (result.failed() > 0) {
            err.println("run the same command again to retry the failed rows; rows already done are skipped");
            return 1;
        }
        return 0;
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
