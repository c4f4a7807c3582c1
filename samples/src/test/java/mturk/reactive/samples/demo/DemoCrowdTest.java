package mturk.reactive.samples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mturk.reactive.simulator.AnswerPolicy;
import mturk.reactive.simulator.WorkItem;
import org.junit.jupiter.api.Test;

class DemoCrowdTest {

    private final List<Sentences.Item> items = Sentences.generate(200, 42);
    private final AnswerPolicy policy = DemoCrowd.policy(Sentences.labels(200, 42));

    private Optional<String> answer(String worker, Sentences.Item item, long seed) {
        return policy.answer(new WorkItem(worker, "H", "A", null, DemoQuestions.form(item.text()).toXml(),
                new Random(seed)));
    }

    @Test
    void aWorkerAnswersTheSentimentQuestionWithOneOfTheThreeLabels() {
        String xml = answer("A1WORKER000001", items.get(0), 1).orElseThrow();
        assertTrue(xml.startsWith("<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/"), xml);
        assertTrue(xml.matches(".*<QuestionIdentifier>sentiment</QuestionIdentifier><SelectionIdentifier>"
                + "(positive|negative|neutral)</SelectionIdentifier>.*"), xml);
    }

    @Test
    void workersAreMostlyRightAtTheirOwnSkill() {
        String worker = "A1WORKER000002";
        Random seeds = new Random(7);
        long right = items.stream().filter(item -> answer(worker, item, seeds.nextLong()).orElseThrow()
                .contains("<SelectionIdentifier>" + item.label() + "<")).count();
        double skill = DemoCrowd.skill(worker);
        assertTrue(Math.abs(right / 200.0 - skill) < 0.1, right + " right of 200 at skill " + skill);
    }

    @Test
    void aQuestionThatIsNotTheDemosIsReturned() {
        assertEquals(Optional.empty(), policy.answer(new WorkItem("A1", "H", "A", null,
                "<QuestionForm><Overview><Text>other</Text></Overview></QuestionForm>", new Random(1))));
    }

    @Test
    void skillsSpanFiftyFiveToNinetyEightPercent() {
        for (String w : List.of("A", "B", "A3XYZ", "A1WORKER000001")) {
            double s = DemoCrowd.skill(w);
            assertTrue(s >= 0.55 && s <= 0.98, w + " " + s);
        }
    }

    @Test
    void theSentencesAreTheSameForTheSameSeed() {
        assertEquals(Sentences.generate(5, 42), Sentences.generate(5, 42));
        assertEquals(Map.of(), Map.of());
    }
}
