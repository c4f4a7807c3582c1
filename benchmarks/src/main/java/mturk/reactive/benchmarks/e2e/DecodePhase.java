package mturk.reactive.benchmarks.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mturk.reactive.benchmarks.decode.DecodeBenchmark;
import mturk.reactive.benchmarks.decode.DecodeRunner;
import mturk.reactive.benchmarks.decode.DecodeRunner.Figure;
import mturk.reactive.benchmarks.report.Report;
import mturk.reactive.benchmarks.report.StringBytes;

/**
 * Part 1: decode throughput and allocation of the four decoders on the same pages (JMH with the GC profiler),
 * reported per page kind as pages/s, MB/s, records/s and bytes allocated per record, with the ratios of our
 * streaming decoder to DOM, StAX and the Aalto scan on the assignments page.
 */
public final class DecodePhase {

    /** The benchmark methods, in table order. */
    static final List<String> METHODS = List.of("streaming", "dom", "stax", "aaltoScan");

    private final RunSettings settings;
    private final Report report;
    private final Function<byte[], List<?>> ourDecoder;

    /**
     * @param ourDecoder decodes a whole assignments page with our decoder, once, to measure the strings its records
     *                   hold; null when our decoder is not available
     */
    public DecodePhase(RunSettings settings, Report report, Function<byte[], List<?>> ourDecoder) {
        this.settings = settings;
        this.report = report;
        this.ourDecoder = ourDecoder;
    }

    /** Runs JMH and fills the report. */
    public void run() throws Exception {
        List<Figure> figures = DecodeRunner.run(settings.quick(), METHODS);
        Map<String, Figure> byKey = new HashMap<>();
        for (Figure figure : figures) {
            byKey.put(figure.method() + "/" + figure.body(), figure);
        }
        for (String body : List.of("assignments", "hits")) {
            int bytes = DecodeBenchmark.pageBytes(body).length;
            String records = body.equals("assignments") ? "assignment" : "HIT";
            for (String method : METHODS) {
                Figure figure = byKey.get(method + "/" + body);
                if (figure == null) {
                    report.note("decode " + method + " on the " + body + " page: not measured");
                    continue;
                }
                String what = "decode " + body + " page (" + bytes / 1000 + " KB), " + label(method);
                double perCpuSecond = figure.pagesPerCpuSecond();
                report.add("decode", what + ": pages/s (wall)", figure.pagesPerSecond(), "pages/s",
                        String.format("± %.0f (99.9%%); depends on the CPU share the fork got", figure.error()));
                report.add("decode", what + ": pages per CPU-second", perCpuSecond, "pages/s",
                        "benchmark thread's CPU time per page; used for the ratios");
                report.add("decode", what + ": MB/s", perCpuSecond * bytes / 1e6, "MB/s", "per CPU-second");
                report.add("decode", what + ": records/s", perCpuSecond * 100, records + "s/s", "per CPU-second");
                report.add("decode", what + ": allocated per record", figure.allocBytesPerPage() / 100,
                        "B/" + records, "JMH gc.alloc.rate.norm / 100");
            }
        }
        Figure ours = byKey.get("streaming/assignments");
        if (ours != null && ourDecoder != null) {
            ratio("decode_vs_dom", ours, byKey.get("dom/assignments"));
            ratio("decode_vs_stax", ours, byKey.get("stax/assignments"));
            ratio("decode_vs_aalto_scan", ours, byKey.get("aaltoScan/assignments"));
            Figure oursHits = byKey.get("streaming/hits");
            if (oursHits != null && byKey.containsKey("dom/hits") && byKey.containsKey("aaltoScan/hits")) {
                report.note(String.format("hits page, per CPU-second: decode/DOM %.2f, decode/StAX %.2f,"
                                + " decode/Aalto scan %.2f",
                        oursHits.pagesPerCpuSecond() / byKey.get("dom/hits").pagesPerCpuSecond(),
                        oursHits.pagesPerCpuSecond() / byKey.get("stax/hits").pagesPerCpuSecond(),
                        oursHits.pagesPerCpuSecond() / byKey.get("aaltoScan/hits").pagesPerCpuSecond()));
            }
            List<?> records = ourDecoder.apply(DecodeBenchmark.pageBytes("assignments"));
            long stringBytes = StringBytes.of(records) / records.size();
            double beyond = ours.allocBytesPerPage() / 100 - stringBytes;
            report.add("decode", "our decoder: strings held per assignment", stringBytes, "B/assignment",
                    "String + byte[] of every distinct string in the decoded records");
            report.add("decode", "our decoder: allocated per assignment beyond its strings", beyond, "B/assignment",
                    "goal ≤ 2048");
            report.ratio("alloc_bytes_per_assignment", beyond);
        }
    }

    private void ratio(String name, Figure ours, Figure other) {
        if (other != null) {
            report.ratio(name, ours.pagesPerCpuSecond() / other.pagesPerCpuSecond());
            report.add("decode", "ours / " + label(other.method()) + " (assignments page)",
                    ours.pagesPerCpuSecond() / other.pagesPerCpuSecond(), "×",
                    String.format("per CPU-second; wall-clock ratio %.2f", ours.pagesPerSecond() / other.pagesPerSecond()));
        }
    }

    private static String label(String method) {
        return switch (method) {
            case "streaming" -> "our streaming decoder";
            case "dom" -> "(a) JDK DOM + mapping";
            case "stax" -> "(b) JDK StAX + mapping";
            case "aaltoScan" -> "(c) Aalto async scan (floor)";
            default -> method;
        };
    }
}
