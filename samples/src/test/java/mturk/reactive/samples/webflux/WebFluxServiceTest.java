package mturk.reactive.samples.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.EventType;
import mturk.reactive.samples.cli.SimulatorClients;
import mturk.reactive.samples.json.JsonReader;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The WebFlux sample against the simulator: plain JUnit 5 (Spring's JUnit integration wants JUnit 6), the
 * application started on a free loopback port, {@link WebTestClient} bound to it.
 */
class WebFluxServiceTest {

    static final String FORM = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q"
            + "</QuestionIdentifier><QuestionContent><Text>Say something</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    static MTurkSimulator sim;
    static MTurkClient client;
    static ConfigurableApplicationContext app;
    static WebTestClient web;
    static String base;

    @BeforeAll
    static void start() {
        sim = MTurkSimulator.builder().autoWork(true).workDelay(Duration.ofMillis(200)).start();
        client = SimulatorClients.client(sim);
        app = new SpringApplicationBuilder(MTurkWebFluxApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "mturk.endpoint=" + sim.endpoint(), "mturk.access-key=" + sim.accessKey(),
                        "mturk.secret-key=" + sim.secretKey())
                .run();
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        web = WebTestClient.bindToServer().baseUrl(base).responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stop() {
        app.close();
        client.close();
        sim.close();
    }

    private static String publish(String key, int assignments) {
        return web.post().uri("/hits").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                .bodyValue(Map.of("title", "Say something", "description", "One free-text answer", "reward", "0.10",
                        "assignments", assignments, "question", FORM))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("hitId").toString();
    }

    @Test
    void postingAHitTwiceWithOneIdempotencyKeyCreatesOneHit() {
        String first = publish("order-17", 1);
        String second = publish("order-17", 1);
        assertEquals(first, second);
    }

    @Test
    void aHitsAssignmentsStreamAsNdjson() {
        String hitId = publish("stream-1", 5);
        // Wait until the simulated workers have submitted all five.
        Flux.defer(() -> client.getAllAssignments(hitId).count().flux())
                .repeatWhen(r -> r.delayElements(Duration.ofMillis(100))).filter(n -> n == 5).blockFirst(
                        Duration.ofSeconds(30));
        Flux<String> lines = web.get().uri("/hits/{id}/assignments", hitId).accept(MediaType.APPLICATION_NDJSON)
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        StepVerifier.create(lines.map(JsonReader::parseObject), 1)
                .expectNextMatches(a -> hitId.equals(a.get("hitId")) && a.get("answers") instanceof List)
                .thenRequest(4)
                .expectNextCount(4)
                .verifyComplete();
    }

    @Test
    void verifiedNotificationsAreActedOnAndStreamed() {
        String hitId = publish("notify-1", 1);
        String hitTypeId = client.getHit(hitId).block().hitTypeId();
        client.setRestNotification(hitTypeId, base + "/notifications", EventType.ASSIGNMENT_SUBMITTED).block();
        String hit2 = publish("notify-2", 1);
        Flux<String> stream = web.get().uri("/notifications/stream").accept(MediaType.APPLICATION_NDJSON)
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        StepVerifier.create(stream.map(JsonReader::parseObject)
                        .filter(e -> hit2.equals(e.get("hitId")) && "AssignmentSubmitted".equals(e.get("eventType"))))
                .expectNextMatches(e -> e.get("assignment") instanceof Map
                        && hit2.equals(((Map<?, ?>) e.get("assignment")).get("hitId")))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void aNotificationWithAForgedSignatureIsRefused() {
        web.get().uri(b -> b.path("/notifications").queryParam("method", "Notify")
                        .queryParam("Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                        .queryParam("Timestamp", Instant.now().toString()).queryParam("Version", "2006-05-05")
                        .queryParam("Event.1.EventType", "AssignmentSubmitted")
                        .queryParam("Event.1.EventTime", Instant.now().toString())
                        .queryParam("Event.1.HITTypeId", "T").queryParam("Event.1.HITId", "H")
                        .queryParam("Event.1.AssignmentId", "A").build())
                .exchange()
                .expectStatus().isForbidden()
                .expectBody(String.class).consumeWith(r -> assertTrue(
                        r.getResponseBody().contains("signature does not match"), r.getResponseBody()));
    }
}
