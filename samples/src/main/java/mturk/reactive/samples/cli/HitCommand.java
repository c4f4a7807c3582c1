package mturk.reactive.samples.cli;

import java.nio.file.Path;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.samples.review.IdFile;
import reactor.core.publisher.Flux;

/**
 * {@code mturk expire} ({@code ForceExpireHIT}) and {@code mturk dispose} ({@code DisposeHIT}): HIT ids from the
 * command line, a file of ids, a publish journal, or a harvest JSONL.
 */
public final class HitCommand implements Command {

    private final boolean expire;

    /** The {@code expire} command when {@code expire}, else {@code dispose}. */
    public HitCommand(boolean expire) {
        this.expire = expire;
    }

    @Override
    public String name() {
        return expire ? "expire" : "dispose";
    }

    @Override
    public String summary() {
        return expire ? "expire HITs now (ids, an id file or a publish journal)"
                : "dispose reviewed HITs (ids, an id file or a publish journal)";
    }

    @Override
    public String usage() {
        return "mturk " + name() + " [HIT_ID ...] [--file FILE] [--concurrency N]\n"
                + "  --file FILE               HIT ids, one per line, a publish journal, or a .jsonl (hitId)\n"
                + "  --concurrency N           calls in flight (default 8)\n" + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv, Connection.valued("file", "concurrency"), Connection.switches());
        Flux<String> ids = Flux.fromIterable(args.positional());
        if (args.value("file").isPresent()) {
            ids = ids.concatWith(IdFile.ids(Path.of(args.value("file").get()), "hitId", line -> true)).distinct();
        } else if (args.positional().isEmpty()) {
            throw new UsageException(name() + ": give HIT ids or --file FILE");
        }
        int concurrency = args.intValue("concurrency", 8, 1, 64);
        try (MTurkClient client = Connection.client(args, terminal)) {
            return EachId.run(name(), ids, id -> expire ? client.expireHit(id) : client.disposeHit(id), concurrency,
                    terminal, expire ? "HITs expired" : "HITs disposed");
        }
    }
}
