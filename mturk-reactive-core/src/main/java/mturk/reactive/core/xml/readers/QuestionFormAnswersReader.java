package mturk.reactive.core.xml.readers;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.ResponseLimitExceededException;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.AsyncXml;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;

/**
 * Reads a {@code QuestionFormAnswers} document (2005-10-01) into typed answers, with the same hardened Aalto
 * parser as the responses (no DOM, no DTD, no entities).
 *
 * <p>The {@code Answer} element of an assignment or qualification request carries this document as escaped text;
 * {@link #parse(String)} parses that text synchronously in one pass of a pull parser over its characters (no copy
 * of the text; it is small, at most the 64 KB the service allows). Each inner {@code Answer} becomes one {@link Answer}:
 * <ul>
 *   <li>{@code UploadedFileKey}/{@code UploadedFileSizeInBytes} → {@link UploadedFileAnswer} (boto2 dropped these);</li>
 *   <li>any {@code SelectionIdentifier} or {@code OtherSelectionText} → {@link SelectionAnswer} with every
 *       selection;</li>
 *   <li>otherwise {@link FreeTextAnswer}, with the {@code FreeText} text, or the empty string if the answer carried
 *       no value at all.</li>
 * </ul>
 * Namespaces are ignored, unknown elements skipped.
 */
public final class QuestionFormAnswersReader implements RecordReader<List<Answer>> {

    private final List<Answer> answers = new ArrayList<>();

