package mturk.reactive.benchmarks.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run: rows of a markdown table (section, figure, value, unit, note) and named ratios, printed
 * as the table followed by one {@code RATIO <name> <value>} line per comparison. A ratio that could not be measured
 * is printed as {@code NaN} with the reason in the table, so the output always has every line.
 */
public final class Report {

    /** One table row. */
    public record Row(String section, String figure, double value, String unit, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds a row. */
    public synchronized void add(String section, String figure, double value, String unit, String note) {
        rows.add(new Row(section, figure, value, unit, note == null ? "" : note));
    }

    /** Sets ratio {@code name}. */
    public synchronized void ratio(String name, double value) {
        ratios.put(name, value);
    }

    /** Declares a ratio that must appear even if its measurement fails (printed as NaN unless set later). */
    public synchronized void expectRatio(String name) {
        ratios.putIfAbsent(name, Double.NaN);
    }

    /** Adds a free-text line printed under the table (server used, skipped parts, failures). */
    public synchronized void note(String line) {
        notes.add(line);
    }

    /** The ratio {@code name}, or NaN. */
    public synchronized double ratio(String name) {
        return ratios.getOrDefault(name, Double.NaN);
    }

    /** The rows so far. */
    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Prints the markdown table, the notes and the RATIO lines. */
    public synchronized void print(PrintStream out) {
        out.println("| section | figure | value | unit | note |");
        out.println("|---|---|---:|---|---|");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row.section(), row.figure(), format(row.value()),
                    row.unit(), row.note().replace("|", "\\|"));
        }
        out.println();
        for (String note : notes) {
            out.println("- " + note);
        }
        if (!notes.isEmpty()) {
            out.println();
        }
        for (Map.Entry<String, Double> ratio : ratios.entrySet()) {
            out.println("RATIO " + ratio.getKey() + " " + formatRatio(ratio.getValue()));
        }
        out.flush();
    }

    /** A value with a sensible number of significant digits. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String formatRatio(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.3f", value);
    }
}
