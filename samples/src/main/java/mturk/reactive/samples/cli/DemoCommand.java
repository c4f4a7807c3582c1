package mturk.reactive.samples.cli;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.samples.demo.Demo;
import mturk.reactive.samples.demo.DemoSettings;
import mturk.reactive.samples.demo.DemoSummary;
import mturk.reactive.samples.demo.EmbeddedSimulator;
import mturk.reactive.samples.demo.SummaryTable;

/**
 * {@code mturk demo}: the README's quick start. Without {@code --endpoint}/{@code --sandbox} it starts the embedded
 * simulator on 127.0.0.1 with its simulated crowd working; with them it runs the same batch against that service.
 */
public final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "publish 500 HITs, review the answers as they arrive, pay bonuses, print the bill";
    }

    @Override
    public String usage() {
        return """
                mturk demo [options]
                  --hits N                  HITs to publish (default 500)
                  --assignments N           workers per HIT (default 3)
                  --concurrency N           CreateHIT calls in flight (default 16)
                  --timeout SECONDS         stop waiting for workers after this long (default 600)
                Without --endpoint or --sandbox the demo starts an embedded simulator; with them it needs credentials:
                """ + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv, Connection.valued("hits", "assignments", "concurrency", "timeout"),
                Connection.switches());
        DemoSettings d = DemoSettings.DEFAULTS;
        DemoSettings settings = new DemoSettings(args.intValue("hits", d.hits(), 1, 100_000),
                args.intValue("assignments", d.assignmentsPerHit(), 1, 100),
                args.intValue("concurrency", d.concurrency(), 1, 256), d.reward(), d.bonus(), d.bonusWinners(),
                d.poll(), Duration.ofSeconds(args.intValue("timeout", 600, 1, 86_400)), d.seed());
        boolean remote = args.value("endpoint").isPresent() || args.flag("sandbox");
        if (remote) {
            try (MTurkClient client = Connection.client(args, terminal)) {
                return run(client, settings, UUID.randomUUID().toString(), Connection.endpoint(args).toString(),
                        terminal);
            }
        }
        terminal.err().println("starting the embedded MTurk simulator (auto-work on) ...");
        try (EmbeddedSimulator sim = EmbeddedSimulator.start(settings)) {
            return run(sim.client(), settings, "embedded-" + settings.seed(), "embedded simulator at "
                    + sim.endpoint(), terminal);
        }
    }

    private static int run(MTurkClient client, DemoSettings settings, String runId, String where,
                           Terminal terminal) {
        Progress progress = terminal.progress("demo", (long) settings.hits() * (1 + settings.assignmentsPerHit()));
        terminal.err().printf("publishing %d HITs x %d assignments to %s; reviewing answers as they arrive%n",
                settings.hits(), settings.assignmentsPerHit(), where);
        DemoSummary summary = new Demo(client, settings, runId).run(step -> progress.step()).block();
        progress.finish();
        terminal.out().print(SummaryTable.render(summary, where));
        terminal.out().flush();
        return 0;
    }
}
