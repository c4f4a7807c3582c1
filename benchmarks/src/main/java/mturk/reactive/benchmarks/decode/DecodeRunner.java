package mturk.reactive.benchmarks.decode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link DecodeBenchmark} through JMH's API with the GC profiler and returns one figure per (method, body). */
public final class DecodeRunner {

    /**
     * One JMH result: pages per second (wall clock), the benchmark thread's CPU nanoseconds per page, and bytes
     * allocated per page ({@code gc.alloc.rate.norm}).
     */
    public record Figure(String method, String body, double pagesPerSecond, double error, double cpuNanosPerPage,
                         double allocBytesPerPage) {

        /** Pages per second of the benchmark thread's CPU time: the throughput of one unshared core. */
        public double pagesPerCpuSecond() {
            return 1e9 / cpuNanosPerPage;
        }
    }

    private DecodeRunner() {
    }

    /**
     * Runs the benchmark.
     *
     * @param quick   short warm-up and measurement (about a minute in all) instead of the full run
     * @param methods the benchmark methods to run (names of {@link DecodeBenchmark} methods)
     */
    public static List<Figure> run(boolean quick, List<String> methods) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 8 : 10) // long enough for C2 to finish on a shared 2-core machine
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .addProfiler(GCProfiler.class)
                .jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        for (String method : methods) {
            options.include(DecodeBenchmark.class.getName() + "\\." + method + "$");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            Result<?> primary = result.getPrimaryResult();
            Map<String, Result> secondary = result.getSecondaryResults();
            double cpuPerPage = secondary.containsKey("cpuNanos") && secondary.containsKey("calls")
                    ? secondary.get("cpuNanos").getScore() / secondary.get("calls").getScore() : Double.NaN;
            figures.add(new Figure(method, result.getParams().getParam("body"), primary.getScore(),
                    primary.getScoreError(), cpuPerPage, allocNorm(secondary)));
        }
        return figures;
    }

    private static double allocNorm(Map<String, Result> secondary) {
        for (Map.Entry<String, Result> entry : secondary.entrySet()) {
            if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
                return entry.getValue().getScore();
            }
        }
        return Double.NaN;
    }
}
