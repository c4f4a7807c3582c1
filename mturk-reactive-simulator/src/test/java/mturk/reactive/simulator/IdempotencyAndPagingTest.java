package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UniqueRequestToken deduplication for 24 hours, and paging of listings. */
class IdempotencyAndPagingTest {
    MTurkSimulator sim;
    Wire wire;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start();
        wire = new Wire(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createHitReplayWithinADayIsHitAlreadyExistsNamingTheHit() {
        String hit = wire.newHit("UniqueRequestToken", "tok-1");
        Wire.Reply replay = wire.createHit("UniqueRequestToken", "tok-1");
        assertEquals("AWS.MechanicalTurk.HitAlreadyExists", replay.x("/CreateHITResponse/HIT/Request/Errors/Error/Code"));
        assertEquals("HITId", replay.x("//Errors/Error/Data/Key"));
        assertEquals(hit, replay.x("//Errors/Error/Data/Value"));
        assertTrue(replay.x("//Errors/Error/Message").contains(hit));
        assertEquals("1", wire.call("SearchHITs").x("//TotalNumResults"));
    }

    @Test
    void createHitReplayAfterADayCreatesAgain() {
        String hit = wire.newHit("UniqueRequestToken", "tok-2");
        sim.clock().advance(Duration.ofHours(24));
        assertNotEquals(hit, wire.newHit("UniqueRequestToken", "tok-2"));
    }

    @Test
    void grantBonusReplayIsDuplicateCallAndChargesOnce() {
        String hit = wire.newHit();
        String worker = sim.workers().list().get(1).id();
        String a = sim.workers().accept(worker, hit);
        sim.workers().submit(a);
        String[] p = {"WorkerId", worker, "AssignmentId", a, "BonusAmount.1.Amount", "2.00",
            "BonusAmount.1.CurrencyCode", "USD", "Reason", "r", "UniqueRequestToken", "b-1"};
        Wire.Reply first = wire.call("GrantBonus", p);
        assertTrue(first.valid());
        Wire.Reply replay = wire.call("GrantBonus", p);
        assertEquals("AWS.MechanicalTurk.DuplicateCall", replay.errorCode());
        assertTrue(replay.x("//Errors/Error/Message").contains(first.x("//RequestId")));
        assertEquals("1", wire.call("GetBonusPayments", "AssignmentId", a).x("//TotalNumResults"));
    }

    @Test
    void extendHitReplayIsDuplicateCall() {
        String hit = wire.newHit();
        String[] p = {"HITId", hit, "ExpirationIncrementInSeconds", "3600", "UniqueRequestToken", "e-1"};
        assertTrue(wire.call("ExtendHIT", p).valid());
        assertEquals("AWS.MechanicalTurk.DuplicateCall", wire.call("ExtendHIT", p).errorCode());
        assertEquals("2020-01-01T02:00:00Z", wire.call("GetHIT", "HITId", hit).x("//HIT/Expiration"));
    }

    @Test
    void tokenLongerThan64IsInvalid() {
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue",
                wire.createHit("UniqueRequestToken", "x".repeat(65)).errorCode());
    }

    @Test
    void searchHitsPagesWithTotalAndCoversEveryHitOnce() {
        for (int i = 0; i < 25; i++) {
            wire.newHit("Title", "HIT " + (char) ('a' + i));
        }
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            Wire.Reply r = wire.call("SearchHITs", "PageSize", "10", "PageNumber", Integer.toString(page),
                    "SortProperty", "Title", "SortDirection", "Descending");
            assertEquals("25", r.x("//TotalNumResults"));
            assertEquals(Integer.toString(page), r.x("//PageNumber"));
            List<String> ids = r.all("//HIT/HITId");
            assertEquals(page < 3 ? 10 : 5, ids.size());
            assertEquals(Integer.toString(ids.size()), r.x("//NumResults"));
            seen.addAll(ids);
            if (page == 1) {
                assertEquals("HIT y", r.x("//HIT[1]/Title"));
            }
        }
        assertEquals(25, seen.size());
        Wire.Reply past = wire.call("SearchHITs", "PageSize", "10", "PageNumber", "4");
        assertEquals("0", past.x("//NumResults"));
        assertEquals("25", past.x("//TotalNumResults"));
    }

    @Test
    void pagingEmitsNumResultsTotalThenPageNumber() {
        wire.newHit();
        String body = wire.call("SearchHITs").body();
        assertTrue(body.indexOf("<NumResults>") < body.indexOf("<TotalNumResults>")
                && body.indexOf("<TotalNumResults>") < body.indexOf("<PageNumber>"), body);
    }

    @Test
    void pageSizeOutsideOneToHundredIsOutOfRange() {
        assertEquals("AWS.ParameterOutOfRange", wire.call("SearchHITs", "PageSize", "101").errorCode());
        assertEquals("AWS.ParameterOutOfRange", wire.call("SearchHITs", "PageSize", "0").errorCode());
        assertEquals("AWS.ParameterOutOfRange", wire.call("GetAssignmentsForHIT", "HITId", wire.newHit(),
                "PageSize", "101").errorCode());
    }

    @Test
    void blockedWorkersPageUpTo65535() {
        for (int i = 0; i < 12; i++) {
            wire.call("BlockWorker", "WorkerId", "ABLOCKED" + (char) ('A' + i) + "0000", "Reason", "r");
        }
        Wire.Reply r = wire.call("GetBlockedWorkers", "PageSize", "1000");
        assertEquals("12", r.x("//TotalNumResults"));
        assertEquals(12, r.all("//WorkerBlock/WorkerId").size());
        assertEquals("AWS.ParameterOutOfRange", wire.call("GetBlockedWorkers", "PageSize", "65536").errorCode());
    }
}
