package mturk.reactive.samples.cli;

import java.nio.file.Path;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.samples.review.IdFile;
import mturk.reactive.samples.review.Reviews;
import reactor.core.publisher.Flux;

/**
 * {@code mturk approve} and {@code mturk reject}: assignment ids from the command line, a file of ids, or a harvest
 * JSONL (only its Submitted lines). Each review is safe to repeat (see {@link Reviews}).
 */
public final class ReviewCommand implements Command {

    private final boolean approve;

    /** The {@code approve} command when {@code approve}, else {@code reject}. */
    public ReviewCommand(boolean approve) {
        this.approve = approve;
    }

    @Override
    public String name() {
        return approve ? "approve" : "reject";
    }

    @Override
    public String summary() {
        return approve ? "approve assignments (ids, an id file or a harvest JSONL)"
                : "reject assignments (ids, an id file or a harvest JSONL)";
    }

    @Override
    public String usage() {
        return "mturk " + name() + " [ASSIGNMENT_ID ...] [--file FILE] [--feedback TEXT] [--concurrency N]\n"
                + "  --file FILE               ids, one per line, or a harvest .jsonl (its Submitted lines)\n"
                + "  --feedback TEXT           the message the worker sees\n"
                + "  --concurrency N           calls in flight (default 8)\n" + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv, Connection.valued("file", "feedback", "concurrency"),
                Connection.switches());
        Flux<String> ids = Flux.fromIterable(args.positional());
        if (args.value("file").isPresent()) {
            ids = ids.concatWith(IdFile.ids(Path.of(args.value("file").get()), "assignmentId",
                    line -> "Submitted".equals(line.get("status"))));
        } else if (args.positional().isEmpty()) {
            throw new UsageException(name() + ": give assignment ids or --file FILE");
        }
        String feedback = args.value("feedback").orElse(null);
        int concurrency = args.intValue("concurrency", 8, 1, 64);
        try (MTurkClient client = Connection.client(args, terminal)) {
            return review(client, ids, feedback, concurrency, terminal);
        }
    }

    int review(MTurkClient client, Flux<String> ids, String feedback, int concurrency, Terminal terminal) {
        return EachId.run(name(), ids, id -> approve ? Reviews.approve(client, id, feedback)
                : Reviews.reject(client, id, feedback), concurrency, terminal,
                approve ? "assignments approved" : "assignments rejected");
    }
}
