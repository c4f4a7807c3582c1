package mturk.reactive.samples.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The demo's closing table, as plain aligned text. */
public final class SummaryTable {

    private SummaryTable() {
    }

    /** Renders {@code s}, naming {@code where} the demo ran. */
    public static String render(DemoSummary s, String where) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"service", where});
        rows.add(new String[] {"HIT type", s.hitTypeId()});
        rows.add(new String[] {"HITs published", Long.toString(s.hits())});
        rows.add(new String[] {"assignments", Long.toString(s.assignments())});
        rows.add(new String[] {"approved", Long.toString(s.approved())});
        rows.add(new String[] {"rejected", Long.toString(s.rejected())});
        rows.add(new String[] {"bonuses", s.bonuses() + " ($" + s.bonusTotal().toPlainString() + ")"});
        rows.add(new String[] {"money spent", money(s.spent())});
        rows.add(new String[] {"balance before", money(s.balanceBefore())});
        rows.add(new String[] {"balance after", money(s.balanceAfter())});
        rows.add(new String[] {"wall time", String.format(Locale.ROOT, "%.1f s", s.wallTime().toMillis() / 1000.0)});
        rows.add(new String[] {"records per second",
                String.format(Locale.ROOT, "%.0f (HITs + assignments / wall time)", s.recordsPerSecond())});
        rows.add(new String[] {"majority = known label",
                String.format(Locale.ROOT, "%.1f %% of HITs with a majority", s.agreement() * 100)});
        if (s.timedOut()) {
            rows.add(new String[] {"note", "stopped waiting for workers before every HIT was reviewed"});
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(10);
        String rule = "+" + "-".repeat(width + 2) + "+" + "-".repeat(valueWidth + 2) + "+\n";
        StringBuilder sb = new StringBuilder(rule);
        for (String[] r : rows) {
            sb.append("| ").append(r[0]).append(" ".repeat(width - r[0].length())).append(" | ")
                    .append(r[1]).append(" ".repeat(valueWidth - r[1].length())).append(" |\n");
        }
        return sb.append(rule).toString();
    }

    private static String money(BigDecimal amount) {
        return "$" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