    /**
     * Parses the text of an {@code Answer} element.
     *
     * @param xml the unescaped document; {@code null}, empty or blank (a legal empty {@code <Answer/>}) gives no
     *            answers
     * @return the answers in document order (unmodifiable)
     * @throws MalformedResponseException if the text is not a complete, well-formed document or an answer is invalid
     *                                    (for example a non-numeric file size); never a retryable error
     */
    public static List<Answer> parse(String xml) {
        if (xml == null) {
            return List.of();
        }
        int start = 0;
        int length = xml.length();
        while (start < length && Character.isWhitespace(xml.charAt(start))) {
            start++;
        }
        if (start == length) {
            return List.of();
        }
        StringReader chars = new StringReader(xml);
        XMLStreamReader parser = null;
        try {
            chars.skip(start);
            parser = AsyncXml.newReader(chars);
            return read(parser);
        } catch (XMLStreamException | UncheckedStreamException | IOException e) {
            throw new MalformedResponseException("the Answer document is not well-formed XML: " + e.getMessage(), e);
        } catch (MalformedResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedResponseException("invalid content in <Answer>: " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
    }

    /**
     * One pass of the pull parser: the root's {@code Answer} children (depth 2) and their leaves (depth 3), whose
     * text pieces are joined; markup inside a leaf and every other element are skipped, as the response decoder
     * does. Bounded by {@link ResponseLimits#DEFAULT}.
     */
    private static List<Answer> read(XMLStreamReader parser) throws XMLStreamException {
        ResponseLimits limits = ResponseLimits.DEFAULT;
        List<Answer> answers = null;
        AnswerFields answer = null;
        StringBuilder text = new StringBuilder(64);
        int field = -1;
        int depth = 0;
        while (parser.hasNext()) {
            int event = parser.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth > limits.maxDepth()) {
                        throw new ResponseLimitExceededException("element <" + parser.getLocalName() + "> at depth "
                                + depth + " of the Answer document exceeds the depth limit of " + limits.maxDepth());
                    }
                    if (depth == 2) {
                        answer = "Answer".equals(parser.getLocalName()) ? new AnswerFields() : null;
                    } else if (depth == 3 && answer != null) {
                        field = AnswerFields.field(parser.getLocalName());
                        text.setLength(0);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 3 && field >= 0) {
                        int n = parser.getTextLength();
                        if (text.length() + n > limits.maxTextLength()) {
                            throw new ResponseLimitExceededException("text in the Answer document exceeds the limit of "
                                    + limits.maxTextLength() + " characters");
                        }
                        text.append(parser.getTextCharacters(), parser.getTextStart(), n);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 3 && field >= 0) {
                        answer.accept(field, text.toString());
                        field = -1;
                    } else if (depth == 2 && answer != null) {
                        if (answers == null) {
                            answers = new ArrayList<>(4);
                        }
                        answers.add(answer.build());
                        answer = null;
                    }
                    depth--;
                }
                case XMLStreamConstants.DTD -> throw new MalformedResponseException(
                        "the Answer document contains a DTD, which is refused", null);
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new MalformedResponseException(
                        "the Answer document contains an entity reference &" + parser.getLocalName()
                                + "; which is refused", null);
                default -> {
                    // START_DOCUMENT, END_DOCUMENT, COMMENT, PROCESSING_INSTRUCTION: nothing to do
                }
            }
        }
        return answers == null ? List.of() : List.copyOf(answers);
    }

    private static void closeQuietly(XMLStreamReader parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // nothing was read from outside memory: nothing to clean up beyond the recycled buffers
            }
        }
    }

    @Override
    public Child child(String name) {
        return name.equals("Answer") ? Child.record(new AnswerReader(), answers::add) : Child.skip();
    }

    @Override
    public List<Answer> finish() {
        return List.copyOf(answers);
    }

    /** One inner {@code Answer}, as a {@link RecordReader} for callers that drive a decoder themselves. */
    private static final class AnswerReader implements RecordReader<Answer> {
        private final AnswerFields fields = new AnswerFields();

        @Override
        public Child child(String name) {
            int id = AnswerFields.field(name);
            return id < 0 ? Child.skip() : Child.field(id);
        }

        @Override
        public void text(int id, String text) {
            fields.accept(id, text);
        }

        @Override
        public Answer finish() {
            return fields.build();
        }
    }

    /** The leaves of one inner {@code Answer} and the typed answer they make. */
    private static final class AnswerFields {
        static final int QUESTION_IDENTIFIER = 0;
        static final int FREE_TEXT = 1;
        static final int SELECTION_IDENTIFIER = 2;
        static final int OTHER_SELECTION_TEXT = 3;
        static final int UPLOADED_FILE_KEY = 4;
        static final int UPLOADED_FILE_SIZE = 5;

        private String questionIdentifier;
        private String freeText;
        private List<String> selections;
        private String otherSelectionText;
        private String fileKey;
        private String fileSize;

        /** @return the leaf's number, or -1 for an element that is skipped */
        static int field(String name) {
            return switch (name) {
                case "QuestionIdentifier" -> QUESTION_IDENTIFIER;
                case "FreeText" -> FREE_TEXT;
                case "SelectionIdentifier" -> SELECTION_IDENTIFIER;
                case "OtherSelectionText" -> OTHER_SELECTION_TEXT;
                case "UploadedFileKey" -> UPLOADED_FILE_KEY;
                case "UploadedFileSizeInBytes" -> UPLOADED_FILE_SIZE;
                default -> -1;
            };
        }

        void accept(int field, String t) {
            switch (field) {
                case QUESTION_IDENTIFIER -> questionIdentifier = t.strip();
                case FREE_TEXT -> freeText = t;
                case SELECTION_IDENTIFIER -> {
                    if (selections == null) {
                        selections = new ArrayList<>(2);
                    }
                    selections.add(t.strip());
                }
                case OTHER_SELECTION_TEXT -> otherSelectionText = t;
                case UPLOADED_FILE_KEY -> fileKey = t.strip();
                case UPLOADED_FILE_SIZE -> fileSize = t;
                default -> throw new IllegalStateException("unexpected field " + field);
            }
        }

        Answer build() {
            String id = Values.required("QuestionIdentifier", questionIdentifier);
            if (fileKey != null || fileSize != null) {
                long size = fileSize == null ? 0 : Values.longValue("UploadedFileSizeInBytes", fileSize);
                return new UploadedFileAnswer(id, Values.required("UploadedFileKey", fileKey), size);
            }
            if (selections != null || otherSelectionText != null) {
                return new SelectionAnswer(id, selections == null ? List.of() : selections, otherSelectionText);
            }
            return new FreeTextAnswer(id, freeText == null ? "" : freeText);
        }
    }
}
