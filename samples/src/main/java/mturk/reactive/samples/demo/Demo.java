package mturk.reactive.samples.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Hit;
import mturk.reactive.model.Price;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.question.QuestionForm;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;
import mturk.reactive.samples.batch.RequestTokens;
import mturk.reactive.samples.batch.Row;
import mturk.reactive.samples.review.Retries;
import mturk.reactive.samples.review.Reviews;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo: a sentiment-labelling batch from start to paid.
 *
 * <ol>
 *   <li>Read the balance; register one HIT type.</li>
 *   <li>Publish {@code hits} QuestionForm HITs (a sentence, a three-way choice, an optional comment), at most
 *       {@code concurrency} {@code CreateHIT} calls in flight, each with a deterministic request token.</li>
 *   <li>Meanwhile, poll {@code GetReviewableHITs} for the HIT type and stream each newly reviewable HIT's
 *       assignments as the workers' submissions arrive; a reviewed HIT is set to Reviewing, which takes it out of
 *       the next sweep.</li>
 *   <li>Review each HIT by the stated rule: <b>an answer that agrees with the majority of the HIT's answers is
 *       approved, one that disagrees is rejected; when there is no majority, every answer is approved.</b></li>
 *   <li>Pay a bonus to the {@code bonusWinners} workers with the most approved answers (ties: lower worker id).</li>
 *   <li>Read the balance again and return the {@link DemoSummary}.</li>
 * </ol>
 * The same code runs against the embedded simulator and against any endpoint.
 */
public final class Demo {

    /** Something the demo did, for a progress line. */
    public enum Step { HIT_PUBLISHED, ASSIGNMENT_REVIEWED }

    private final MTurkClient client;
    private final DemoSettings settings;
    private final List<Sentences.Item> items;
    private final String runId;

