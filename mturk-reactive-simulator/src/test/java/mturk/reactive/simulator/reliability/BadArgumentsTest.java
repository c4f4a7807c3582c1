package mturk.reactive.simulator.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.ExtendHitRequest;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.model.request.NotifyWorkersRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.model.request.SearchHitsRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Bad arguments through the client: every documented request limit is tried on both sides. The value at the bound
 * builds; the value just past it gives an {@link IllegalArgumentException} naming the field and the limit, before any
 * byte is sent: the client's endpoint is a loopback listener that never accepts, and it must have no connection
 * waiting afterwards.
 */
class BadArgumentsTest {

    /** One limit: the request at its bound, and the client call just past it. */
    private record Bound(String name, Runnable atBound, Function<MTurkClient, Mono<?>> pastBound, String field,
                         String limit) {
    }

    private static String chars(int n) {
        return "x".repeat(n);
    }

    private static CreateHitRequest.Builder hit() {
        return CreateHitRequest.builder().title("t").description("d").reward(Price.usd("0.10"))
                .assignmentDuration(Duration.ofMinutes(10)).lifetime(Duration.ofDays(1)).question(RawWire.QUESTION);
    }

    private static Bound createHit(String name, Function<CreateHitRequest.Builder, CreateHitRequest.Builder> at,
                                   Function<CreateHitRequest.Builder, CreateHitRequest.Builder> past, String field,
                                   String limit) {
        return new Bound("CreateHIT " + name, () -> at.apply(hit()).build(),
                c -> c.createHit(past.apply(hit()).build()), field, limit);
    }

    private static List<QualificationRequirement> requirements(int n) {
        return Collections.nCopies(n, Requirements.adult());
    }

    private static List<String> workers(int n) {
        return IntStream.range(0, n).mapToObj(i -> "W" + i).toList();
    }

    static List<Bound> bounds() {
        Duration year = Duration.ofDays(365);
        return List.of(
                createHit("title", b -> b.title(chars(128)), b -> b.title(chars(129)), "title", "128"),
                createHit("description", b -> b.description(chars(2000)), b -> b.description(chars(2001)),
                        "description", "2000"),
                createHit("keywords", b -> b.keywords(chars(1000)), b -> b.keywords(chars(1001)), "keywords", "1000"),
                createHit("reward not negative", b -> b.reward(Price.usd("0")), b -> b.reward(Price.usd("-0.01")),
                        "reward", "0"),
                createHit("reward decimals", b -> b.reward(Price.usd("0.01")), b -> b.reward(Price.usd("0.001")),
                        "reward", "2"),
                createHit("assignmentDuration min", b -> b.assignmentDuration(Duration.ofSeconds(30)),
                        b -> b.assignmentDuration(Duration.ofSeconds(29)), "assignmentDuration", "30"),
                createHit("assignmentDuration max", b -> b.assignmentDuration(year),
                        b -> b.assignmentDuration(year.plusSeconds(1)), "assignmentDuration", "31536000"),
                createHit("lifetime min", b -> b.lifetime(Duration.ofSeconds(30)),
                        b -> b.lifetime(Duration.ofSeconds(29)), "lifetime", "30"),
                createHit("lifetime max", b -> b.lifetime(year), b -> b.lifetime(year.plusSeconds(1)), "lifetime",
                        "31536000"),
                createHit("autoApprovalDelay min", b -> b.autoApprovalDelay(Duration.ZERO),
                        b -> b.autoApprovalDelay(Duration.ofSeconds(-1)), "autoApprovalDelay", "0"),
                createHit("autoApprovalDelay max", b -> b.autoApprovalDelay(Duration.ofDays(30)),
                        b -> b.autoApprovalDelay(Duration.ofDays(30).plusSeconds(1)), "autoApprovalDelay", "2592000"),
                createHit("maxAssignments min", b -> b.maxAssignments(1), b -> b.maxAssignments(0), "maxAssignments",
                        "1"),
                createHit("maxAssignments max", b -> b.maxAssignments(1_000_000_000),
                        b -> b.maxAssignments(1_000_000_001), "maxAssignments", "1000000000"),
                createHit("requesterAnnotation", b -> b.requesterAnnotation(chars(255)),
                        b -> b.requesterAnnotation(chars(256)), "requesterAnnotation", "255"),
                createHit("uniqueRequestToken", b -> b.uniqueRequestToken(chars(64)),
                        b -> b.uniqueRequestToken(chars(65)), "uniqueRequestToken", "64"),
                createHit("qualificationRequirements", b -> b.qualificationRequirements(requirements(10)),
                        b -> b.qualificationRequirements(requirements(11)), "qualificationRequirements", "10"),
                createHit("question size", b -> b.question(padded(65_535)), b -> b.question(padded(65_536)),
                        "question", "65535"),
                new Bound("ExtendHIT assignments min", () -> ExtendHitRequest.addAssignments("H", 1),
                        c -> c.extendHit("H", 0), "maxAssignmentsIncrement", "1"),
                new Bound("ExtendHIT assignments max", () -> ExtendHitRequest.addAssignments("H", 1_000_000_000),
                        c -> c.extendHit("H", 1_000_000_001), "maxAssignmentsIncrement", "1000000000"),
                new Bound("ExtendHIT expiration min", () -> ExtendHitRequest.extendExpiration("H",
                        Duration.ofHours(1)), c -> c.extendHit("H", Duration.ofSeconds(3599)), "expirationIncrement",
                        "3600"),
                new Bound("ExtendHIT expiration max", () -> ExtendHitRequest.extendExpiration("H", year),
                        c -> c.extendHit("H", year.plusSeconds(1)), "expirationIncrement", "31536000"),
                new Bound("GrantBonus amount not negative", () -> GrantBonusRequest.of("W", "A", Price.usd("0"), "r"),
                        c -> c.grantBonus("W", "A", Price.usd("-0.01"), "r"), "bonusAmount", "0"),
                new Bound("GrantBonus amount decimals", () -> GrantBonusRequest.of("W", "A", Price.usd("0.01"), "r"),
                        c -> c.grantBonus("W", "A", Price.usd("0.001"), "r"), "bonusAmount", "2"),
                new Bound("ApproveAssignment feedback", () -> new mturk.reactive.model.request
                        .AssignmentDecisionRequest("A", chars(1024)),
                        c -> c.approveAssignment("A", chars(1025)), "requesterFeedback", "1024"),
                new Bound("RejectAssignment feedback", () -> new mturk.reactive.model.request
                        .AssignmentDecisionRequest("A", chars(1024)),
                        c -> c.rejectAssignment("A", chars(1025)), "requesterFeedback", "1024"),
                new Bound("NotifyWorkers subject", () -> NotifyWorkersRequest.of(chars(200), "m", "W"),
                        c -> c.notifyWorkers(workers(1), chars(201), "m"), "subject", "200"),
                new Bound("NotifyWorkers message", () -> NotifyWorkersRequest.of("s", chars(4096), "W"),
                        c -> c.notifyWorkers(workers(1), "s", chars(4097)), "messageText", "4096"),
                new Bound("NotifyWorkers workers max", () -> new NotifyWorkersRequest("s", "m", workers(100)),
                        c -> c.notifyWorkers(workers(101), "s", "m"), "workerIds", "100"),
                new Bound("NotifyWorkers workers min", () -> new NotifyWorkersRequest("s", "m", workers(1)),
                        c -> c.notifyWorkers(workers(0), "s", "m"), "workerIds", "1"),
                new Bound("SearchHITs page size min", () -> PageRequest.of(1, 1),
                        c -> c.searchHits(SearchHitsRequest.builder().page(PageRequest.of(0, 1)).build()), "pageSize",
                        "1"),
                new Bound("SearchHITs page size max", () -> PageRequest.of(100, 1),
                        c -> c.searchHits(SearchHitsRequest.builder().page(PageRequest.of(101, 1)).build()),
                        "pageSize", "100"));
    }

