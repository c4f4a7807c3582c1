package mturk.reactive.benchmarks.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.SystemQualificationTypes;
import mturk.reactive.model.question.ExternalQuestion;
import mturk.reactive.model.request.CreateHitRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Our {@link MTurkClient} as the client under test: plain HTTP to the loopback server, dummy credentials (the
 * fixed-response server checks no signature, but the client signs every call as it would for the service), a pool
 * of 64 connections for the concurrency-64 publish.
 */
public final class CoreClient implements ClientUnderTest.Factory {

    /** The pool size: the publish concurrency. */
    static final int CONNECTIONS = 64;

    /** Used reflectively by the child JVMs. */
    public CoreClient() {
    }

    @Override
    public ClientUnderTest connect(int port) {
        MTurkClient client = MTurkClient.builder()
                .endpoint(Endpoint.of("http://127.0.0.1:" + port))
                .credentials(Credentials.of("AKIDBENCHMARK", "SECRETBENCHMARK"))
                .maxConnections(CONNECTIONS)
                .build();
        return new ClientUnderTest() {
            @Override
            public Flux<?> allAssignments(String hitId) {
                return client.getAllAssignments(hitId);
            }

            @Override
            public Flux<?> allHits() {
                return client.getAllHits();
            }

            @Override
            public Mono<?> createHit(int n) {
                return client.createHit(request(n));
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /** The same HIT as boto's {@code publish.py} creates for call {@code n}. */
    static CreateHitRequest request(int n) {
        return CreateHitRequest.builder()
                .question(new ExternalQuestion("https://tasks.example.com/label?item=" + n, 600).toXml())
                .lifetime(Duration.ofSeconds(86_400))
                .maxAssignments(3)
                .title("Label the objects in a street photo")
                .description("Pick every object you can see in the photo and describe the scene.")
                .keywords(List.of("image", "labeling", "photo"))
                .reward(Price.usd(new BigDecimal("0.05")))
                .assignmentDuration(Duration.ofSeconds(600))
                .autoApprovalDelay(Duration.ofSeconds(3600))
                .requesterAnnotation("batch-" + n / 1000)
                .qualificationRequirement(new QualificationRequirement(SystemQualificationTypes.PERCENT_ASSIGNMENTS_APPROVED,
                        Comparator.GREATER_THAN_OR_EQUAL_TO, null, List.of(95), List.of(), true))
                .qualificationRequirement(Requirements.locale(Comparator.IN, LocaleValue.of("US"), LocaleValue.of("CA")))
                .build();
    }
}
