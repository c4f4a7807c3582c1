package mturk.reactive.benchmarks.e2e;

import java.util.Map;
import mturk.reactive.benchmarks.baseline.BareNettyPoster;
import mturk.reactive.benchmarks.boto.BotoHarness;
import mturk.reactive.benchmarks.report.CpuClock;
import mturk.reactive.benchmarks.report.Report;
import reactor.core.publisher.Flux;

/**
 * Part 3: publish {@code creates} CreateHIT calls against the fixed-response server: our client with 64 in flight,
 * boto 2.49 sequentially and from 16 threads; HITs per second and ratios. Then our client's CPU time per call
 * versus a bare Reactor Netty loop POSTing the very body our client sent (captured by the server), both in this
 * JVM after a warm-up, best of two rounds each.
 */
public final class PublishPhase {

    private static final int ROUNDS = 2;
    /** Untimed rounds of each publisher first, so both are measured warm. */
    private static final int WARMUP_ROUNDS = 3;

    private final RunSettings settings;
    private final Report report;
    private final BotoHarness boto;
    private final ClientUnderTest.Factory clients;
    private final int port;

    /**
     * @param boto    the boto harness, or null to skip boto
     * @param clients connects our client, or null to skip ours
     * @param port    the fixed-response server's port
     */
    public PublishPhase(RunSettings settings, Report report, BotoHarness boto, ClientUnderTest.Factory clients,
                        int port) {
        this.settings = settings;
        this.report = report;
        this.boto = boto;
        this.clients = clients;
        this.port = port;
    }

    /** Runs the publishers and fills the report. */
    public void run() throws Exception {
        int count = settings.creates();
        double botoSequential = Double.NaN;
        double botoThreads = Double.NaN;
        if (boto != null) {
            Map<String, String> sequential = boto.publish(port, count, 1);
            botoSequential = Double.parseDouble(sequential.get("records")) / Double.parseDouble(sequential.get("seconds"));
            report.add("publish", "boto 2.49 sequential, " + count + " CreateHIT", botoSequential, "HITs/s", "");
            Map<String, String> threaded = boto.publish(port, count, settings.botoThreads());
            botoThreads = Double.parseDouble(threaded.get("records")) / Double.parseDouble(threaded.get("seconds"));
            report.add("publish", "boto 2.49, " + settings.botoThreads() + " threads, " + count + " CreateHIT",
                    botoThreads, "HITs/s", "");
        }
        if (clients == null) {
            return;
        }
        try (ClientUnderTest client = clients.connect(port)) {
            // warm-up to steady state (a JVM service runs warm); the first round also makes the server capture our
            // first CreateHIT body
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                publish(client, count);
            }
            ServerControl control = new ServerControl(port);
            String body = control.capturedCreateHit();
            if (body.isEmpty()) {
                throw new IllegalStateException("the server captured no CreateHIT body from our client");
            }
            try (BareNettyPoster bare = new BareNettyPoster(port, body, settings.concurrency())) {
                for (int i = 0; i < WARMUP_ROUNDS; i++) {
                    bare.post(count, settings.concurrency()).block();
                }
                Measure ours = null;
                Measure floor = null;
                long oursConnections = 0;
                long floorConnections = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    long before = control.connections();
                    ours = Measure.best(ours, Measure.of(() -> publish(client, count)));
                    long between = control.connections();
                    floor = Measure.best(floor, Measure.of(() -> bare.post(count, settings.concurrency()).block()));
                    oursConnections += between - before - 1;
                    floorConnections += control.connections() - between - 1;
                }
                report.add("publish", "ours: new TCP connections per CreateHIT", oursConnections / (double) (ROUNDS * count),
                        "", "seen by the server; bare Reactor Netty: "
                                + Report.format(floorConnections / (double) (ROUNDS * count)));
                double oursRate = count / (ours.wallNanos() / 1e9);
                report.add("publish", "ours, concurrency " + settings.concurrency() + ", " + count + " CreateHIT",
                        oursRate, "HITs/s", "best of " + ROUNDS);
                report.add("publish", "ours / boto 2.49 sequential", oursRate / botoSequential, "×", "");
                report.add("publish", "ours / boto 2.49 with " + settings.botoThreads() + " threads",
                        oursRate / botoThreads, "×", "goal ≥ 10");
                report.ratio("publish_vs_boto2_threads", oursRate / botoThreads);
                double oursCpu = ours.cpuNanos() / 1e3 / count;
                double floorCpu = floor.cpuNanos() / 1e3 / count;
                report.add("publish", "ours: CPU per CreateHIT", oursCpu, "µs", "whole process, server excluded");
                report.add("publish", "bare Reactor Netty form POST of the same body: CPU per call", floorCpu, "µs",
                        "transport floor, same concurrency; " + Math.round(count / (floor.wallNanos() / 1e9)) + " calls/s");
                report.add("publish", "client CPU / bare Reactor Netty", oursCpu / floorCpu, "×", "goal ≤ 1.3");
                report.ratio("client_cpu_vs_bare_netty", oursCpu / floorCpu);
            }
        }
    }

    private void publish(ClientUnderTest client, int count) {
        Flux.range(0, count).flatMap(client::createHit, settings.concurrency()).then().block();
    }

    /** Wall and process CPU time of one measured loop. */
    private record Measure(long wallNanos, long cpuNanos) {

        static Measure of(Runnable loop) {
            long cpu0 = CpuClock.processCpuNanos();
            long wall0 = System.nanoTime();
            loop.run();
            return new Measure(System.nanoTime() - wall0, CpuClock.processCpuNanos() - cpu0);
        }

        /** The lower wall time and the lower CPU time of the two (rounds differ by other load on the machine). */
        static Measure best(Measure current, Measure candidate) {
            return current == null ? candidate : new Measure(Math.min(current.wallNanos(), candidate.wallNanos()),
                    Math.min(current.cpuNanos(), candidate.cpuNanos()));
        }
    }
}
