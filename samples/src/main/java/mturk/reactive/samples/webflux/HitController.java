package mturk.reactive.samples.webflux;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Price;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.samples.harvest.AssignmentJson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /hits/{hitId}/assignments}: the HIT's assignments as NDJSON (one {@link AssignmentJson} line each),
 * streamed from the SDK's lazily paged listing, so a slow reader slows the paging down instead of filling memory.
 * {@code POST /hits}: creates a HIT; an {@code Idempotency-Key} header becomes the {@code UniqueRequestToken}, so a
 * client retrying the POST gets the same HIT. A body the SDK refuses before sending is answered 400 with the reason.
 */
@RestController
class HitController {

    private final MTurkClient client;

    HitController(MTurkClient client) {
        this.client = client;
    }

    @GetMapping(path = "/hits/{hitId}/assignments", produces = "application/x-ndjson")
    Flux<String> assignments(@PathVariable("hitId") String hitId) {
        return client.getAllAssignments(hitId).map(a -> AssignmentJson.toJson(a) + "\n");
    }

    /**
     * The body of {@code POST /hits}.
     *
     * @param title           HIT title
     * @param description     HIT description
     * @param reward          USD per assignment, whole cents
     * @param assignments     workers per HIT (default 1)
     * @param lifetimeSeconds how long the HIT is offered (default 1 day)
     * @param question        QuestionForm, ExternalQuestion or HTMLQuestion XML
     */
    record PublishHitBody(String title, String description, BigDecimal reward, Integer assignments,
                          Long lifetimeSeconds, String question) {
    }

    /** The answer of {@code POST /hits}. */
    record PublishedHit(String hitId, String hitTypeId) {
    }

    @PostMapping(path = "/hits", consumes = "application/json", produces = "application/json")
    Mono<ResponseEntity<PublishedHit>> publish(@RequestBody PublishHitBody body,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return Mono.fromSupplier(() -> CreateHitRequest.builder()
                        .title(body.title())
                        .description(body.description())
                        .reward(body.reward() == null ? null : Price.usd(body.reward()))
                        .assignmentDuration(Duration.ofMinutes(30))
                        .maxAssignments(body.assignments() == null ? 1 : body.assignments())
                        .lifetime(Duration.ofSeconds(body.lifetimeSeconds() == null ? 86_400 : body.lifetimeSeconds()))
                        .question(body.question())
                        .uniqueRequestToken(key)
                        .build())
                .flatMap(client::createHit)
                .map(hit -> ResponseEntity.created(URI.create("/hits/" + hit.hitId()))
                        .body(new PublishedHit(hit.hitId(), hit.hitTypeId())));
    }

    /** A request the SDK refuses before sending (a missing title, a reward with fractions of cents): 400. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(e.getMessage() + "\n");
    }
}
