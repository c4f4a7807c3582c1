package mturk.reactive.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.Hit;
import mturk.reactive.model.Price;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.question.Question;
import mturk.reactive.model.question.QuestionContent;
import mturk.reactive.model.question.QuestionForm;
import mturk.reactive.model.question.SelectionAnswerSpec;
import mturk.reactive.model.question.StyleSuggestion;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The README's "SDK in use" snippets, kept compiling and running here against the simulator. When you change a
 * snippet in the README, change it here too (and the other way round).
 */
class ReadmeSnippetsTest {

    private static MTurkSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = MTurkSimulator.builder().port(0).seed(3).workers(5).start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static MTurkClient client() {
        String accessKey = simulator.accessKey();
        String secretKey = simulator.secretKey();
        // README: the builder (the endpoint is the simulator's instead of Endpoint.SANDBOX)
        MTurkClient mturk = MTurkClient.builder()
                .endpoint(Endpoint.of(simulator.endpoint()))
                .credentials(Credentials.of(accessKey, secretKey))
                .build();
        return mturk;
    }

    private static QuestionForm sentimentQuestion() {
        // README: questions
        QuestionForm question = QuestionForm.of(Question.of("sentiment",
                QuestionContent.of("Review", "The battery lasts all day & the screen is <great>."),
                SelectionAnswerSpec.builder().style(StyleSuggestion.RADIOBUTTON)
                        .text("positive", "Positive").text("negative", "Negative").text("neutral", "Neutral")
                        .build()));
        return question;
    }

    private static Mono<Hit> createHit(MTurkClient mturk, QuestionForm question) {
        // README: createHit
        Mono<Hit> hit = mturk.createHit(h -> h
                .title("Is this review positive?")
                .description("Read one sentence and choose")
                .reward(Price.usd("0.05"))
                .assignmentDuration(Duration.ofMinutes(10))
                .lifetime(Duration.ofDays(1))
                .maxAssignments(3)
                .keywords(List.of("sentiment", "review"))
                .qualificationRequirement(
                        Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN_OR_EQUAL_TO, 95))
                .question(question.toXmlWithinLimit("Question")));
        return hit;
    }

    @Test
    void theBalanceSnippetReadsTheAccountBalance() {
        try (MTurkClient mturk = client()) {
            Mono<AccountBalance> balance = mturk.getAccountBalance();
            StepVerifier.create(balance)
                    .assertNext(b -> assertEquals(0, b.availableBalance().amount().compareTo(simulator.balance())))
                    .verifyComplete();
        }
    }

    @Test
    void theQuestionSnippetEscapesItsText() {
        String xml = sentimentQuestion().toXml();
        assertTrue(xml.contains("all day &amp; the screen is &lt;great&gt;."), xml);
    }

    @Test
    void theCreateAndHarvestSnippetsPublishAHitAndApproveItsSubmittedAssignments() {
        try (MTurkClient mturk = client()) {
            Hit created = createHit(mturk, sentimentQuestion()).block(Duration.ofSeconds(10));
            String hitId = created.hitId();
            String worker = simulator.workers().list().stream()
                    .filter(w -> simulator.workers().eligible(w.id(), hitId))
                    .findFirst().orElseThrow().id();
            String assignmentId = simulator.workers().accept(worker, hitId);
            simulator.workers().submit(assignmentId);

            // README: lazily paged listing, approving what was submitted
            Flux<Assignment> assignments = mturk.getAllAssignments(hitId);
            Flux<Assignment> approved = assignments
                    .filter(a -> a.assignmentStatus() == AssignmentStatus.SUBMITTED)
                    .concatMap(a -> mturk.approveAssignment(a.assignmentId(), "Thanks!").thenReturn(a));

            StepVerifier.create(approved)
                    .assertNext(a -> {
                        assertEquals(assignmentId, a.assignmentId());
                        assertTrue(a.answer("sentiment").orElseThrow() instanceof SelectionAnswer,
                                () -> "typed answer: " + a.answers());
                    })
                    .verifyComplete();
            StepVerifier.create(mturk.getAllAssignments(hitId).map(Assignment::assignmentStatus))
                    .expectNext(AssignmentStatus.APPROVED)
                    .verifyComplete();
        }
    }
}
