package mturk.reactive.core.xml.readers;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.TruncatedResponseException;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.core.xml.XmlDecoder;
import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;

/**
 * Reads a {@code QuestionFormAnswers} document (2005-10-01) into typed answers, with the same hardened Aalto
 * parser as the responses (no DOM, no DTD, no entities).
 *
 * <p>The {@code Answer} element of an assignment or qualification request carries this document as escaped text;
 * {@link #parse(String)} parses that text synchronously in one pass over its UTF-8 bytes (it is small, at most the
 * 64 KB the service allows). Each inner {@code Answer} becomes one {@link Answer}:
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
        if (xml == null || xml.isBlank()) {
            return List.of();
        }
        QuestionFormAnswersReader root = new QuestionFormAnswersReader();
        List<Object> out = new ArrayList<>(1);
        XmlDecoder decoder = XmlDecoder.forDocument(root, ResponseLimits.DEFAULT);
        ByteBuf bytes = Unpooled.wrappedBuffer(xml.strip().getBytes(StandardCharsets.UTF_8));
        try {
            out.addAll(decoder.feed(bytes));
        } finally {
            bytes.release();
        }
        try {
            out.addAll(decoder.finish());
        } catch (TruncatedResponseException e) {
            // the response itself was complete: an unfinished inner document is malformed data, not a lost connection
            throw new MalformedResponseException("the Answer document is incomplete: " + e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        List<Answer> answers = out.isEmpty() ? List.of() : (List<Answer>) out.get(0);
        return answers;
    }

    @Override
    public Child child(String name) {
        return name.equals("Answer") ? Child.record(new AnswerReader(), answers::add) : Child.skip();
    }

    @Override
    public List<Answer> finish() {
        return List.copyOf(answers);
    }

    /** One inner {@code Answer}. */
    private static final class AnswerReader implements RecordReader<Answer> {
        private String questionIdentifier;
        private String freeText;
        private final List<String> selections = new ArrayList<>(1);
        private String otherSelectionText;
        private String fileKey;
        private String fileSize;

        @Override
        public Child child(String name) {
            return switch (name) {
                case "QuestionIdentifier" -> Child.text(t -> questionIdentifier = t.strip());
                case "FreeText" -> Child.text(t -> freeText = t);
                case "SelectionIdentifier" -> Child.text(t -> selections.add(t.strip()));
                case "OtherSelectionText" -> Child.text(t -> otherSelectionText = t);
                case "UploadedFileKey" -> Child.text(t -> fileKey = t.strip());
                case "UploadedFileSizeInBytes" -> Child.text(t -> fileSize = t);
                default -> Child.skip();
            };
        }

        @Override
        public Answer finish() {
            String id = Values.required("QuestionIdentifier", questionIdentifier);
            if (fileKey != null || fileSize != null) {
                long size = fileSize == null ? 0 : Values.longValue("UploadedFileSizeInBytes",
                        fileSize);
                return new UploadedFileAnswer(id, Values.required("UploadedFileKey", fileKey),
                        size);
            }
            if (!selections.isEmpty() || otherSelectionText != null) {
                return new SelectionAnswer(id, selections, otherSelectionText);
            }
            return new FreeTextAnswer(id, freeText == null ? "" : freeText);
        }
    }
}
