package mturk.reactive.samples.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mturk.reactive.simulator.AnswerPolicy;
import mturk.reactive.simulator.WorkItem;

/**
 * The embedded simulator's crowd for the demo: each worker labels a sentence correctly with a probability between
 * 55 % and 98 % fixed by the worker's id, otherwise picks one of the two wrong labels; one answer in five carries a
 * comment. Answers are drawn from the worker's seeded random source, so a run is repeatable.
 */
final class DemoCrowd {

    private static final Pattern SENTENCE = Pattern.compile("<Text>(#\\d+: [^<]*)</Text>");
    private static final String NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";

    private DemoCrowd() {
    }

    /** The answer policy, knowing the label of every sentence. */
    static AnswerPolicy policy(Map<String, String> labels) {
        return item -> answer(item, labels);
    }

    /** How often the worker is right: 0.55 to 0.98, from the worker id. */
    static double skill(String workerId) {
        return 0.55 + Math.floorMod(workerId.hashCode(), 44) / 100.0;
    }

    private static Optional<String> answer(WorkItem item, Map<String, String> labels) {
        if (item.questionXml() == null) {
            return Optional.empty();
        }
        Matcher m = SENTENCE.matcher(item.questionXml());
        String truth = m.find() ? labels.get(m.group(1)) : null;
        if (truth == null) {
            return Optional.empty();
        }
        String label = truth;
        if (item.random().nextDouble() >= skill(item.workerId())) {
            List<String> wrong = Sentences.LABELS.stream().filter(l -> !l.equals(truth)).toList();
            label = wrong.get(item.random().nextInt(wrong.size()));
        }
        StringBuilder xml = new StringBuilder("<QuestionFormAnswers xmlns=\"").append(NS).append("\">")
                .append("<Answer><QuestionIdentifier>").append(DemoQuestions.SENTIMENT).append("</QuestionIdentifier>")
                .append("<SelectionIdentifier>").append(label).append("</SelectionIdentifier></Answer>");
        if (item.random().nextInt(5) == 0) {
            xml.append("<Answer><QuestionIdentifier>").append(DemoQuestions.COMMENT).append("</QuestionIdentifier>")
                    .append("<FreeText>Clear sentence, easy to label.</FreeText></Answer>");
        }
        return Optional.of(xml.append("</QuestionFormAnswers>").toString());
    }
}
