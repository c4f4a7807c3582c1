package mturk.reactive.samples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.samples.batch.InputException;
import mturk.reactive.samples.harvest.Harvester;

/** {@code mturk harvest}: every assignment to JSON Lines, streamed, in constant memory. */
public final class HarvestCommand implements Command {

    @Override
    public String name() {
        return "harvest";
    }

    @Override
    public String summary() {
        return "stream every assignment (with typed answers) to a JSON Lines file";
    }

    @Override
    public String usage() {
        return """
                mturk harvest --out FILE.jsonl [options]
                  --out FILE                where to write, one assignment per line (replaced if present)
                  --hit-type ID             only HITs of this HIT type
                  --status S                Submitted, Approved, Rejected or All (default All)
                  --approve                 approve each Submitted assignment once its line is written
                """ + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv, Connection.valued("out", "hit-type", "status"),
                Connection.switches("approve"));
        Path out = Path.of(args.required("out"));
        List<AssignmentStatus> statuses = statuses(args.value("status").orElse("All"));
        try (MTurkClient client = Connection.client(args, terminal)) {
            return harvest(client, out, args.value("hit-type").orElse(null), statuses, args.flag("approve"), terminal);
        }
    }

    /** Runs a harvest into {@code out} with a progress line and prints what it wrote. */
    static int harvest(MTurkClient client, Path out, String hitTypeId, List<AssignmentStatus> statuses,
                       boolean approve, Terminal terminal) {
        Progress progress = terminal.progress("harvest", -1);
        Harvester.Result result;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            result = new Harvester(client, hitTypeId, statuses, approve).harvest(writer, a -> progress.step()).block();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        progress.finish();
        terminal.out().printf("%d assignments of %d HITs written to %s%s%n", result.assignments(), result.hits(), out,
                approve ? ", " + result.approved() + " approved" : "");
        return 0;
    }

    /** The statuses {@code --status} names; empty for All. */
    static List<AssignmentStatus> statuses(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "all": return List.of();
            case "submitted": return List.of(AssignmentStatus.SUBMITTED);
            case "approved": return List.of(AssignmentStatus.APPROVED);
            case "rejected": return List.of(AssignmentStatus.REJECTED);
            default:
                throw InputException.inField("--status", "status", "is '" + value
                        + "'; expected Submitted, Approved, Rejected or All");
        }
    }
}
