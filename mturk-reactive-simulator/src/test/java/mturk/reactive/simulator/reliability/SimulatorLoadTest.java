package mturk.reactive.simulator.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator under load: 500 concurrent raw clients (independently signed requests over loopback) run a mix of
 * CreateHIT, ApproveAssignment, GrantBonus, GetAccountBalance and SearchHITs for a bounded time (5 s by default, 60 s
 * with {@code -Plong}). Afterwards every counter and the balance add up exactly: HITs on the server = HITs created,
 * approvals and bonus payments on the server = those acknowledged, balance = start - costs, and every request got an
 * answer.
 */
class SimulatorLoadTest {

    private static final int CLIENTS = 500;
    private static final BigDecimal START = new BigDecimal("10000.00");
    private static final int SETUP_HITS = 10;
    private static final int ASSIGNMENTS_PER_HIT = 60;
    /** Reward 0.10 on HITs of 60 assignments: 40 % fee, 0.04. */
    private static final BigDecimal APPROVAL_COST = new BigDecimal("0.14");
    /** Bonus 0.05, 20 % fee with a minimum of 0.01. */
    private static final BigDecimal BONUS_COST = new BigDecimal("0.06");

    private MTurkSimulator sim;
    private RawWire wire;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).balance(START)
                .workers(ASSIGNMENTS_PER_HIT).start();
        wire = new RawWire(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String createHit(String title, int maxAssignments) {
        RawWire.Reply r = wire.call("CreateHIT", createParams(title, maxAssignments));
        assertTrue(r.valid(), r.body());
        return r.first("HITId");
    }

    private static String[] createParams(String title, int maxAssignments) {
        return new String[] {"Title", title, "Description", "load", "Reward.1.Amount", "0.10",
            "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "600", "LifetimeInSeconds", "86400",
            "MaxAssignments", Integer.toString(maxAssignments), "Question", RawWire.QUESTION};
    }

    @Test
    void fiveHundredConcurrentClientsLeaveEveryCounterAndTheBalanceExact() throws Exception {
        Duration runFor = Duration.ofSeconds(Figures.scale(5, 60));
        List<String> setupHits = new ArrayList<>();
        ConcurrentLinkedQueue<String[]> submitted = new ConcurrentLinkedQueue<>();
        List<SimulatedWorker> workers = sim.workers().list();
        for (int h = 0; h < SETUP_HITS; h++) {
            String hitId = createHit("Setup " + h, ASSIGNMENTS_PER_HIT);
            setupHits.add(hitId);
            for (SimulatedWorker w : workers) {
                String assignmentId = sim.workers().accept(w.id(), hitId);
                sim.workers().submit(assignmentId);
                submitted.add(new String[] {w.id(), assignmentId});
            }
        }

        Map<String, AtomicInteger> ok = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicInteger tokens = new AtomicInteger();
        long deadline = System.nanoTime() + runFor.toNanos();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(loop(c, 0, deadline, submitted, ok, failed, sent, answered, tokens));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

        // check the state with a fresh, sequential reader
        int hitsOnServer = wire.allHitIds().size();
        int approvedOnServer = 0;
        int bonusesOnServer = 0;
        for (String hitId : setupHits) {
            approvedOnServer += wire.call("GetAssignmentsForHIT", "HITId", hitId, "AssignmentStatus", "Approved",
                    "PageSize", "100").all("AssignmentId").size();
            bonusesOnServer += wire.call("GetBonusPayments", "HITId", hitId, "PageSize", "100")
                    .all("BonusPayment").size();
        }
        int created = count(ok, "CreateHIT");
        int approved = count(ok, "ApproveAssignment");
        int bonused = count(ok, "GrantBonus");
        BigDecimal expected = START.subtract(APPROVAL_COST.multiply(BigDecimal.valueOf(approved)))
                .subtract(BONUS_COST.multiply(BigDecimal.valueOf(bonused)));
        BigDecimal balance = sim.balance();
        Figures.record("load", "clients=" + CLIENTS + " seconds=" + runFor.toSeconds() + " requests=" + sent.get()
                + " answered=" + answered.get() + " ok=" + ok + " failed=" + failed + " hits=" + hitsOnServer + "/"
                + (SETUP_HITS + created) + " approvals=" + approvedOnServer + "/" + approved + " bonuses="
                + bonusesOnServer + "/" + bonused + " balance=" + balance + " expected=" + expected);

        assertEquals(sent.get(), answered.get(), "requests without an answer");
        assertTrue(failed.isEmpty(), "failed requests: " + failed);
        assertEquals(SETUP_HITS + created, hitsOnServer, "HITs on the server");
        assertEquals(approved, approvedOnServer, "approvals on the server");
        assertEquals(bonused, bonusesOnServer, "bonus payments on the server");
        assertEquals(0, expected.compareTo(balance), "balance " + balance + ", expected " + expected);
        assertTrue(sent.get() >= CLIENTS, "every client sent at least one request");
    }

    private static int count(Map<String, AtomicInteger> m, String key) {
        AtomicInteger n = m.get(key);
        return n == null ? 0 : n.get();
    }

    /** One client: a request, then the next one when it is answered, until the deadline. */
    private CompletableFuture<Void> loop(int client, int i, long deadline, ConcurrentLinkedQueue<String[]> submitted,
                                         Map<String, AtomicInteger> ok, Map<String, AtomicInteger> failed,
                                         AtomicLong sent, AtomicLong answered, AtomicInteger tokens) {
        if (System.nanoTime() >= deadline) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> step;
        switch ((client + i) % 4) {
            case 0 -> step = call("CreateHIT", RawWire.params(createParams("Load " + client + "." + i, 1)), ok,
                    failed, sent, answered).thenApply(v -> null);
            case 1 -> step = call("GetAccountBalance", Map.of(), ok, failed, sent, answered).thenApply(v -> null);
            case 2 -> step = call("SearchHITs", Map.of("PageSize", "10"), ok, failed, sent, answered)
                    .thenApply(v -> null);
            default -> {
                String[] a = submitted.poll();
                if (a == null) {
                    step = call("GetAccountBalance", Map.of(), ok, failed, sent, answered).thenApply(v -> null);
                } else {
                    step = call("ApproveAssignment", Map.of("AssignmentId", a[1]), ok, failed, sent, answered)
                            .thenCompose(approvedOk -> approvedOk
                                    ? call("GrantBonus", Map.of("WorkerId", a[0], "AssignmentId", a[1],
                                            "BonusAmount.1.Amount", "0.05", "BonusAmount.1.CurrencyCode", "USD",
                                            "Reason", "load", "UniqueRequestToken", "load-" + tokens.incrementAndGet()),
                                            ok, failed, sent, answered).thenApply(v -> null)
                                    : CompletableFuture.completedFuture(null));
                }
            }
        }
        return step.thenCompose(v -> loop(client, i + 1, deadline, submitted, ok, failed, sent, answered, tokens));
    }

    private CompletableFuture<Boolean> call(String op, Map<String, String> params, Map<String, AtomicInteger> ok,
                                            Map<String, AtomicInteger> failed, AtomicLong sent, AtomicLong answered) {
        sent.incrementAndGet();
        return wire.callAsync(op, params).handle((r, e) -> {
            answered.incrementAndGet();
            boolean valid = e == null && r.valid();
            (valid ? ok : failed).computeIfAbsent(valid ? op : op + ":" + (e != null ? e.getClass().getSimpleName()
                    : r.status() + " " + r.first("Code")), k -> new AtomicInteger()).incrementAndGet();
            return valid;
        });
    }
}
