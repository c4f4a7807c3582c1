package mturk.reactive.benchmarks.baseline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;
import mturk.reactive.model.answer.Answer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Baseline (a): the JDK's DOM parser reads the whole body into a tree, then the tree is mapped into the model's
 * records; each {@code Answer} document is parsed into a second tree. Not thread-safe (one reused builder).
 */
public final class DomDecoder {

    private final DocumentBuilder builder;

    /** Creates a decoder on the JDK's own DOM implementation, hardened (no DOCTYPE). */
    public DomDecoder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            builder = factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The assignments of a {@code GetAssignmentsForHIT} body. */
    public List<Assignment> assignments(byte[] body) throws IOException, SAXException {
        Element result = result(builder.parse(new ByteArrayInputStream(body)));
        List<Assignment> assignments = new ArrayList<>(100);
        for (Element element = firstChild(result); element != null; element = next(element)) {
            if (element.getLocalName().equals("Assignment")) {
                assignments.add(assignment(element));
            }
        }
        return assignments;
    }

    /** The HITs of a {@code SearchHITs} body. */
    public List<Hit> hits(byte[] body) throws IOException, SAXException {
        Element result = result(builder.parse(new ByteArrayInputStream(body)));
        List<Hit> hits = new ArrayList<>(100);
        for (Element element = firstChild(result); element != null; element = next(element)) {
            if (element.getLocalName().equals("HIT")) {
                hits.add(hit(element));
            }
        }
        return hits;
    }

    private Assignment assignment(Element element) throws IOException, SAXException {
        Assignment.Builder assignment = Assignment.builder();
        for (Element field = firstChild(element); field != null; field = next(field)) {
            String name = field.getLocalName();
            String text = field.getTextContent();
            if (name.equals("Answer")) {
                assignment.answerXml(text);
                assignment.answers(answers(text));
            } else {
                RecordMapping.assignmentField(assignment, name, text);
            }
        }
        return assignment.build();
    }

    private List<Answer> answers(String xml) throws IOException, SAXException {
        if (xml.isBlank()) {
            return List.of();
        }
        Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        List<Answer> answers = new ArrayList<>(4);
        for (Element answer = firstChild(root); answer != null; answer = next(answer)) {
            RecordMapping.AnswerFields fields = new RecordMapping.AnswerFields();
            for (Element field = firstChild(answer); field != null; field = next(field)) {
                fields.field(field.getLocalName(), field.getTextContent());
            }
            answers.add(fields.build());
        }
        return answers;
    }

    private static Hit hit(Element element) {
        Hit.Builder hit = Hit.builder();
        for (Element field = firstChild(element); field != null; field = next(field)) {
            String name = field.getLocalName();
            switch (name) {
                case "Reward" -> {
                    String amount = null;
                    String currency = null;
                    String formatted = null;
                    for (Element part = firstChild(field); part != null; part = next(part)) {
                        switch (part.getLocalName()) {
                            case "Amount" -> amount = part.getTextContent();
                            case "CurrencyCode" -> currency = part.getTextContent();
                            case "FormattedPrice" -> formatted = part.getTextContent();
                            default -> {
                            }
                        }
                    }
                    hit.reward(RecordMapping.price(amount, currency, formatted));
                }
                case "QualificationRequirement" -> {
                    RecordMapping.RequirementFields requirement = new RecordMapping.RequirementFields();
                    for (Element part = firstChild(field); part != null; part = next(part)) {
                        if (part.getLocalName().equals("LocaleValue")) {
                            String country = null;
                            String subdivision = null;
                            for (Element locale = firstChild(part); locale != null; locale = next(locale)) {
                                if (locale.getLocalName().equals("Country")) {
                                    country = locale.getTextContent();
                                } else if (locale.getLocalName().equals("Subdivision")) {
                                    subdivision = locale.getTextContent();
                                }
                            }
                            requirement.localeValues.add(new mturk.reactive.model.LocaleValue(country, subdivision));
                        } else {
                            requirement.field(part.getLocalName(), part.getTextContent());
                        }
                    }
                    hit.qualificationRequirement(requirement.build());
                }
                default -> RecordMapping.hitField(hit, name, field.getTextContent());
            }
        }
        return hit.build();
    }

    private static Element result(Document document) {
        for (Element child = firstChild(document.getDocumentElement()); child != null; child = next(child)) {
            if (child.getLocalName().endsWith("Result")) {
                return child;
            }
        }
        throw new IllegalArgumentException("no result element under " + document.getDocumentElement().getLocalName());
    }

    private static Element firstChild(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null && node.getNodeType() != Node.ELEMENT_NODE) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static Element next(Node element) {
        Node node = element.getNextSibling();
        while (node != null && node.getNodeType() != Node.ELEMENT_NODE) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }
}
