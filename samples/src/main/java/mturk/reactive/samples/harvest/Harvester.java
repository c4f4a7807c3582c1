package mturk.reactive.samples.harvest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Hit;
import mturk.reactive.samples.review.Retries;
import mturk.reactive.samples.review.Reviews;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Streams every assignment of every HIT (or of one HIT type) to JSON Lines as the pages are parsed, in constant
 * memory: HITs are paged lazily and taken one at a time, each HIT's assignments are paged lazily, each assignment is
 * written and forgotten. Only the ids of the current HIT's assignments are remembered, to drop a repeat when a listing
 * that failed midway is fetched again. File writes happen on a blocking-capable thread, never on the event loop.
 *
 * <p>With {@code approve}, each Submitted assignment is approved after its line is written, once: a repeat answered
 * with {@code InvalidAssignmentState} counts as done when the assignment is in fact Approved.
 */
public final class Harvester {

    /**
     * What a harvest wrote.
     *
     * @param hits        HITs visited
     * @param assignments assignment lines written
     * @param approved    assignments approved
     */
    public record Result(long hits, long assignments, long approved) {
    }

    private final MTurkClient client;
    private final String hitTypeId;
    private final List<AssignmentStatus> statuses;
    private final boolean approve;

    /**
     * @param client    the SDK client (not closed here)
     * @param hitTypeId only HITs of this type, or null for every HIT
     * @param statuses  only assignments in these states; empty for all
     * @param approve   approve each Submitted assignment after writing it
     */
    public Harvester(MTurkClient client, String hitTypeId, List<AssignmentStatus> statuses, boolean approve) {
        this.client = Objects.requireNonNull(client, "client");
        this.hitTypeId = hitTypeId;
        this.statuses = List.copyOf(statuses);
        this.approve = approve;
    }

    /**
     * Harvests into {@code out} (not closed; flushed after each HIT and at the end, on a blocking-capable thread).
     *
     * @param onAssignment called after each line is written, e.g. to advance progress
     */
    public Mono<Result> harvest(Writer out, Consumer<Assignment> onAssignment) {
        BufferedWriter writer = out instanceof BufferedWriter ? (BufferedWriter) out : new BufferedWriter(out, 1 << 16);
        AtomicLong hits = new AtomicLong();
        AtomicLong lines = new AtomicLong();
        AtomicLong approved = new AtomicLong();
        String[] lastHit = {""};
        // A listing that fails after its first items is resumed: the HIT listing skips the HITs already taken
        // (its order is stable: creation time, ascending), a HIT's listing drops the assignments already seen.
        AtomicLong hitsTaken = new AtomicLong();
        Flux<Hit> allHits = Flux.defer(() -> client.getAllHits().skip(hitsTaken.get()))
                .doOnNext(hit -> hitsTaken.incrementAndGet())
                .retryWhen(Retries.TRANSIENT)
                .filter(hit -> hitTypeId == null || hitTypeId.equals(hit.hitTypeId()));
        return allHits
                .concatMap(hit -> {
                    hits.incrementAndGet();
                    Set<String> seen = new HashSet<>();
                    return Flux.defer(() -> assignments(hit.hitId()))
                            .filter(a -> seen.add(a.assignmentId()))
                            .retryWhen(Retries.TRANSIENT);
                }, 1)
                .publishOn(Schedulers.boundedElastic(), 64)
                .doOnNext(a -> {
                    if (!Objects.equals(a.hitId(), lastHit[0])) {
                        flush(writer);
                        lastHit[0] = a.hitId();
                    }
                    write(writer, a);
                    lines.incrementAndGet();
                    onAssignment.accept(a);
                })
                .filter(a -> approve && a.assignmentStatus() == AssignmentStatus.SUBMITTED)
                .flatMap(a -> Reviews.approve(client, a.assignmentId(), null).doOnSuccess(v -> approved.incrementAndGet()),
                        8)
                .then(Mono.fromRunnable(() -> flush(writer)).subscribeOn(Schedulers.boundedElastic()))
                .then(Mono.fromSupplier(() -> new Result(hits.get(), lines.get(), approved.get())));
    }

    private Flux<Assignment> assignments(String hitId) {
        if (statuses.isEmpty()) {
            return client.getAllAssignments(hitId);
        }
        return client.getAllAssignments(hitId, statuses.toArray(new AssignmentStatus[0]));
    }

    private static void write(BufferedWriter writer, Assignment a) {
        try {
            AssignmentJson.write(a, writer);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(BufferedWriter writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
