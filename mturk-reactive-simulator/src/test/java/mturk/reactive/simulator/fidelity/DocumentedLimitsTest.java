package mturk.reactive.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both sides of every documented numeric and length bound, with the documented error code, read on the wire. */
class DocumentedLimitsTest {
    private static final String QUESTION = "<ExternalQuestion xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd\"><ExternalURL>https://example.com/q"
            + "</ExternalURL><FrameHeight>400</FrameHeight></ExternalQuestion>";

    private static MTurkSimulator sim;
    private static RawClient client;

    @BeforeAll
    static void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2024-01-01T00:00:00Z")).seed(5).workers(1).start();
        client = new RawClient(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static RawClient.Reply createHitWith(String name, String value) {
        List<String> kv = new ArrayList<>(List.of("Title", "limits", "Description", "d", "Reward.1.Amount", "0.01",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "300", "LifetimeInSeconds", "3600",
                "Question", QUESTION));
        int at = kv.indexOf(name);
        if (at >= 0) {
            kv.set(at + 1, value);
        } else {
            kv.add(name);
            kv.add(value);
        }
        return client.post("CreateHIT", kv.toArray(String[]::new));
    }

    private static String outcome(RawClient.Reply r) {
        return "True".equals(r.text("(//Request/IsValid)[1]")) ? "ok" : r.errorCode();
    }

    @ParameterizedTest(name = "CreateHIT {0}={1} -> {2}")
    @CsvSource({
        "LifetimeInSeconds, 29, AWS.ParameterOutOfRange",
        "LifetimeInSeconds, 30, ok",
        "LifetimeInSeconds, 31536000, ok",
        "LifetimeInSeconds, 31536001, AWS.ParameterOutOfRange",
        "AssignmentDurationInSeconds, 29, AWS.ParameterOutOfRange",
        "AssignmentDurationInSeconds, 30, ok",
        "AssignmentDurationInSeconds, 31536000, ok",
        "AssignmentDurationInSeconds, 31536001, AWS.ParameterOutOfRange",
        "AutoApprovalDelayInSeconds, -1, AWS.ParameterOutOfRange",
        "AutoApprovalDelayInSeconds, 0, ok",
        "AutoApprovalDelayInSeconds, 2592000, ok",
        "AutoApprovalDelayInSeconds, 2592001, AWS.ParameterOutOfRange",
        "MaxAssignments, 0, AWS.ParameterOutOfRange",
        "MaxAssignments, 1, ok",
        "MaxAssignments, 1000000001, AWS.ParameterOutOfRange",
        "MaxAssignments, green, AWS.MechanicalTurk.InvalidParameterValue",
        "Reward.1.Amount, -0.01, AWS.ParameterOutOfRange",
    })
    void createHitNumericBounds(String name, String value, String expected) {
        assertEquals(expected, outcome(createHitWith(name, value)));
    }

    @ParameterizedTest(name = "CreateHIT {0} of {1} chars -> {2}")
    @CsvSource({
        "Title, 128, ok",
        "Title, 129, AWS.MechanicalTurk.InvalidParameterValue",
        "Description, 2000, ok",
        "Description, 2001, AWS.MechanicalTurk.InvalidParameterValue",
        "Keywords, 1000, ok",
        "Keywords, 1001, AWS.MechanicalTurk.InvalidParameterValue",
        "RequesterAnnotation, 255, ok",
        "RequesterAnnotation, 256, AWS.MechanicalTurk.InvalidParameterValue",
        "UniqueRequestToken, 64, ok",
        "UniqueRequestToken, 65, AWS.MechanicalTurk.InvalidParameterValue",
    })
    void createHitLengthBounds(String name, int length, String expected) {
        String value = (name + "-" + System.nanoTime() + "x".repeat(length)).substring(0, length);
        assertEquals(expected, outcome(createHitWith(name, value)));
    }

    @ParameterizedTest(name = "{0} {1}={2} -> {3}")
    @CsvSource({
        "SearchHITs, PageSize, 0, AWS.ParameterOutOfRange",
        "SearchHITs, PageSize, 100, ok",
        "SearchHITs, PageSize, 101, AWS.ParameterOutOfRange",
        "SearchHITs, PageNumber, 0, AWS.ParameterOutOfRange",
        "GetBlockedWorkers, PageSize, 65535, ok",
        "GetBlockedWorkers, PageSize, 65536, AWS.ParameterOutOfRange",
        "GetReviewableHITs, PageSize, 101, AWS.ParameterOutOfRange",
        "GetQualificationRequests, PageSize, 101, AWS.ParameterOutOfRange",
    })
    void pagingBounds(String operation, String name, String value, String expected) {
        assertEquals(expected, outcome(client.post(operation, name, value)));
    }

    @ParameterizedTest(name = "ExtendHIT ExpirationIncrementInSeconds={0} -> {1}")
    @CsvSource({
        "3599, AWS.ParameterOutOfRange",
        "3600, ok",
        "31536000, ok",
        "31536001, AWS.ParameterOutOfRange",
    })
    void extendHitExpirationIncrementBounds(String value, String expected) {
        String hit = createHitWith("Title", "extend").text("//HIT/HITId");
        assertEquals(expected, outcome(client.post("ExtendHIT", "HITId", hit, "ExpirationIncrementInSeconds", value)));
    }

    @ParameterizedTest(name = "GetReviewResultsForHIT PageSize={0} -> {1}")
    @CsvSource({"99, AWS.ParameterOutOfRange", "100, ok", "65535, ok", "65536, AWS.ParameterOutOfRange"})
    void reviewResultsPageSizeBounds(String value, String expected) {
        String hit = createHitWith("Title", "review").text("//HIT/HITId");
        assertEquals(expected, outcome(client.post("GetReviewResultsForHIT", "HITId", hit, "PageSize", value)));
    }

    @ParameterizedTest(name = "NotifyWorkers to {0} workers -> {1}")
    @CsvSource({"100, ok", "101, AWS.ParameterOutOfRange"})
    void notifyWorkersRecipientBounds(int count, String expected) {
        List<String> kv = new ArrayList<>(List.of("Subject", "s", "MessageText", "m"));
        for (int i = 1; i <= count; i++) {
            kv.add("WorkerId." + i);
            kv.add(String.format("A%013d", i));
        }
        assertEquals(expected, outcome(client.post("NotifyWorkers", kv.toArray(String[]::new))));
    }
}
