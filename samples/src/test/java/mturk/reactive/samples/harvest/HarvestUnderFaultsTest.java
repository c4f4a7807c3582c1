package mturk.reactive.samples.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Price;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.samples.cli.SimulatorClients;
import mturk.reactive.samples.json.JsonReader;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class HarvestUnderFaultsTest {

    static final String FORM = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q"
            + "</QuestionIdentifier><QuestionContent><Text>Say something</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    /** 30 HITs x 3 assignments, all submitted by the simulated workers. */
    static void publishAndWork(MTurkSimulator sim, MTurkClient client) {
        Flux.range(1, 30).flatMap(i -> client.createHit(CreateHitRequest.builder()
                        .title("Say something").description("One free-text answer").reward(Price.usd("0.10"))
                        .assignmentDuration(Duration.ofMinutes(10)).lifetime(Duration.ofDays(1)).maxAssignments(3)
                        .question(FORM).build()), 8)
                .blockLast();
        sim.clock().advance(Duration.ofHours(1));
    }

    @Test
    void everyAssignmentIsWrittenAndApprovedExactlyOnceUnderFaults() {
        try (MTurkSimulator sim = MTurkSimulator.builder().manualClock(Instant.parse("2026-01-01T00:00:00Z"))
                .autoWork(true).workDelay(Duration.ofMinutes(5)).start();
             MTurkClient client = SimulatorClients.client(sim)) {
            publishAndWork(sim, client);
            BigDecimal before = client.getAccountBalance().block().availableBalance().amount();
            sim.faults().throttle(0.1).reset(0.1, Faults.ResetMode.RANDOM).truncate(0.05).malformed(0.05);

            StringWriter out = new StringWriter();
            Harvester.Result result = new Harvester(client, null, List.of(), true).harvest(out, a -> { }).block();

            sim.faults().clear();
            String[] lines = out.toString().split("\n");
            assertEquals(90, lines.length, "lines written");
            Set<String> ids = new HashSet<>();
            for (String line : lines) {
                Map<String, Object> json = JsonReader.parseObject(line);
                ids.add((String) json.get("assignmentId"));
            }
            assertEquals(90, ids.size(), "distinct assignments written");
            assertEquals(new Harvester.Result(30, 90, 90), result);
            List<Assignment> all = client.getAllHits()
                    .concatMap(h -> client.getAllAssignments(h.hitId())).collectList().block();
            assertEquals(90, all.stream().filter(a -> a.assignmentStatus() == AssignmentStatus.APPROVED).count());
            // Paid once each: $0.10 reward + $0.02 fee (HITs have fewer than 10 assignments).
            BigDecimal after = client.getAccountBalance().block().availableBalance().amount();
            assertEquals(new BigDecimal("10.80"), before.subtract(after));
        }
    }
}