    /**
     * @param client   the SDK client (not closed here)
     * @param settings what to publish and pay
     * @param runId    seeds the request tokens: the same id makes a re-run recognise its own HITs and bonuses
     */
    public Demo(MTurkClient client, DemoSettings settings, String runId) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.items = Sentences.generate(settings.hits(), settings.seed());
    }

    /** Runs the demo; {@code onStep} is called for each HIT published and each assignment reviewed. */
    public Mono<DemoSummary> run(java.util.function.Consumer<Step> onStep) {
        long start = System.nanoTime();
        return client.getAccountBalance().map(b -> b.availableBalance().amount()).flatMap(before ->
                client.registerHitType(hitType()).flatMap(hitTypeId -> {
                    Map<String, Sentences.Item> byHit = new ConcurrentHashMap<>();
                    Set<String> reviewed = ConcurrentHashMap.newKeySet();
                    AtomicLong published = new AtomicLong();
                    AtomicReference<Boolean> publishing = new AtomicReference<>(true);
                    Tally tally = new Tally();

                    Mono<Void> publish = Flux.fromIterable(items)
                            .flatMap(item -> client.createHit(hit(hitTypeId, item))
                                    .doOnNext(hit -> {
                                        byHit.put(hit.hitId(), item);
                                        published.incrementAndGet();
                                        onStep.accept(Step.HIT_PUBLISHED);
                                    }), settings.concurrency())
                            .doFinally(s -> publishing.set(false))
                            .then();

                    Mono<Void> review = Flux.defer(() -> client.getAllReviewableHits(hitTypeId))
                            .filter(hit -> byHit.containsKey(hit.hitId()) && reviewed.add(hit.hitId()))
                            .repeatWhen(sweeps -> sweeps.delayElements(settings.poll())
                                    .takeWhile(x -> publishing.get() || reviewed.size() < published.get()))
                            .flatMap(hit -> reviewHit(hit, byHit.get(hit.hitId()), tally, onStep), 8)
                            .take(settings.timeout())
                            .then();

                    return Mono.when(publish, review)
                            .then(Mono.defer(() -> payBonuses(tally)))
                            .then(client.getAccountBalance())
                            .map(after -> new DemoSummary(hitTypeId, published.get(), tally.assignments.get(),
                                    tally.approved.get(), tally.rejected.get(), tally.bonuses.get(),
                                    settings.bonus().multiply(BigDecimal.valueOf(tally.bonuses.get())),
                                    before, after.availableBalance().amount(),
                                    Duration.ofNanos(System.nanoTime() - start), tally.agreement(),
                                    reviewed.size() < published.get()));
                }));
    }

    private RegisterHitTypeRequest hitType() {
        return RegisterHitTypeRequest.builder()
                .title("Is this product review positive, negative or neutral? (mturk-reactive demo)")
                .description("Read one sentence from a product review and say how the writer feels.")
                .keywords("sentiment, review, label, demo")
                .reward(Price.usd(settings.reward()))
                .assignmentDuration(Duration.ofMinutes(5))
                .autoApprovalDelay(Duration.ofDays(3))
                .build();
    }

    private CreateHitRequest hit(String hitTypeId, Sentences.Item item) {
        QuestionForm form = DemoQuestions.form(item.text());
        String token = RequestTokens.forRow(runId, new Row(item.number(), 1, Map.of("text", item.text())));
        return CreateHitRequest.builder()
                .hitTypeId(hitTypeId)
                .question(form.toXml())
                .maxAssignments(settings.assignmentsPerHit())
                .lifetime(Duration.ofHours(1))
                .requesterAnnotation("demo item " + item.number())
                .uniqueRequestToken(token)
                .build();
    }

    /** Reviews one HIT's submitted assignments by the majority rule. */
    private Mono<Void> reviewHit(Hit hit, Sentences.Item item, Tally tally, java.util.function.Consumer<Step> onStep) {
        return client.getAllAssignments(hit.hitId()).collectList().flatMap(assignments -> {
            Map<String, Long> votes = assignments.stream()
                    .map(Demo::label).flatMap(Optional::stream)
                    .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
            Optional<String> majority = votes.entrySet().stream()
                    .filter(e -> e.getValue() * 2 > assignments.size())
                    .map(Map.Entry::getKey).findFirst();
            majority.ifPresent(m -> tally.majority(m.equals(item.label())));
            return Flux.fromIterable(assignments)
                    .filter(a -> a.assignmentStatus() == AssignmentStatus.SUBMITTED)
                    .flatMap(a -> {
                        boolean agrees = majority.isEmpty() || majority.equals(label(a));
                        Mono<Void> call = agrees
                                ? Reviews.approve(client, a.assignmentId(), "Thank you: your label agrees with "
                                        + "the other workers'.")
                                : Reviews.reject(client, a.assignmentId(), "Most workers labelled this sentence '"
                                        + majority.get() + "'.");
                        return call.doOnSuccess(v -> {
                            tally.assignments.incrementAndGet();
                            (agrees ? tally.approved : tally.rejected).incrementAndGet();
                            if (agrees) {
                                tally.approvedBy(a.workerId(), a.assignmentId());
                            }
                            onStep.accept(Step.ASSIGNMENT_REVIEWED);
                        });
                    }, 4)
                    .then(markReviewing(hit.hitId()));
        });
    }

    /**
     * Moves a reviewed HIT to Reviewing, so that it leaves the GetReviewableHITs sweep. A repeat after an ambiguous
     * failure is refused with InvalidHITState, which means it is done.
     */
    private Mono<Void> markReviewing(String hitId) {
        return Mono.defer(() -> client.setReviewing(hitId))
                .retryWhen(Retries.TRANSIENT)
                .onErrorResume(e -> e instanceof MTurkServiceException
                        && ((MTurkServiceException) e).findError("AWS.MechanicalTurk.InvalidHITState").isPresent(),
                        e -> Mono.empty());
    }

    private Mono<Void> payBonuses(Tally tally) {
        List<Map.Entry<String, List<String>>> best = new ArrayList<>(tally.approvedByWorker.entrySet());
        best.sort(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        return Flux.fromIterable(best.subList(0, Math.min(settings.bonusWinners(), best.size())))
                .concatMap(e -> {
                    String assignmentId = e.getValue().get(0);
                    GrantBonusRequest bonus = new GrantBonusRequest(e.getKey(), assignmentId,
                            Price.usd(settings.bonus()), "Thank you: " + e.getValue().size()
                            + " of your labels agreed with the majority, more than anyone else's.",
                            RequestTokens.forBonus(runId, assignmentId));
                    return client.grantBonus(bonus).doOnSuccess(v -> tally.bonuses.incrementAndGet());
                })
                .then();
    }

    private static Optional<String> label(Assignment a) {
        return a.answer(DemoQuestions.SENTIMENT).filter(SelectionAnswer.class::isInstance).map(SelectionAnswer.class::cast)
                .flatMap(s -> s.selectionIdentifiers().stream().findFirst());
    }

    /** Counters shared by the concurrent reviews. */
    private static final class Tally {
        final AtomicLong assignments = new AtomicLong();
        final AtomicLong approved = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong bonuses = new AtomicLong();
        final AtomicLong majorities = new AtomicLong();
        final AtomicLong agreeing = new AtomicLong();
        final Map<String, List<String>> approvedByWorker = new HashMap<>();

        void majority(boolean matchesLabel) {
            majorities.incrementAndGet();
            if (matchesLabel) {
                agreeing.incrementAndGet();
            }
        }

        synchronized void approvedBy(String workerId, String assignmentId) {
            approvedByWorker.computeIfAbsent(workerId, w -> new ArrayList<>()).add(assignmentId);
        }

        double agreement() {
            long m = majorities.get();
            return m == 0 ? 0 : (double) agreeing.get() / m;
        }
    }
}
