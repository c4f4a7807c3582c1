package mturk.reactive.simulator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The default behaviour of a simulated worker facing a question: it answers what each question asks. Free text meets
 * the numeric, length and regular-expression constraints where it can; selections respect the minimum and maximum
 * counts; file uploads get a size within the bounds; HTML questions get a value for each named form field; external
 * questions (whose page the simulator cannot load) get one free-text field named {@code answer}.
 */
public final class AnswerGenerator {
    private static final String[] WORDS = {"simulated", "answer", "quick", "brown", "fox", "reactive", "turk",
        "sample", "label", "image", "text", "worker", "good", "yes", "clear", "value"};
    private static final String[] REGEX_CANDIDATES = {"2014-08-15", "42", "yes", "no", "A", "a", "abc", "ABC123",
        "hello world", "test@example.com", "https://example.com/", "1", "0", "true", "12345", "US", "Yes", "No"};
    private static final Pattern FIELD = Pattern.compile(
            "<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile(
            "([a-zA-Z_:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern OPTION = Pattern.compile(
            "<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private AnswerGenerator() {
    }

    /** One uploaded file decided by a worker. */
    public record UploadSpec(String questionIdentifier, String key, long size) {
    }

    /** The generated QuestionFormAnswers document and the files it refers to. */
    public record Generated(String answerXml, List<UploadSpec> uploads) {
    }

    /** A generated answer for any question document (QuestionForm, HTMLQuestion, ExternalQuestion, or none). */
    public static Generated generate(String questionXml, Random rnd, String assignmentId) {
        Map<String, List<String[]>> answers = new LinkedHashMap<>();
        List<UploadSpec> uploads = new ArrayList<>();
        if (questionXml == null) {
            answers.put("answer", List.<String[]>of(new String[] {"FreeText", sentence(rnd, 3)}));
            return new Generated(render(answers), uploads);
        }
        Document d = QuestionXml.parse(questionXml, "Question", "AWS.MechanicalTurk.XMLParseError");
        Element root = d.getDocumentElement();
        switch (root.getLocalName()) {
            case "QuestionForm" -> {
                for (Element q : QuestionXml.children(root, "Question")) {
                    String id = QuestionXml.childText(q, "QuestionIdentifier");
                    Element spec = QuestionXml.child(q, "AnswerSpecification");
                    Element free = spec == null ? null : QuestionXml.child(spec, "FreeTextAnswer");
                    Element sel = spec == null ? null : QuestionXml.child(spec, "SelectionAnswer");
                    Element file = spec == null ? null : QuestionXml.child(spec, "FileUploadAnswer");
                    if (free != null) {
                        answers.put(id, List.<String[]>of(new String[] {"FreeText", freeText(free, rnd)}));
                    } else if (sel != null) {
                        answers.put(id, selection(sel, rnd));
                    } else if (file != null) {
                        long max = parseLong(QuestionXml.childText(file, "MaxFileSizeInBytes"), 2_000_000_000L);
                        long min = parseLong(QuestionXml.childText(file, "MinFileSizeInBytes"), 0);
                        long size = Math.max(min, Math.min(max, 512 + rnd.nextInt(4096)));
                        String key = "simulator/" + assignmentId + "/" + id;
                        uploads.add(new UploadSpec(id, key, size));
                        answers.put(id, List.of(new String[] {"UploadedFileSizeInBytes", Long.toString(size)},
                                new String[] {"UploadedFileKey", key}));
                    }
                }
            }
            case "HTMLQuestion" -> htmlFields(QuestionXml.childText(root, "HTMLContent"), rnd, answers);
            default -> answers.put("answer", List.<String[]>of(new String[] {"FreeText", sentence(rnd, 3)}));
        }
        return new Generated(render(answers), uploads);
    }

