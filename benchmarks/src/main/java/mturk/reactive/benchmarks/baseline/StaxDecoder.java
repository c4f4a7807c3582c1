package mturk.reactive.benchmarks.baseline;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.answer.Answer;

/**
 * Baseline (b): the JDK's own synchronous StAX parser (not Aalto, which is also on the class path) reads the whole
 * body from a byte array and maps it into the model's records as it goes; each {@code Answer} document is read by
 * a second StAX reader. Thread-safe (the JDK factory is, once configured).
 */
public final class StaxDecoder {

    private final XMLInputFactory factory;

    /** Creates a decoder on the JDK's built-in StAX implementation, hardened (no DTD, no external entities). */
    public StaxDecoder() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /** The implementation class in use (to show that it is the JDK's). */
    public String implementation() {
        return factory.getClass().getName();
    }

    /** The assignments of a {@code GetAssignmentsForHIT} body. */
    public List<Assignment> assignments(byte[] body) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
        try {
            List<Assignment> assignments = new ArrayList<>(100);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 3 && reader.getLocalName().equals("Assignment")) {
                        assignments.add(assignment(reader));
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return assignments;
        } finally {
            reader.close();
        }
    }

    /** The HITs of a {@code SearchHITs} body. */
    public List<Hit> hits(byte[] body) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
        try {
            List<Hit> hits = new ArrayList<>(100);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 3 && reader.getLocalName().equals("HIT")) {
                        hits.add(hit(reader));
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return hits;
        } finally {
            reader.close();
        }
    }

    /** Reads one assignment; on return the reader is on the assignment's end tag. */
    private Assignment assignment(XMLStreamReader reader) throws XMLStreamException {
        Assignment.Builder assignment = Assignment.builder();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            String text = reader.getElementText();
            if (name.equals("Answer")) {
                assignment.answerXml(text);
                assignment.answers(answers(text));
            } else {
                RecordMapping.assignmentField(assignment, name, text);
            }
        }
        return assignment.build();
    }

    private List<Answer> answers(String xml) throws XMLStreamException {
        if (xml.isBlank()) {
            return List.of();
        }
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        try {
            List<Answer> answers = new ArrayList<>(4);
            reader.nextTag(); // QuestionFormAnswers
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) { // Answer
                RecordMapping.AnswerFields fields = new RecordMapping.AnswerFields();
                while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    fields.field(reader.getLocalName(), reader.getElementText());
                }
                answers.add(fields.build());
            }
            return answers;
        } finally {
            reader.close();
        }
    }

    /** Reads one HIT; on return the reader is on the HIT's end tag. */
    private static Hit hit(XMLStreamReader reader) throws XMLStreamException {
        Hit.Builder hit = Hit.builder();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            switch (name) {
                case "Reward" -> {
                    String amount = null;
                    String currency = null;
                    String formatted = null;
                    while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        String part = reader.getLocalName();
                        String text = reader.getElementText();
                        switch (part) {
                            case "Amount" -> amount = text;
                            case "CurrencyCode" -> currency = text;
                            case "FormattedPrice" -> formatted = text;
                            default -> {
                            }
                        }
                    }
                    hit.reward(RecordMapping.price(amount, currency, formatted));
                }
                case "QualificationRequirement" -> {
                    RecordMapping.RequirementFields requirement = new RecordMapping.RequirementFields();
                    while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        if (reader.getLocalName().equals("LocaleValue")) {
                            String country = null;
                            String subdivision = null;
                            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                                String part = reader.getLocalName();
                                String text = reader.getElementText();
                                if (part.equals("Country")) {
                                    country = text;
                                } else if (part.equals("Subdivision")) {
                                    subdivision = text;
                                }
                            }
                            requirement.localeValues.add(new LocaleValue(country, subdivision));
                        } else {
                            requirement.field(reader.getLocalName(), reader.getElementText());
                        }
                    }
                    hit.qualificationRequirement(requirement.build());
                }
                default -> RecordMapping.hitField(hit, name, reader.getElementText());
            }
        }
        return hit.build();
    }
}
