package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Hundreds of concurrent requests: nothing lost, nothing duplicated. */
class ConcurrencyTest {
    @Test
    void twoHundredConcurrentCreatesAndApprovalsKeepExactState() {
        try (MTurkSimulator sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start()) {
            Wire wire = new Wire(sim);
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(wire.callAsync("CreateHIT", Wire.params("Title", "C" + i, "Description", "d",
                        "Reward.1.Amount", "0.10", "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60",
                        "LifetimeInSeconds", "600", "Question", Wire.FREE_TEXT_FORM, "UniqueRequestToken",
                        "t" + (i % 100))));
            }
            Set<String> created = new HashSet<>();
            int duplicates = 0;
            for (CompletableFuture<HttpResponse<String>> c : calls) {
                Wire.Reply r = new Wire.Reply(c.join().statusCode(), c.join().body());
                if (r.valid()) {
                    created.add(r.x("//HIT/HITId"));
                } else {
                    assertEquals("AWS.MechanicalTurk.HitAlreadyExists", r.errorCode());
                    duplicates++;
                }
            }
            assertEquals(100, created.size());
            assertEquals(100, duplicates);
            assertEquals("100", wire.call("SearchHITs").x("//TotalNumResults"));

            String worker = sim.workers().list().get(0).id();
            List<String> assignments = new ArrayList<>();
            for (String hit : created) {
                String a = sim.workers().accept(worker, hit);
                sim.workers().submit(a);
                assignments.add(a);
            }
            List<CompletableFuture<HttpResponse<String>>> approvals = new ArrayList<>();
            for (String a : assignments) {
                approvals.add(wire.callAsync("ApproveAssignment", Map.of("AssignmentId", a)));
                approvals.add(wire.callAsync("ApproveAssignment", Map.of("AssignmentId", a)));
            }
            long ok = approvals.stream().map(CompletableFuture::join)
                    .filter(r -> new Wire.Reply(r.statusCode(), r.body()).valid()).count();
            assertEquals(100, ok);
            assertEquals(new BigDecimal("10000.00").subtract(new BigDecimal("0.12").multiply(BigDecimal.valueOf(100))),
                    sim.balance());
        }
    }
}