    /** A QuestionForm padded with a comment to exactly {@code bytes} UTF-8 bytes. */
    private static String padded(int bytes) {
        String open = RawWire.QUESTION + "<!--";
        return open + "x".repeat(bytes - open.length() - 3) + "-->";
    }

    @Test
    void everyLimitHoldsOnBothSidesBeforeAnyByteIsSent() throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            List<String> failures = new ArrayList<>();
            int sides = 0;
            try (MTurkClient client = MTurkClient.builder().endpoint(Endpoint.of("http://127.0.0.1:" + port + "/"))
                    .credentials(Credentials.of("AKID", "secret")).build()) {
                for (Bound b : bounds()) {
                    assertDoesNotThrow(b.atBound()::run, b.name() + " at its bound");
                    sides++;
                    Throwable e = refusal(() -> b.pastBound().apply(client));
                    sides++;
                    if (!(e instanceof IllegalArgumentException) || !e.getMessage().contains(b.field())
                            || !e.getMessage().contains(b.limit())) {
                        failures.add(b.name() + ": " + e);
                    }
                }
            }
            assertNull(listener.accept(), "a bad argument opened a connection");
            Figures.record("bad-arguments", "limits=" + bounds().size() + " sidesTried=" + sides
                    + " refusedWithFieldAndLimit=" + (bounds().size() - failures.size()) + " bytesSent=0");
            assertTrue(failures.isEmpty(), "limits not refused with a clear message: " + failures);
        }
    }

    /** @return the error of the call, thrown at assembly or signalled on subscription */
    private static Throwable refusal(Supplier<Mono<?>> call) {
        try {
            return call.get().then(Mono.<Throwable>empty()).onErrorResume(Mono::just)
                    .block(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void aRefusalMessageNamesTheFieldTheValueAndTheLimit() {
        Throwable e = refusal(() -> Mono.fromCallable(() -> hit().title(chars(129)).build()));
        IllegalArgumentException iae = assertInstanceOf(IllegalArgumentException.class, e);
        assertTrue(iae.getMessage().contains("title") && iae.getMessage().contains("128")
                && iae.getMessage().contains("129"), iae.getMessage());
    }
}
