package mturk.reactive.simulator.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Hit;
import mturk.reactive.model.Price;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Throttling: with 30 % of responses throttled (HTTP 503, {@code AWS.ServiceUnavailable}), mixed operations (create,
 * extend, approve, bonus, reads) all succeed within the retry budget, and the simulator then holds exactly the HITs,
 * extensions, approvals and bonuses asked for: none missing, none twice. 100 operations by default, 1,000 with
 * {@code -Plong}.
 */
class ThrottlingDrillTest {

    private static final BigDecimal START = new BigDecimal("10000.00");
    private static final Price REWARD = Price.usd("0.10");
    private static final Price BONUS = Price.usd("0.05");
    private static final BigDecimal APPROVAL_COST = new BigDecimal("0.12"); // reward + 20 % fee
    private static final BigDecimal BONUS_COST = new BigDecimal("0.06");    // bonus + 20 % fee (at least $0.01)

    private MTurkSimulator sim;
    private ClientHarness harness;
    private RawWire wire;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).balance(START)
                .workers(20).start();
        harness = new ClientHarness(sim, ClientHarness.drillRetries());
        wire = new RawWire(sim);
    }

    @AfterEach
    void stop() {
        harness.close();
        sim.close();
    }

    @Test
    void everyOperationSucceedsAndTheSimulatorHoldsExactlyWhatWasAsked() {
        int perKind = Figures.scale(20, 200);
        MTurkClient client = harness.client();
        sim.faults().throttle(0.30);
        Map<String, AtomicInteger> succeeded = new ConcurrentHashMap<>();
        Function<String, Runnable> ok = kind -> () -> succeeded.computeIfAbsent(kind, k -> new AtomicInteger())
                .incrementAndGet();

        // create: each logical call carries its own UniqueRequestToken, reused by its retries
        List<String> hitIds = Flux.range(0, perKind)
                .flatMap(i -> client.createHit(hit(i)).doOnSuccess(h -> ok.apply("create").run()), 16)
                .map(Hit::hitId).collectList().block(Duration.ofMinutes(5));

        // workers take and submit one assignment of each HIT (simulator Java API: no HTTP, no faults)
        List<String> workers = sim.workers().list().stream().map(w -> w.id()).toList();
        List<String[]> assignments = new ArrayList<>();
        for (int i = 0; i < hitIds.size(); i++) {
            String worker = workers.get(i % workers.size());
            String assignmentId = sim.workers().accept(worker, hitIds.get(i));
            sim.workers().submit(assignmentId);
            assignments.add(new String[] {worker, assignmentId, hitIds.get(i)});
        }

        // approve, extend and read, interleaved
        Flux<Void> approve = Flux.fromIterable(assignments)
                .flatMap(a -> client.approveAssignment(a[1]).doOnSuccess(v -> ok.apply("approve").run()), 8);
        Flux<Void> extend = Flux.fromIterable(hitIds)
                .flatMap(h -> client.extendHit(h, 1).doOnSuccess(v -> ok.apply("extend").run()), 8);
        Flux<Object> reads = Flux.range(0, perKind).flatMap(i -> read(client, hitIds.get(i % hitIds.size()), i)
                .doOnSuccess(v -> ok.apply("read").run()), 8);
        Flux.merge(approve, extend, reads).then().block(Duration.ofMinutes(5));

        // bonus each approved assignment once
        Flux.fromIterable(assignments)
                .flatMap(a -> client.grantBonus(a[0], a[1], BONUS, "well done")
                        .doOnSuccess(v -> ok.apply("bonus").run()), 16)
                .then().block(Duration.ofMinutes(5));

        int throttled = harness.responses(503);
        sim.faults().clear();

        // exactly the HITs asked for
        List<String> onServer = wire.allHitIds();
        assertEquals(perKind, onServer.size(), "HITs on the server");
        assertEquals(new HashSet<>(hitIds), new HashSet<>(onServer));
        int extendedOnce = 0;
        int oneBonus = 0;
        int oneApproval = 0;
        for (String[] a : assignments) {
            RawWire.Reply hit = wire.call("GetHIT", "HITId", a[2]);
            if (hit.first("MaxAssignments").equals("3")) {
                extendedOnce++;
            }
            RawWire.Reply bonuses = wire.call("GetBonusPayments", "HITId", a[2], "PageSize", "100");
            if (bonuses.all("BonusPayment").size() == 1) {
                oneBonus++;
            }
            RawWire.Reply approved = wire.call("GetAssignmentsForHIT", "HITId", a[2], "AssignmentStatus",
                    "Approved");
            if (approved.all("AssignmentId").size() == 1) {
                oneApproval++;
            }
        }
        BigDecimal expectedBalance = START.subtract(APPROVAL_COST.multiply(BigDecimal.valueOf(perKind)))
                .subtract(BONUS_COST.multiply(BigDecimal.valueOf(perKind)));
        BigDecimal balance = sim.balance();
        long leaked = harness.leakedBuffers();
        int connections = harness.acquiredConnections();
        long blocking = ClientHarness.clientBlockingCalls();
        int operations = succeeded.values().stream().mapToInt(AtomicInteger::get).sum();
        Figures.record("throttling", "throttleRate=0.30 operations=" + 5 * perKind + " succeeded=" + succeeded
                + " throttledResponses=" + throttled + " statuses=" + harness.statuses() + " hits=" + onServer.size()
                + "/" + perKind + " extendedOnce=" + extendedOnce + " approvedOnce=" + oneApproval + " bonusOnce="
                + oneBonus + " balance=" + balance + " expected=" + expectedBalance + " leakedBuffers=" + leaked
                + " acquiredConnections=" + connections + " blockingCalls=" + blocking);

        assertEquals(5 * perKind, operations, "operations that succeeded");
        assertTrue(throttled > 0, "the drill must actually have been throttled");
        assertEquals(perKind, extendedOnce, "HITs extended exactly once");
        assertEquals(perKind, oneApproval, "assignments approved exactly once");
        assertEquals(perKind, oneBonus, "assignments with exactly one bonus");
        assertEquals(0, expectedBalance.compareTo(balance), "balance " + balance + ", expected " + expectedBalance);
        assertEquals(0, leaked, "leaked buffers");
        assertEquals(0, connections, "connections never given back");
        assertEquals(0, blocking, "blocking calls on client threads: " + ClientHarness.BLOCKING_CALLS);
    }

    private static CreateHitRequest hit(int i) {
        return CreateHitRequest.builder().title("Drill HIT " + i).description("throttling drill").reward(REWARD)
                .assignmentDuration(Duration.ofMinutes(10)).lifetime(Duration.ofDays(3)).maxAssignments(2)
                .question(RawWire.QUESTION).build();
    }

    private static Mono<Object> read(MTurkClient client, String hitId, int i) {
        return switch (i % 3) {
            case 0 -> client.getHit(hitId).cast(Object.class);
            case 1 -> client.getAccountBalance().cast(Object.class);
            default -> client.searchHits().cast(Object.class);
        };
    }
}
