package mturk.reactive.samples.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error: a bar (when the total is known), the count, the rate per second and the
 * estimated time left, e.g. {@code publish [#########...........] 220/500  44%  183.2/s  ETA 0:02}.
 *
 * <p>On a terminal the line is redrawn in place at most every 100 ms; otherwise (a log file, CI) a plain line is
 * printed at most every 5 seconds. {@link #step()} is thread-safe and cheap; {@link #finish()} prints the final line.
 */
public final class Progress {

    private static final int WIDTH = 24;

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long start;
    private final long intervalNanos;
    private final AtomicLong done = new AtomicLong();
    private long lastPrint;
    private boolean finished;

    /**
     * Creates a progress line.
     *
     * @param label     what is counted, e.g. {@code "publish"}
     * @param total     the expected count, or -1 when unknown
     * @param out       where to draw (standard error in the tools)
     * @param terminal  whether {@code out} is a terminal (redraw in place) or a log (periodic lines)
     * @param nanoClock the clock, {@link System#nanoTime} outside tests
     */
    public Progress(String label, long total, PrintStream out, boolean terminal, LongSupplier nanoClock) {
        this.label = Objects.requireNonNull(label, "label");
        this.total = total;
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.start = nanoClock.getAsLong();
        this.lastPrint = start;
        this.intervalNanos = terminal ? 100_000_000L : 5_000_000_000L;
    }

    /** A progress line on {@link System#err}, redrawn in place when a console is attached. */
    public static Progress onStderr(String label, long total) {
        return new Progress(label, total, System.err, System.console() != null, System::nanoTime);
    }

    /** Counts one item. */
    public void step() {
        step(1);
    }

    /** Counts {@code n} items and redraws if the interval has passed. */
    public void step(long n) {
        done.addAndGet(n);
        long now = nanoClock.getAsLong();
        if (now - lastPrint >= intervalNanos) {
            synchronized (this) {
                if (!finished && now - lastPrint >= intervalNanos) {
                    lastPrint = now;
                    print(now, false);
                }
            }
        }
    }

    /** How many items have been counted. */
    public long count() {
        return done.get();
    }

    /** Time since this progress line started. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    /** Prints the final line (once). */
    public synchronized void finish() {
        if (!finished) {
            finished = true;
            print(nanoClock.getAsLong(), true);
        }
    }

    /** The text of the line at {@code now} without drawing it. */
    String render(long now) {
        long count = done.get();
        double seconds = Math.max(now - start, 1) / 1e9;
        double rate = count / seconds;
        StringBuilder sb = new StringBuilder(label).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, count * WIDTH / total);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
            sb.append(count).append('/').append(total);
            sb.append(String.format(Locale.ROOT, " %3d%%", Math.min(100, count * 100 / total)));
        } else {
            sb.append(count);
        }
        sb.append(String.format(Locale.ROOT, "  %.1f/s", rate));
        if (total > 0 && count < total) {
            sb.append("  ETA ").append(rate > 0 ? clock((long) ((total - count) / rate)) : "?");
        } else {
            sb.append("  in ").append(clock((long) seconds));
        }
        return sb.toString();
    }

    private void print(long now, boolean last) {
        String line = render(now);
        if (terminal) {
            out.print("\r" + line + "\u001b[K" + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
