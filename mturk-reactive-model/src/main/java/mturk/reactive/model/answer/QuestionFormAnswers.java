package mturk.reactive.model.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mturk.reactive.model.internal.xml.XmlChars;
import mturk.reactive.model.internal.xml.XmlElement;
import mturk.reactive.model.internal.xml.XmlInput;
import mturk.reactive.model.internal.xml.XmlOutput;

/**
 * A worker's answers to one assignment or qualification test: the 2005-10-01 {@code QuestionFormAnswers} document
 * carried, escaped, in the {@code Answer} element of an {@code Assignment} or {@code QualificationRequest}.
 *
 * <p>Unlike boto2 nothing is dropped: every {@code SelectionIdentifier}, the {@code OtherSelectionText}, and the key
 * and size of uploaded files are kept. For ExternalQuestion and HTMLQuestion HITs each posted form field is a
 * {@link FreeTextAnswer} named after the field.
 *
 * @param answers the answers in document order; copied; an identifier may repeat (then {@link #answer(String)}
 *                returns the first)
 */
public record QuestionFormAnswers(List<Answer> answers) {

    /** The namespace of the 2005-10-01 QuestionFormAnswers schema. */
    public static final String NAMESPACE =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";

    /** The declaration the service puts before every answer document, written by {@link #toXml()}. */
    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>";

    /** No answers (what an empty {@code <Answer/>} of an assignment means). */
    public static final QuestionFormAnswers EMPTY = new QuestionFormAnswers(List.of());