    /** Renders answers the way the service did: prolog with standalone="no", one element per line. */
    static String render(Map<String, List<String[]>> answers) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        sb.append("<QuestionFormAnswers xmlns=\"").append(QuestionXml.ANSWERS_NS).append("\">\n");
        for (Map.Entry<String, List<String[]>> e : answers.entrySet()) {
            sb.append("<Answer>\n").append(new XmlOut().leaf("QuestionIdentifier", e.getKey())).append('\n');
            for (String[] field : e.getValue()) {
                sb.append(new XmlOut().leaf(field[0], field[1])).append('\n');
            }
            sb.append("</Answer>\n");
        }
        sb.append("</QuestionFormAnswers>\n");
        return sb.toString();
    }

    private static String freeText(Element free, Random rnd) {
        Element constraints = QuestionXml.child(free, "Constraints");
        Element numeric = constraints == null ? null : QuestionXml.child(constraints, "IsNumeric");
        Element length = constraints == null ? null : QuestionXml.child(constraints, "Length");
        List<Element> regexes = constraints == null ? List.of() : QuestionXml.children(constraints, "AnswerFormatRegex");
        String dflt = QuestionXml.childText(free, "DefaultText");
        int minLen = length == null ? 0 : (int) parseLong(length.getAttribute("minLength"), 0);
        int maxLen = length == null ? Integer.MAX_VALUE : (int) parseLong(length.getAttribute("maxLength"), Integer.MAX_VALUE);
        List<String> candidates = new ArrayList<>();
        if (numeric != null) {
            long lo = parseLong(numeric.getAttribute("minValue"), 0);
            long hi = parseLong(numeric.getAttribute("maxValue"), Math.max(lo + 100, 100));
            if (hi < lo) {
                hi = lo;
            }
            candidates.add(Long.toString(lo + (long) (rnd.nextDouble() * (hi - lo + 1)) > hi ? hi
                    : lo + (long) (rnd.nextDouble() * (hi - lo + 1))));
            candidates.add(Long.toString(lo));
        } else {
            candidates.add(sentence(rnd, 2 + rnd.nextInt(4)));
        }
        Collections.addAll(candidates, REGEX_CANDIDATES);
        if (dflt != null && !dflt.isEmpty()) {
            candidates.add(dflt);
        }
        for (String c : candidates) {
            String fitted = fitLength(c, minLen, maxLen, rnd);
            if (matchesAll(fitted, regexes)) {
                return fitted;
            }
        }
        return fitLength(candidates.get(0), minLen, maxLen, rnd);
    }

    private static String fitLength(String s, int minLen, int maxLen, Random rnd) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < minLen) {
            sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        if (sb.length() > maxLen) {
            sb.setLength(Math.max(maxLen, 0));
        }
        return sb.toString().trim().length() >= minLen ? sb.toString().trim() : sb.toString();
    }

    private static boolean matchesAll(String s, List<Element> regexes) {
        for (Element r : regexes) {
            String flags = r.getAttribute("flags");
            try {
                int f = flags.toLowerCase(Locale.ROOT).contains("i") ? Pattern.CASE_INSENSITIVE : 0;
                Matcher m = Pattern.compile(r.getAttribute("regex"), f).matcher(s);
                if (!m.find()) {
                    return false;
                }
            } catch (PatternSyntaxException e) {
                return true;
            }
        }
        return true;
    }

    private static List<String[]> selection(Element sel, Random rnd) {
        int min = (int) parseLong(QuestionXml.childText(sel, "MinSelectionCount"), 1);
        int max = (int) parseLong(QuestionXml.childText(sel, "MaxSelectionCount"), 1);
        Element selections = QuestionXml.child(sel, "Selections");
        List<String> ids = new ArrayList<>();
        boolean other = false;
        if (selections != null) {
            for (Element s : QuestionXml.children(selections, "Selection")) {
                ids.add(QuestionXml.childText(s, "SelectionIdentifier"));
            }
            other = QuestionXml.child(selections, "OtherSelection") != null;
        }
        List<String[]> out = new ArrayList<>();
        if (ids.isEmpty() && other) {
            out.add(new String[] {"OtherSelectionText", sentence(rnd, 2)});
            return out;
        }
        max = Math.max(Math.min(max, ids.size()), 0);
        min = Math.min(Math.max(min, 0), max);
        int k = min + (max > min ? rnd.nextInt(max - min + 1) : 0);
        if (k == 0 && !ids.isEmpty() && max > 0) {
            k = 1;
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, rnd);
        List<String> chosen = new ArrayList<>(shuffled.subList(0, k));
        chosen.sort((a, b) -> Integer.compare(ids.indexOf(a), ids.indexOf(b)));
        for (String c : chosen) {
            out.add(new String[] {"SelectionIdentifier", c});
        }
        return out;
    }

    private static void htmlFields(String html, Random rnd, Map<String, List<String[]>> answers) {
        if (html == null) {
            return;
        }
        Set<String> skip = Set.of("assignmentId", "hitId", "workerId", "turkSubmitTo");
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attrs = attributes(m.group(2));
            String name = attrs.get("name");
            if (name == null || skip.contains(name)) {
                continue;
            }
            String type = attrs.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
            if (type.equals("submit") || type.equals("button") || type.equals("reset") || type.equals("file")) {
                continue;
            }
            String value;
            if (tag.equals("select")) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</select", m.end());
                String body = html.substring(m.end(), close < 0 ? html.length() : close);
                List<String> options = new ArrayList<>();
                Matcher o = OPTION.matcher(body);
                while (o.find()) {
                    String v = attributes(o.group(1)).get("value");
                    if (v != null && !v.isEmpty()) {
                        options.add(v);
                    }
                }
                value = options.isEmpty() ? "" : options.get(rnd.nextInt(options.size()));
            } else if (type.equals("radio")) {
                if (answers.containsKey(name) && rnd.nextBoolean()) {
                    continue;
                }
                value = attrs.getOrDefault("value", "on");
            } else if (type.equals("checkbox")) {
                if (rnd.nextBoolean() && answers.containsKey(name)) {
                    continue;
                }
                value = attrs.getOrDefault("value", "on");
            } else if (type.equals("hidden")) {
                value = attrs.getOrDefault("value", "");
            } else if (type.equals("number") || type.equals("range")) {
                long lo = parseLong(attrs.get("min"), 0);
                long hi = parseLong(attrs.get("max"), lo + 10);
                value = Long.toString(lo + (hi > lo ? rnd.nextInt((int) Math.min(hi - lo + 1, 1_000_000)) : 0));
            } else {
                value = sentence(rnd, 2 + rnd.nextInt(3));
            }
            if (type.equals("checkbox") && answers.containsKey(name)) {
                String prev = answers.get(name).get(0)[1];
                answers.put(name, List.<String[]>of(new String[] {"FreeText", prev + "|" + value}));
            } else {
                answers.put(name, List.<String[]>of(new String[] {"FreeText", value}));
            }
        }
        if (answers.isEmpty()) {
            answers.put("answer", List.<String[]>of(new String[] {"FreeText", sentence(rnd, 3)}));
        }
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            String v = a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : a.group(5);
            out.put(a.group(1).toLowerCase(Locale.ROOT), v);
        }
        return out;
    }

    static String sentence(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    static long parseLong(String s, long dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(s.trim());
            } catch (NumberFormatException e2) {
                return dflt;
            }
        }
    }
}
