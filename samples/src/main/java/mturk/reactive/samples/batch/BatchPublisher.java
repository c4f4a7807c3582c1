package mturk.reactive.samples.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Hit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes one HIT per input row, exactly once, with bounded concurrency.
 *
 * <p>The flow: register the batch's HIT type; read the rows lazily (on a blocking-capable thread, never on the
 * event loop); skip rows the {@link PublishJournal} already holds; send {@code CreateHIT} for at most
 * {@code concurrency} rows at a time, each with the row's deterministic {@link RequestTokens#forRow token}; append
 * each created HIT to the journal the moment it is known. A row whose token the service has already seen (a retry
 * after a lost response, or a re-run after a crash that came before the journal line) is answered with the existing
 * HIT id and journalled like a new one, so no row ever gets two HITs. A row that fails for good is reported to the
 * failure callback and the batch goes on; re-running the same command retries exactly the missing rows.
 *
 * <p>Rows must already have been checked with {@link BatchCheck}; a template error here fails the batch.
 */
public final class BatchPublisher {

    /**
     * What a publish run did.
     *
     * @param hitTypeId the batch's HIT type
     * @param created   HITs created (or recovered by token) in this run
     * @param skipped   rows the journal already held
     * @param failed    rows that failed for good
     */
    public record Result(String hitTypeId, long created, long skipped, long failed) {
    }

    /** One published row: the row number and the HIT's id. */
    public record Published(long row, String hitId) {
    }

    private final MTurkClient client;
    private final HitProperties properties;
    private final QuestionTemplate template;
    private final Path input;
    private final int concurrency;

    /**
     * @param client      the SDK client (not closed here)
     * @param properties  the batch's HIT properties
     * @param template    the question template
     * @param input       the CSV or JSONL rows
     * @param concurrency how many {@code CreateHIT} calls may be in flight, 1..256
     */
    public BatchPublisher(MTurkClient client, HitProperties properties, QuestionTemplate template, Path input,
                          int concurrency) {
        this.client = Objects.requireNonNull(client, "client");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.template = Objects.requireNonNull(template, "template");
        this.input = Objects.requireNonNull(input, "input");
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("concurrency must be between 1 and 256, was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /**
     * Runs the batch. Nothing happens until subscription; cancelling stops sending new rows (HITs already sent
     * may or may not be created; a re-run recovers them by token).
     *
     * @param journal   the success journal; its batch id seeds the tokens
     * @param onCreated called for each HIT created (after its journal line is written), e.g. to advance progress
     * @param onFailed  called for each row that failed for good, with the error
     */
    public Mono<Result> publish(PublishJournal journal, BiConsumer<Published, String> onCreated,
                                BiConsumer<Row, Throwable> onFailed) {
        return client.registerHitType(BatchRequests.hitType(properties)).flatMap(hitTypeId -> {
            AtomicLong created = new AtomicLong();
            AtomicLong skipped = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            String source = input.toString();
            Flux<Row> rows = Flux.using(() -> RowReader.open(input), reader -> Flux.fromIterable(() -> reader),
                            RowReader::close)
                    .subscribeOn(Schedulers.boundedElastic());
            return rows
                    .filter(row -> {
                        if (journal.isDone(row.number())) {
                            skipped.incrementAndGet();
                            return false;
                        }
                        return true;
                    })
                    .flatMap(row -> createHit(hitTypeId, row, source, journal.batchId())
                            .map(hitId -> new Published(row.number(), hitId))
                            .onErrorResume(e -> !(e instanceof InputException), e -> {
                                failed.incrementAndGet();
                                onFailed.accept(row, e);
                                return Mono.empty();
                            }), concurrency)
                    .publishOn(Schedulers.boundedElastic(), 32)
                    .doOnNext(published -> {
                        journal.record(published.row(), published.hitId(), hitTypeId);
                        created.incrementAndGet();
                        onCreated.accept(published, hitTypeId);
                    })
                    .then(Mono.fromSupplier(() -> new Result(hitTypeId, created.get(), skipped.get(), failed.get())));
        });
    }

    private Mono<String> createHit(String hitTypeId, Row row, String source, String batchId) {
        return Mono.defer(() -> {
            String question = template.fill(row, source);
            String token = RequestTokens.forRow(batchId, row);
            // A token the service has already seen is answered with the existing HIT (MTurkClient.createHit).
            return client.createHit(BatchRequests.hit(properties, hitTypeId, question, token)).map(Hit::hitId);
        });
    }
}
