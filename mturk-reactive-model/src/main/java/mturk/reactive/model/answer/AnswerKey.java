package mturk.reactive.model.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mturk.reactive.model.internal.xml.XmlChars;
import mturk.reactive.model.internal.xml.XmlElement;
import mturk.reactive.model.internal.xml.XmlInput;
import mturk.reactive.model.internal.xml.XmlOutput;

/**
 * The answer key of a qualification test (2005-10-01 {@code AnswerKey} schema), with the scorer the service applies
 * to a worker's {@link QuestionFormAnswers}: each keyed question scores the first {@link AnswerOption} whose
 * identifier set equals the worker's selections (else its default score); the scores are summed; the optional
 * {@link QualificationValueMapping} turns the sum into the qualification value.
 *
 * <p>Sent as the {@code AnswerKey} parameter of {@code CreateQualificationType}/{@code UpdateQualificationType}
 * ({@link #toXml()}, limited to {@value #MAX_XML_BYTES} UTF-8 bytes) and returned by {@code GetQualificationType}
 * ({@link #parse(String)}).
 *
 * @param questions    the keyed questions, in order; at least one; identifiers unique; copied
 * @param valueMapping the mapping, or null to use the summed score as the value
 */
public record AnswerKey(List<AnswerKeyQuestion> questions, QualificationValueMapping valueMapping) {

    /** The namespace of the 2005-10-01 AnswerKey schema. */
    public static final String NAMESPACE =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd";

    /** The largest answer key the service accepts, in UTF-8 bytes. */
    public static final int MAX_XML_BYTES = 65_535;

