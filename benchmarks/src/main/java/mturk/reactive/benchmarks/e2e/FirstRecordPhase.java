package mturk.reactive.benchmarks.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.report.Report;
import mturk.reactive.benchmarks.server.FixedResponseServer;
import mturk.reactive.benchmarks.server.FixedResponseServer.Trickle;

/**
 * Part 4: time to first record. An in-process server sends one 100-assignment page in 1 KiB chunks, 2 ms apart;
 * when our client's first record reaches the subscriber we note how many bytes of the page the server had handed to
 * the transport, and the time, against the time the page's last byte was handed over. Median of five runs after a
 * warm-up run.
 */
public final class FirstRecordPhase {

    private static final int CHUNK = 1024;
    private static final Duration PAUSE = Duration.ofMillis(2);
    private static final int RUNS = 5;

    private final Report report;
    private final ClientUnderTest.Factory clients;

    /** @param clients connects our client; null skips the part */
    public FirstRecordPhase(Report report, ClientUnderTest.Factory clients) {
        this.report = report;
        this.clients = clients;
    }

    /** Runs the measurement and fills the report. */
    public void run() {
        if (clients == null) {
            return;
        }
        AssignmentPages pages = new AssignmentPages(AssignmentPages.DEFAULT_HIT_ID, AssignmentPages.PAGE_SIZE);
        try (FixedResponseServer server = FixedResponseServer.startTrickling(pages, new Trickle(CHUNK, PAUSE));
             ClientUnderTest client = clients.connect(server.port())) {
            long pageBytes = server.assignmentsPage(1).length;
            List<Double> byteFractions = new ArrayList<>();
            List<Double> timeFractions = new ArrayList<>();
            List<Double> firstMillis = new ArrayList<>();
            List<Double> lastMillis = new ArrayList<>();
            for (int run = 0; run <= RUNS; run++) {
                server.resetTrickleCounters();
                AtomicLong bytesAtFirst = new AtomicLong(-1);
                AtomicLong firstNanos = new AtomicLong();
                long start = System.nanoTime();
                Long records = client.allAssignments(AssignmentPages.DEFAULT_HIT_ID)
                        .doOnNext(record -> {
                            if (bytesAtFirst.get() < 0) {
                                firstNanos.set(System.nanoTime());
                                bytesAtFirst.set(server.bytesSent());
                            }
                        })
                        .count().block();
                long last = server.lastChunkNanos();
                if (records == null || records != AssignmentPages.PAGE_SIZE) {
                    throw new IllegalStateException("expected 100 records, read " + records);
                }
                if (run > 0) {
                    byteFractions.add(bytesAtFirst.get() / (double) pageBytes);
                    timeFractions.add((firstNanos.get() - start) / (double) (last - start));
                    firstMillis.add((firstNanos.get() - start) / 1e6);
                    lastMillis.add((last - start) / 1e6);
                }
            }
            report.add("first record", "page trickled: " + pageBytes + " B in " + CHUNK + " B chunks, "
                    + PAUSE.toMillis() + " ms apart: first record after", median(firstMillis), "ms", "median of " + RUNS);
            report.add("first record", "page's last byte sent after", median(lastMillis), "ms", "median of " + RUNS);
            report.add("first record", "share of the page sent when the first record arrived", median(byteFractions),
                    "fraction", "goal < 0.10");
            report.add("first record", "share of the page's send time elapsed at the first record",
                    median(timeFractions), "fraction", "");
            report.ratio("first_record_fraction", median(byteFractions));
            report.note("first record: in-process fixed-response server trickling the page (Reactor Netty, flushed per chunk)");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
