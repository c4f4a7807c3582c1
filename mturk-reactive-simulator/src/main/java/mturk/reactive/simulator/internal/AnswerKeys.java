package mturk.reactive.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Parsing of answer documents and scoring of a qualification test against its AnswerKey (2005-10-01). */
public final class AnswerKeys {
    private AnswerKeys() {
    }

    /** Validates an AnswerKey parameter (well-formed, root AnswerKey). */
    public static void check(String xml) {
        if (xml.getBytes(StandardCharsets.UTF_8).length > 65535) {
            throw ApiException.invalid("AnswerKey", Params.abbreviate(xml), "It must be at most 65535 bytes.");
        }
        Document d = QuestionXml.parse(xml, "AnswerKey", "AWS.MechanicalTurk.XMLParseError");
        if (!"AnswerKey".equals(d.getDocumentElement().getLocalName())) {
            throw new ApiException("AWS.MechanicalTurk.XMLParseError",
                    "There was an error parsing the XML AnswerKey data: the root element is not AnswerKey.",
                    "Parameter", "AnswerKey");
        }
    }

    /** The selections (or free text) of each answered question of a QuestionFormAnswers document. */
    public static Map<String, Set<String>> selections(String answerXml) {
        Map<String, Set<String>> out = new HashMap<>();
        if (answerXml == null || answerXml.isBlank()) {
            return out;
        }
        Element root = QuestionXml.parse(answerXml, "Answer", "AWS.MechanicalTurk.XMLParseError").getDocumentElement();
        for (Element a : QuestionXml.children(root, "Answer")) {
            String id = QuestionXml.childText(a, "QuestionIdentifier");
            Set<String> s = new HashSet<>();
            for (Element sel : QuestionXml.children(a, "SelectionIdentifier")) {
                s.add(sel.getTextContent().trim());
            }
            String free = QuestionXml.childText(a, "FreeText");
            if (free != null) {
                s.add(free);
            }
            out.put(id, s);
        }
        return out;
    }

    /** The qualification value a test answer earns under an answer key. */
    public static int score(String answerKeyXml, String answerXml) {
        Element key = QuestionXml.parse(answerKeyXml, "AnswerKey", "AWS.MechanicalTurk.XMLParseError")
                .getDocumentElement();
        Map<String, Set<String>> given = selections(answerXml);
        long sum = 0;
        for (Element q : QuestionXml.children(key, "Question")) {
            String id = QuestionXml.childText(q, "QuestionIdentifier");
            Set<String> answer = given.getOrDefault(id, Set.of());
            Long score = null;
            for (Element option : QuestionXml.children(q, "AnswerOption")) {
                Set<String> ids = new HashSet<>();
                for (Element s : QuestionXml.children(option, "SelectionIdentifier")) {
                    ids.add(s.getTextContent().trim());
                }
                if (ids.equals(answer)) {
                    score = AnswerGenerator.parseLong(QuestionXml.childText(option, "AnswerScore"), 0);
                    break;
                }
            }
            sum += score != null ? score : AnswerGenerator.parseLong(QuestionXml.childText(q, "DefaultScore"), 0);
        }
        Element mapping = QuestionXml.child(key, "QualificationValueMapping");
        if (mapping == null) {
            return (int) sum;
        }
        Element pct = QuestionXml.child(mapping, "PercentageMapping");
        if (pct != null) {
            long max = AnswerGenerator.parseLong(QuestionXml.childText(pct, "MaximumSummedScore"), 1);
            return (int) Math.round(sum * 100.0 / Math.max(1, max));
        }
        Element scale = QuestionXml.child(mapping, "ScaleMapping");
        if (scale != null) {
            String m = QuestionXml.childText(scale, "SummedScoreMultiplier");
            return (int) Math.round(sum * (m == null ? 1.0 : Double.parseDouble(m)));
        }
        Element range = QuestionXml.child(mapping, "RangeMapping");
        if (range != null) {
            List<Element> ranges = QuestionXml.children(range, "SummedScoreRange");
            for (Element r : ranges) {
                long lo = AnswerGenerator.parseLong(QuestionXml.childText(r, "InclusiveLowerBound"), Long.MIN_VALUE);
                long hi = AnswerGenerator.parseLong(QuestionXml.childText(r, "InclusiveUpperBound"), Long.MAX_VALUE);
                if (sum >= lo && sum <= hi) {
                    return (int) AnswerGenerator.parseLong(QuestionXml.childText(r, "QualificationValue"), 0);
                }
            }
            return (int) AnswerGenerator.parseLong(QuestionXml.childText(range, "OutOfRangeQualificationValue"), 0);
        }
        return (int) sum;
    }
}