    /**
     * Copies the answers.
     *
     * @param answers the answers in document order; copied; an identifier may repeat (then {@link #answer(String)}
     *     returns the first)
     * @throws IllegalArgumentException when an answer is null
     */
    public QuestionFormAnswers {
        Objects.requireNonNull(answers, "answers");
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) == null) {
                throw new IllegalArgumentException("answers[" + i + "] must not be null");
            }
        }
        answers = List.copyOf(answers);
    }

    /**
     * Answers of the given records.
     *
     * @param answers the answers, in order
     * @return the document
     */
    public static QuestionFormAnswers of(Answer... answers) {
        return new QuestionFormAnswers(List.of(answers));
    }

    /**
     * The first answer to the given question.
     *
     * @param questionIdentifier a question identifier
     * @return the answer, or empty when the worker gave none
     */
    public Optional<Answer> answer(String questionIdentifier) {
        return answers.stream().filter(a -> a.questionIdentifier().equals(questionIdentifier)).findFirst();
    }

    /**
     * The first answer to the given question, if it has the given type.
     *
     * @param questionIdentifier a question identifier
     * @param type               the expected record type, such as {@code SelectionAnswer.class}
     * @param <T>                the answer type
     * @return the answer, or empty when absent or of another type
     */
    public <T extends Answer> Optional<T> answer(String questionIdentifier, Class<T> type) {
        return answer(questionIdentifier).filter(type::isInstance).map(type::cast);
    }

    /**
     * The identifiers answered, in document order (repeats kept).
     *
     * @return the question identifiers
     */
    public List<String> questionIdentifiers() {
        List<String> ids = new ArrayList<>(answers.size());
        for (Answer a : answers) {
            ids.add(a.questionIdentifier());
        }
        return ids;
    }

    /**
     * Parses a {@code QuestionFormAnswers} document as the service sends it: an optional XML declaration (for
     * example {@code <?xml version="1.0" encoding="UTF-8" standalone="no"?>}), whitespace and line breaks between
     * elements, and elements in the 2005-10-01 namespace (namespaces are not checked). A null or blank string gives
     * {@link #EMPTY}, since the service may send an empty {@code Answer}. Texts are kept exactly, without trimming.
     *
     * @param xml the document
     * @return the answers
     * @throws IllegalArgumentException when the XML is malformed (including a DTD or unknown entity), the root is
     *                                  not {@code QuestionFormAnswers}, or an {@code Answer} has an unknown element,
     *                                  mixes answer kinds or has a bad file size
     */
    public static QuestionFormAnswers parse(String xml) {
        if (xml == null || xml.isBlank()) {
            return EMPTY;
        }
        XmlElement root = XmlInput.parse(xml, "QuestionFormAnswers");
        if (!root.name().equals("QuestionFormAnswers")) {
            throw new IllegalArgumentException("QuestionFormAnswers XML root must be <QuestionFormAnswers>, was <"
                    + root.name() + ">");
        }
        root.requireOnly("Answer");
        List<Answer> answers = new ArrayList<>();
        for (XmlElement a : root.children()) {
            answers.add(answer(a));
        }
        return new QuestionFormAnswers(answers);
    }

    private static Answer answer(XmlElement a) {
        a.requireOnly("QuestionIdentifier", "FreeText", "SelectionIdentifier", "OtherSelectionText",
                "UploadedFileSizeInBytes", "UploadedFileKey");
        String id = a.childText("QuestionIdentifier");
        Optional<XmlElement> free = a.optionalChild("FreeText");
        List<XmlElement> selections = a.children("SelectionIdentifier");
        Optional<XmlElement> other = a.optionalChild("OtherSelectionText");
        Optional<XmlElement> size = a.optionalChild("UploadedFileSizeInBytes");
        Optional<XmlElement> key = a.optionalChild("UploadedFileKey");
        int kinds = (free.isPresent() ? 1 : 0) + (!selections.isEmpty() || other.isPresent() ? 1 : 0)
                + (size.isPresent() || key.isPresent() ? 1 : 0);
        if (kinds > 1) {
            throw new IllegalArgumentException("<Answer> for '" + id + "' mixes FreeText, selection and uploaded-file "
                    + "elements");
        }
        if (free.isPresent()) {
            return new FreeTextAnswer(id, free.get().leafText());
        }
        if (size.isPresent() || key.isPresent()) {
            String sizeText = a.childText("UploadedFileSizeInBytes");
            long bytes;
            try {
                bytes = Long.parseLong(sizeText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("<UploadedFileSizeInBytes> for '" + id
                        + "' must be an integer, was '" + sizeText + "'");
            }
            return new UploadedFileAnswer(id, a.childText("UploadedFileKey"), bytes);
        }
        List<String> ids = new ArrayList<>(selections.size());
        for (XmlElement s : selections) {
            ids.add(s.leafText());
        }
        return new SelectionAnswer(id, ids, other.map(XmlElement::leafText).orElse(null));
    }

    /**
     * Writes the document the way the service does: {@link #XML_DECLARATION}, a line break, and each element on its
     * own line, ending with a line break. Every text is escaped; carriage returns are written {@code &#13;}.
     *
     * @return the XML
     * @throws IllegalArgumentException when a text holds a character XML 1.0 cannot carry
     */
    public String toXml() {
        for (Answer a : answers) {
            check(a);
        }
        return XmlOutput.render(XML_DECLARATION + "\n", out -> {
            out.startRoot("QuestionFormAnswers", NAMESPACE).text("\n");
            for (Answer a : answers) {
                out.start("Answer").text("\n").element("QuestionIdentifier", a.questionIdentifier()).text("\n");
                if (a instanceof FreeTextAnswer) {
                    out.element("FreeText", ((FreeTextAnswer) a).text()).text("\n");
                } else if (a instanceof SelectionAnswer) {
                    SelectionAnswer s = (SelectionAnswer) a;
                    for (String id : s.selectionIdentifiers()) {
                        out.element("SelectionIdentifier", id).text("\n");
                    }
                    if (s.otherSelectionText() != null) {
                        out.element("OtherSelectionText", s.otherSelectionText()).text("\n");
                    }
                } else {
                    UploadedFileAnswer u = (UploadedFileAnswer) a;
                    out.element("UploadedFileSizeInBytes", Long.toString(u.sizeInBytes())).text("\n")
                            .element("UploadedFileKey", u.fileKey()).text("\n");
                }
                out.end().text("\n");
            }
            out.end();
        }) + "\n";
    }

    private static void check(Answer a) {
        XmlChars.requireText("QuestionIdentifier", a.questionIdentifier());
        if (a instanceof FreeTextAnswer) {
            XmlChars.requireText("FreeText of '" + a.questionIdentifier() + "'", ((FreeTextAnswer) a).text());
        } else if (a instanceof SelectionAnswer) {
            SelectionAnswer s = (SelectionAnswer) a;
            for (String id : s.selectionIdentifiers()) {
                XmlChars.requireText("SelectionIdentifier of '" + a.questionIdentifier() + "'", id);
            }
            if (s.otherSelectionText() != null) {
                XmlChars.requireText("OtherSelectionText of '" + a.questionIdentifier() + "'",
                        s.otherSelectionText());
            }
        } else {
            XmlChars.requireText("UploadedFileKey of '" + a.questionIdentifier() + "'",
                    ((UploadedFileAnswer) a).fileKey());
        }
    }
}
