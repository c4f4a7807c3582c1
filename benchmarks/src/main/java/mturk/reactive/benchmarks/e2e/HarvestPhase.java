package mturk.reactive.benchmarks.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.boto.BotoHarness;
import mturk.reactive.benchmarks.report.Report;

/**
 * Part 2: harvest end to end from the fixed-response server: every assignment of one HIT through
 * {@code getAllAssignments} (in a child JVM under {@code -Xmx64m}, whose peak heap is reported) and every HIT through
 * {@code getAllHits}, versus boto 2.49 paging the same listings 100 at a time. Records per second each, and the ratio.
 */
public final class HarvestPhase {

    private final RunSettings settings;
    private final Report report;
    private final BotoHarness boto;
    private final String clientFactory;
    private final int port;

    /**
     * @param boto          the boto harness, or null to skip boto
     * @param clientFactory the {@link ClientUnderTest.Factory} class the child JVM instantiates, or null to skip ours
     * @param port          the fixed-response server's port
     */
    public HarvestPhase(RunSettings settings, Report report, BotoHarness boto, String clientFactory, int port) {
        this.settings = settings;
        this.report = report;
        this.boto = boto;
        this.clientFactory = clientFactory;
        this.port = port;
    }

    /** Runs both listings for both clients and fills the report. */
    public void run() throws Exception {
        harvest("assignments", settings.assignments(), "harvest_vs_boto2");
        harvest("hits", settings.hits(), null);
    }

    /** Whole listings run in the child JVM before the measured one: steady state, as a JVM service runs. */
    private int warmupListings() {
        return settings.quick() ? 4 : 2;
    }

    private void harvest(String kind, int total, String ratioName) throws Exception {
        String what = kind.equals("assignments") ? "getAllAssignments" : "getAllHits";
        String unit = kind.equals("assignments") ? "assignments/s" : "HITs/s";
        double ours = Double.NaN;
        double oursCpuPerRecord = Double.NaN;
        if (clientFactory != null) {
            ServerControl control = new ServerControl(port);
            long connectionsBefore = control.connections();
            List<String> jvmArgs = new ArrayList<>(List.of("-Xmx64m"));
            String extra = System.getProperty("benchmarks.harvestJvmArgs", "").trim();
            if (!extra.isEmpty()) {
                jvmArgs.addAll(List.of(extra.split("\\s+"))); // e.g. a JFR recording, to profile the harvest
            }
            try (ChildJvm child = ChildJvm.start(jvmArgs, HarvestChild.class.getName(), clientFactory,
                    Integer.toString(port), kind, AssignmentPages.DEFAULT_HIT_ID, Integer.toString(warmupListings()))) {
                Map<String, String> result = child.result();
                long records = Long.parseLong(result.get("records"));
                ours = records / (Long.parseLong(result.get("nanos")) / 1e9);
                report.add("harvest", "ours, " + what + " of " + total + " (-Xmx64m)", ours, unit,
                        records == total ? "" : "MISMATCH: read " + records);
                double cold = Long.parseLong(result.get("coldRecords")) / (Long.parseLong(result.get("coldNanos")) / 1e9);
                report.add("harvest", "ours, " + what + ", first listing in a fresh JVM (cold)", cold, unit,
                        "not used for the ratio; the figure above is after " + warmupListings()
                                + " warm-up listings in the same JVM");
                report.add("harvest", "ours, " + what + ": peak heap under -Xmx64m",
                        Long.parseLong(result.get("peakHeapBytes")) / 1048576.0, "MiB",
                        "sum of heap pool peaks; " + result.get("gcCount") + " GCs, " + result.get("gcMillis") + " ms");
                oursCpuPerRecord = Long.parseLong(result.get("cpuNanos")) / 1e3 / records;
                report.add("harvest", "ours, " + what + ": CPU per record", oursCpuPerRecord, "µs",
                        "whole client JVM (JIT and GC threads included)");
            }
            long pages = (total + 99) / 100 * (1L + warmupListings()); // measured listing and warm-ups
            report.add("harvest", "ours, " + what + ": TCP connections opened per page",
                    (control.connections() - connectionsBefore - 1) / (double) pages, "", "seen by the server");
        }
        double botoRate = Double.NaN;
        double botoCpuPerRecord = Double.NaN;
        if (boto != null) {
            Map<String, String> figures = kind.equals("assignments")
                    ? boto.harvestAssignments(port, AssignmentPages.DEFAULT_HIT_ID)
                    : boto.harvestHits(port);
            long records = Long.parseLong(figures.get("records"));
            botoRate = records / Double.parseDouble(figures.get("seconds"));
            report.add("harvest", "boto 2.49, page by page, " + kind + " (" + total + ")", botoRate, unit,
                    records == total ? "" : "MISMATCH: read " + records);
            botoCpuPerRecord = Double.parseDouble(figures.get("cpu_seconds")) * 1e6 / records;
            report.add("harvest", "boto 2.49, " + kind + ": CPU per record", botoCpuPerRecord, "µs", "python process");
        }
        report.add("harvest", what + " ours / boto 2.49", ours / botoRate, "×", ratioName == null ? "" : "goal ≥ 20");
        report.add("harvest", what + " boto 2.49 CPU per record / ours", botoCpuPerRecord / oursCpuPerRecord, "×",
                "the same comparison in CPU time, less sensitive to other load on the machine");
        if (ratioName != null) {
            report.ratio(ratioName, ours / botoRate);
        }
    }
}
