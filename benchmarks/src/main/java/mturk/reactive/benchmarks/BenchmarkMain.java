package mturk.reactive.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import mturk.reactive.benchmarks.boto.BotoHarness;
import mturk.reactive.benchmarks.decode.OurDecoder;
import mturk.reactive.benchmarks.e2e.ChildJvm;
import mturk.reactive.benchmarks.e2e.ClientUnderTest;
import mturk.reactive.benchmarks.e2e.CoreClient;
import mturk.reactive.benchmarks.e2e.DecodePhase;
import mturk.reactive.benchmarks.e2e.FirstRecordPhase;
import mturk.reactive.benchmarks.e2e.HarvestPhase;
import mturk.reactive.benchmarks.e2e.PublishPhase;
import mturk.reactive.benchmarks.e2e.RunSettings;
import mturk.reactive.benchmarks.report.Machine;
import mturk.reactive.benchmarks.report.Report;
import mturk.reactive.benchmarks.server.ServerMain;

/**
 * The benchmark run behind {@code benchmarks/run.sh [quick|full]}: decode (JMH), harvest, publish with CPU per call,
 * and time to first record; then a markdown table of every figure and one {@code RATIO <name> <value>} line per
 * comparison. A part that cannot run (boto missing, a failure) is reported in the table's notes and its ratios are
 * printed as {@code NaN}; the run itself always exits 0. Performance is measured here, never asserted.
 */
public final class BenchmarkMain {

    /** The ratio names, in the order they are printed. */
    public static final List<String> RATIOS = List.of("decode_vs_dom", "decode_vs_stax", "decode_vs_aalto_scan",
            "alloc_bytes_per_assignment", "harvest_vs_boto2", "publish_vs_boto2_threads", "client_cpu_vs_bare_netty",
            "first_record_fraction");

    private BenchmarkMain() {
    }

    /**
     * Entry point.
     *
     * @param args {@code quick} (default) or {@code full}; the boto scripts' folder comes from the system property
     *             {@code benchmarks.python} (default {@code benchmarks/src/main/python}); the system property
     *             {@code benchmarks.parts} picks parts ({@code decode,harvest,publish,first}, the default: all)
     */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "quick";
        if (!mode.equals("quick") && !mode.equals("full")) {
            System.err.println("usage: run.sh [quick|full]");
            System.exit(2);
        }
        RunSettings settings = RunSettings.of(mode.equals("quick"),
                Path.of(System.getProperty("benchmarks.python", "benchmarks/src/main/python")).toAbsolutePath());
        Report report = new Report();
        RATIOS.forEach(report::expectRatio);
        report.note("mode: " + mode + "; machine: " + Machine.describe());
        String botoMissing = BotoHarness.unavailableReason();
        if (botoMissing != null) {
            report.note("boto 2.49 baseline SKIPPED: " + botoMissing);
            System.err.println("WARNING: " + botoMissing);
        }
        long start = System.nanoTime();
        ClientUnderTest.Factory clients = new CoreClient();
        String clientFactory = CoreClient.class.getName();
        Function<byte[], List<?>> ourDecoder = OurDecoder::decodeAssignments;
        Function<byte[], List<?>> decoder = ourDecoder;
        Set<String> parts = Set.of(System.getProperty("benchmarks.parts", "decode,harvest,publish,first").split(","));
        if (parts.contains("decode")) {
            phase(report, "decode", () -> new DecodePhase(settings, report, decoder).run());
        }
        ClientUnderTest.Factory factory = clients;
        String factoryClass = clientFactory;
        phase(report, "harvest and publish", () -> {
            BotoHarness boto = botoMissing == null ? new BotoHarness(settings.pythonScripts()) : null;
            try (ChildJvm server = ChildJvm.start(List.of("-Xms1g", "-Xmx2g"), ServerMain.class.getName(),
                    Integer.toString(settings.assignments()), Integer.toString(settings.hits()))) {
                int port = Integer.parseInt(server.awaitLine("PORT "));
                report.note("harvest and publish server: fixed-response loopback Reactor Netty server in its own JVM"
                        + " (pages rendered before the run, no signature check), so its cost stays out of the client"
                        + " figures; not the simulator");
                if (parts.contains("harvest")) {
                    phase(report, "harvest", () -> new HarvestPhase(settings, report, boto, factoryClass, port).run());
                }
                if (parts.contains("publish")) {
                    phase(report, "publish", () -> new PublishPhase(settings, report, boto, factory, port).run());
                }
            }
        });
        if (parts.contains("first")) {
            phase(report, "first record", () -> new FirstRecordPhase(report, factory).run());
        }
        report.note(String.format(Locale.ROOT, "whole run: %.0f s", (System.nanoTime() - start) / 1e9));
        System.out.println();
        report.print(System.out);
        System.exit(0);
    }

    /** One part of the run, which may fail without stopping the others. */
    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    private static void phase(Report report, String name, Phase phase) {
        long start = System.nanoTime();
        System.err.println("== " + name);
        try {
            phase.run();
        } catch (Exception | Error e) {
            report.note(name + " FAILED: " + e);
            e.printStackTrace();
        }
        System.err.printf(Locale.ROOT, "== %s done in %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
