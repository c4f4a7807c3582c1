package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Hit;
import mturk.reactive.samples.cli.SimulatorClients;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

class PublishUnderFaultsTest {

    static final String PROPERTIES = "title=Is it a cat?\ndescription=Look at one word\nreward=0.05\n"
            + "assignments=1\nhitlifetime=1d\n";
    static final String TEMPLATE = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q"
            + "</QuestionIdentifier><QuestionContent><Text>Is ${word} a cat? (${n})</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    @TempDir
    Path dir;

    static Path csv(Path dir, int rows) throws Exception {
        StringBuilder sb = new StringBuilder("n,word\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(",\"word, number ").append(i).append("\"\n");
        }
        return Files.writeString(dir.resolve("words.csv"), sb.toString());
    }

    @Test
    void aBatchKilledMidwayAndRunAgainUnderFaultsHasExactlyOneHitPerRow() throws Exception {
        Path input = csv(dir, 200);
        HitProperties properties = HitProperties.parse("h", PROPERTIES);
        QuestionTemplate template = QuestionTemplate.parse("q.xml", TEMPLATE);
        Path journalFile = dir.resolve("words.csv.success");
        String batchId = RequestTokens.batchId(PROPERTIES, TEMPLATE, "words.csv");
        try (MTurkSimulator sim = MTurkSimulator.builder().start();
             MTurkClient client = SimulatorClients.client(sim)) {
            sim.faults().throttle(0.15).reset(0.15, Faults.ResetMode.RANDOM);

            // First run: killed once 80 HITs are journalled, with CreateHIT calls still in flight.
            CountDownLatch eighty = new CountDownLatch(1);
            AtomicInteger created = new AtomicInteger();
            PublishJournal first = PublishJournal.open(journalFile, batchId);
            Disposable run = new BatchPublisher(client, properties, template, input, 16)
                    .publish(first, (p, t) -> {
                        if (created.incrementAndGet() == 80) {
                            eighty.countDown();
                        }
                    }, (row, e) -> { })
                    .subscribe();
            assertTrue(eighty.await(60, TimeUnit.SECONDS), "the first run never reached 80 HITs");
            run.dispose();
            first.close();
            // ... and the crash tore the journal's last line.
            Files.writeString(journalFile, "81\t3XYZ", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            // Second run: resumes from the journal, still under faults, to the end.
            try (PublishJournal second = PublishJournal.open(journalFile, "ignored: the journal keeps its batch")) {
                assertTrue(second.doneCount() >= 80);
                BatchPublisher.Result result = new BatchPublisher(client, properties, template, input, 16)
                        .publish(second, (p, t) -> { }, (row, e) -> { }).block();
                assertEquals(0, result.failed());
                assertEquals(200, second.doneCount());
            }

            sim.faults().clear();
            List<Hit> hits = client.getAllHits().collectList().block();
            assertEquals(200, hits.size(), "HITs in the service");
            Set<String> serviceIds = new HashSet<>();
            hits.forEach(h -> serviceIds.add(h.hitId()));
            List<String> lines = Files.readAllLines(journalFile).subList(2, 202);
            Set<String> rows = new HashSet<>();
            Set<String> journalIds = new HashSet<>();
            for (String line : lines) {
                String[] f = line.split("\t");
                rows.add(f[0]);
                journalIds.add(f[1]);
            }
            assertEquals(200, rows.size(), "distinct rows in the journal");
            assertEquals(serviceIds, journalIds, "the journal names exactly the service's HITs");
        }
    }
}
