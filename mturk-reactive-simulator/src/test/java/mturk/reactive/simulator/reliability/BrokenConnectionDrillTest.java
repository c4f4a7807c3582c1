package mturk.reactive.simulator.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;
import mturk.reactive.model.Price;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Broken connections: with 10 % of connections reset before the response (half of them after the simulator has
 * already applied the change) and 10 % of bodies cut mid-way, publishing creates exactly the HITs asked for, and
 * harvesting yields each assignment exactly once. 50 HITs and 500 assignments by default; 500 HITs and 5,000
 * assignments with {@code -Plong}.
 */
class BrokenConnectionDrillTest {

    private MTurkSimulator sim;
    private ClientHarness harness;

    private void start(int workers) {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).workers(workers).start();
        // a reset is usually seen at once as a premature close; a few are not (see docs/RELIABILITY.md), and the
        // response timeout ends those attempts, which are then retried
        harness = new ClientHarness(sim, ClientHarness.drillRetries(), b -> b.responseTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void breakConnections() {
        sim.faults().reset(0.10, Faults.ResetMode.RANDOM).truncate(0.10);
    }

    @Test
    void publishingCreatesEachHitExactlyOnce() {
        int hits = Figures.scale(50, 500);
        start(10);
        MTurkClient client = harness.client();
        breakConnections();
        List<String> returned = Flux.range(0, hits)
                .flatMap(i -> client.createHit(hit("Publish " + i, 1)), 16)
                .map(Hit::hitId)
                .collectList().block(Duration.ofMinutes(5));
        sim.faults().clear();
        List<String> onServer = new RawWire(sim).allHitIds();
        long leaked = harness.leakedBuffers();
        int connections = harness.acquiredConnections();
        Figures.record("broken.publish", "reset=0.10(random before/after) truncate=0.10 asked=" + hits
                + " returned=" + returned.size() + " distinctReturned=" + new HashSet<>(returned).size()
                + " onServer=" + onServer.size() + " attempts=" + harness.requests() + " statuses=" + harness.statuses() + " leakedBuffers=" + leaked
                + " acquiredConnections=" + connections + " blockingCalls=" + ClientHarness.clientBlockingCalls());
        assertEquals(hits, returned.size());
        assertEquals(hits, new HashSet<>(returned).size(), "a HIT id was returned twice");
        assertEquals(hits, onServer.size(), "HITs on the server");
        assertEquals(new HashSet<>(returned), new HashSet<>(onServer));
        assertEquals(0, leaked, "leaked buffers");
        assertEquals(0, connections, "connections never given back");
        assertEquals(0, ClientHarness.clientBlockingCalls(), "blocking calls: " + ClientHarness.BLOCKING_CALLS);
    }

    @Test
    void harvestingYieldsEachAssignmentExactlyOnce() {
        int perHit = Figures.scale(50, 100);
        int hitCount = Figures.scale(10, 50);
        start(perHit);
        MTurkClient client = harness.client();
        List<String> hitIds = Flux.range(0, hitCount).flatMap(i -> client.createHit(hit("Harvest " + i, perHit)), 8)
                .map(Hit::hitId).collectList().block(Duration.ofMinutes(2));
        Set<String> submitted = new HashSet<>();
        List<SimulatedWorker> workers = sim.workers().list();
        for (String hitId : hitIds) {
            for (int w = 0; w < perHit; w++) {
                String assignmentId = sim.workers().accept(workers.get(w).id(), hitId);
                sim.workers().submit(assignmentId);
                submitted.add(assignmentId);
            }
        }
        breakConnections();
        List<String> harvested = new ArrayList<>(Flux.fromIterable(hitIds)
                .concatMap(client::getAllAssignments)
                .map(Assignment::assignmentId)
                .collectList().block(Duration.ofMinutes(5)));
        sim.faults().clear();
        long leaked = harness.leakedBuffers();
        int connections = harness.acquiredConnections();
        Set<String> distinct = new HashSet<>(harvested);
        Set<String> missing = new HashSet<>(submitted);
        missing.removeAll(distinct);
        Figures.record("broken.harvest", "reset=0.10(random before/after) truncate=0.10 assignments="
                + submitted.size() + " harvested=" + harvested.size() + " duplicated=" + (harvested.size()
                - distinct.size()) + " missing=" + missing.size() + " attempts=" + harness.requests() + " statuses=" + harness.statuses()
                + " leakedBuffers=" + leaked + " acquiredConnections=" + connections + " blockingCalls="
                + ClientHarness.clientBlockingCalls());
        assertEquals(hitCount * perHit, submitted.size());
        assertEquals(submitted.size(), harvested.size(), "assignments harvested");
        assertEquals(distinct.size(), harvested.size(), "an assignment was harvested twice");
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertEquals(0, leaked, "leaked buffers");
        assertEquals(0, connections, "connections never given back");
        assertEquals(0, ClientHarness.clientBlockingCalls(), "blocking calls: " + ClientHarness.BLOCKING_CALLS);
    }

    static CreateHitRequest hit(String title, int maxAssignments) {
        return CreateHitRequest.builder().title(title).description("broken connection drill")
                .reward(Price.usd("0.10")).assignmentDuration(Duration.ofMinutes(10)).lifetime(Duration.ofDays(3))
                .maxAssignments(maxAssignments).question(RawWire.QUESTION).build();
    }
}