    /**
     * Validates and copies the questions.
     *
     * @param questions the keyed questions, in order; at least one; identifiers unique; copied
     * @param valueMapping the mapping, or null to use the summed score as the value
     * @throws IllegalArgumentException when there is no question or two share an identifier
     */
    public AnswerKey {
        questions = List.copyOf(Objects.requireNonNull(questions, "AnswerKey.questions"));
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("AnswerKey.questions must hold at least one Question");
        }
        Set<String> ids = new HashSet<>();
        for (AnswerKeyQuestion q : questions) {
            if (!ids.add(q.questionIdentifier())) {
                throw new IllegalArgumentException("AnswerKey.questions: duplicate QuestionIdentifier '"
                        + q.questionIdentifier() + "'");
            }
        }
    }

    /**
     * A key without mapping (the summed score is the qualification value).
     *
     * @param questions the keyed questions
     * @return the key
     */
    public static AnswerKey of(AnswerKeyQuestion... questions) {
        return new AnswerKey(List.of(questions), null);
    }

    /**
     * The mapping, if any.
     *
     * @return the mapping, or empty when the summed score is used
     */
    public Optional<QualificationValueMapping> mapping() {
        return Optional.ofNullable(valueMapping);
    }

    /**
     * The sum of the question scores for the given answers (answers to questions not in the key are ignored).
     *
     * @param answers the worker's answers
     * @return the summed score
     * @throws ArithmeticException when the sum overflows an {@code int}
     */
    public int summedScore(QuestionFormAnswers answers) {
        Objects.requireNonNull(answers, "answers");
        int sum = 0;
        for (AnswerKeyQuestion q : questions) {
            sum = Math.addExact(sum, q.score(answers.answer(q.questionIdentifier()).orElse(null)));
        }
        return sum;
    }

    /**
     * The qualification value the service grants for the given answers: the summed score, mapped when a mapping is
     * present.
     *
     * @param answers the worker's answers
     * @return the qualification value
     */
    public int score(QuestionFormAnswers answers) {
        int sum = summedScore(answers);
        return valueMapping == null ? sum : valueMapping.qualificationValue(sum);
    }

    /**
     * Writes the key, compact and without XML declaration. {@code DefaultScore} is written only when it is not the
     * schema default 0.
     *
     * @return the XML
     */
    public String toXml() {
        return XmlOutput.render("", out -> {
            out.startRoot("AnswerKey", NAMESPACE);
            for (AnswerKeyQuestion q : questions) {
                out.start("Question").element("QuestionIdentifier", q.questionIdentifier());
                for (AnswerOption o : q.options()) {
                    out.start("AnswerOption");
                    for (String id : o.selectionIdentifiers()) {
                        out.element("SelectionIdentifier", id);
                    }
                    out.element("AnswerScore", Integer.toString(o.answerScore())).end();
                }
                if (q.defaultScore() != 0) {
                    out.element("DefaultScore", Integer.toString(q.defaultScore()));
                }
                out.end();
            }
            if (valueMapping != null) {
                out.start("QualificationValueMapping");
                if (valueMapping instanceof PercentageMapping) {
                    out.start("PercentageMapping").element("MaximumSummedScore",
                            Integer.toString(((PercentageMapping) valueMapping).maximumSummedScore())).end();
                } else if (valueMapping instanceof ScaleMapping) {
                    out.start("ScaleMapping").element("SummedScoreMultiplier",
                            ((ScaleMapping) valueMapping).summedScoreMultiplier().toPlainString()).end();
                } else {
                    RangeMapping r = (RangeMapping) valueMapping;
                    out.start("RangeMapping");
                    for (SummedScoreRange range : r.ranges()) {
                        out.start("SummedScoreRange")
                                .element("InclusiveLowerBound", Integer.toString(range.inclusiveLowerBound()))
                                .element("InclusiveUpperBound", Integer.toString(range.inclusiveUpperBound()))
                                .element("QualificationValue", Integer.toString(range.qualificationValue()))
                                .end();
                    }
                    out.element("OutOfRangeQualificationValue", Integer.toString(r.outOfRangeQualificationValue()))
                            .end();
                }
                out.end();
            }
            out.end();
        });
    }

    /**
     * Writes the key and checks the service's size limit.
     *
     * @param field the parameter name used in the error message, normally {@code AnswerKey}
     * @return the XML
     * @throws IllegalArgumentException when the XML exceeds {@value #MAX_XML_BYTES} UTF-8 bytes
     */
    public String toXmlWithinLimit(String field) {
        String xml = toXml();
        int bytes = XmlChars.utf8Length(xml);
        if (bytes > MAX_XML_BYTES) {
            throw new IllegalArgumentException(field + " XML is " + bytes + " UTF-8 bytes, more than the limit of "
                    + MAX_XML_BYTES);
        }
        return xml;
    }

    /**
     * Parses an AnswerKey document. Every element must be in {@link #NAMESPACE}; an XML declaration and whitespace
     * between elements are accepted; DTDs and unknown entities are refused.
     *
     * @param xml the document
     * @return the key
     * @throws IllegalArgumentException when the XML is malformed, in another namespace, has an unknown element, or
     *                                  breaks a rule of the model (the message names the element or field)
     */
    public static AnswerKey parse(String xml) {
        XmlElement root = XmlInput.parse(xml, "AnswerKey");
        if (!root.name().equals("AnswerKey")) {
            throw new IllegalArgumentException("AnswerKey XML root must be <AnswerKey>, was <" + root.name() + ">");
        }
        requireNamespace(root);
        root.requireOnly("Question", "QualificationValueMapping");
        List<AnswerKeyQuestion> questions = new ArrayList<>();
        for (XmlElement q : root.children("Question")) {
            q.requireOnly("QuestionIdentifier", "AnswerOption", "DefaultScore");
            List<AnswerOption> options = new ArrayList<>();
            for (XmlElement o : q.children("AnswerOption")) {
                o.requireOnly("SelectionIdentifier", "AnswerScore");
                List<String> ids = new ArrayList<>();
                for (XmlElement s : o.children("SelectionIdentifier")) {
                    ids.add(s.leafText());
                }
                options.add(new AnswerOption(ids, o.childInt("AnswerScore")));
            }
            int defaultScore = q.optionalChild("DefaultScore")
                    .map(d -> XmlElement.parseInt("DefaultScore", d.leafText())).orElse(0);
            questions.add(new AnswerKeyQuestion(q.childText("QuestionIdentifier"), options, defaultScore));
        }
        QualificationValueMapping mapping = root.optionalChild("QualificationValueMapping")
                .map(AnswerKey::mapping).orElse(null);
        return new AnswerKey(questions, mapping);
    }

    private static QualificationValueMapping mapping(XmlElement m) {
        m.requireOnly("PercentageMapping", "ScaleMapping", "RangeMapping");
        if (m.children().size() != 1) {
            throw new IllegalArgumentException("<QualificationValueMapping> must hold exactly one of "
                    + "PercentageMapping, ScaleMapping, RangeMapping");
        }
        XmlElement e = m.children().get(0);
        switch (e.name()) {
            case "PercentageMapping":
                e.requireOnly("MaximumSummedScore");
                return new PercentageMapping(e.childInt("MaximumSummedScore"));
            case "ScaleMapping":
                e.requireOnly("SummedScoreMultiplier");
                String text = e.childText("SummedScoreMultiplier").trim();
                try {
                    return new ScaleMapping(new BigDecimal(text));
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("<SummedScoreMultiplier> must be a decimal, was '" + text
                            + "'");
                }
            default:
                e.requireOnly("SummedScoreRange", "OutOfRangeQualificationValue");
                List<SummedScoreRange> ranges = new ArrayList<>();
                for (XmlElement r : e.children("SummedScoreRange")) {
                    r.requireOnly("InclusiveLowerBound", "InclusiveUpperBound", "QualificationValue");
                    ranges.add(new SummedScoreRange(r.childInt("InclusiveLowerBound"),
                            r.childInt("InclusiveUpperBound"), r.childInt("QualificationValue")));
                }
                return new RangeMapping(ranges, e.childInt("OutOfRangeQualificationValue"));
        }
    }

    private static void requireNamespace(XmlElement e) {
        if (!e.namespace().equals(NAMESPACE)) {
            throw new IllegalArgumentException("<" + e.name() + "> must be in namespace " + NAMESPACE + ", was "
                    + (e.namespace().isEmpty() ? "no namespace" : e.namespace()));
        }
        for (XmlElement c : e.children()) {
            requireNamespace(c);
        }
    }
}
