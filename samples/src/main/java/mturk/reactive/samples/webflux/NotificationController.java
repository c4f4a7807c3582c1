package mturk.reactive.samples.webflux;

import java.time.Duration;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.EventType;
import mturk.reactive.model.NotificationEvent;
import mturk.reactive.model.NotificationMessage;
import mturk.reactive.samples.harvest.AssignmentJson;
import mturk.reactive.samples.json.JsonWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * {@code GET /notifications}: the REST notification receiver (MTurk calls it with {@code method=Notify&…}). The
 * signature and timestamp are verified first; a notification that fails is answered 403 and nothing else happens.
 * For a verified {@code AssignmentSubmitted} event the assignment is fetched with the SDK; every verified event
 * (with its assignment, when there is one) is then published on {@code GET /notifications/stream} as NDJSON.
 */
@RestController
class NotificationController {

    private final MTurkClient client;
    private final NotificationVerifier verifier;
    private final Sinks.Many<String> events = Sinks.many().replay().limit(1024);

    NotificationController(MTurkClient client, NotificationVerifier verifier) {
        this.client = client;
        this.verifier = verifier;
    }

    @GetMapping("/notifications")
    Mono<ResponseEntity<String>> receive(@RequestParam MultiValueMap<String, String> params) {
        NotificationMessage message = verifier.verify(params.toSingleValueMap());
        return Flux.fromIterable(message.events())
                .concatMap(this::act)
                .doOnNext(line -> events.emitNext(line, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1))))
                .then(Mono.just(ResponseEntity.ok("")));
    }

    @GetMapping(path = "/notifications/stream", produces = "application/x-ndjson")
    Flux<String> stream() {
        return events.asFlux();
    }

    @ExceptionHandler(NotificationVerifier.InvalidNotificationException.class)
    ResponseEntity<String> refused(NotificationVerifier.InvalidNotificationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(e.getMessage() + "\n");
    }

    /** The event as one NDJSON line, with the submitted assignment fetched through the SDK. */
    private Mono<String> act(NotificationEvent event) {
        if (event.eventType() == EventType.ASSIGNMENT_SUBMITTED && event.assignmentId() != null) {
            return client.getAssignment(event.assignmentId())
                    .map(found -> line(event, AssignmentJson.toJson(found.assignment())));
        }
        return Mono.just(line(event, null));
    }

    private static String line(NotificationEvent event, String assignmentJson) {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb).beginObject()
                .member("eventType", event.eventTypeWire())
                .member("eventTime", event.eventTime() == null ? null : event.eventTime().toString())
                .member("hitTypeId", event.hitTypeId())
                .member("hitId", event.hitId())
                .member("assignmentId", event.assignmentId());
        if (assignmentJson != null) {
            w.name("assignment").rawValue(assignmentJson);
        }
        w.endObject();
        return sb.append('\n').toString();
    }
}
