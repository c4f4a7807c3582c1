package mturk.reactive.core.xml;

import com.fasterxml.aalto.AsyncByteBufferFeeder;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.UncheckedStreamException;
import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import mturk.reactive.core.MTurkException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimitExceededException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.TruncatedResponseException;

/**
 * The streaming driver: one Aalto async reader for one document, a stack of {@link RecordReader}s, and the
 * records they produce.
 *
 * <p>Single use and not thread-safe: create one per response (per subscription). Feed it with
 * {@link #feed(ByteBuf)} (it never releases the buffer: the caller does), then call {@link #finish()} once the body
 * has ended. Both return whatever records were {@linkplain #emit(Object) emitted} while parsing, so each record leaves
 * the decoder with the buffer that completed it.
 *
 * <p>It feeds each NIO buffer of a {@code ByteBuf} (composite buffers included, without copying) and drains the
 * parser to {@code EVENT_INCOMPLETE} before feeding the next one. It uses the cursor API and joins text split at
 * buffer boundaries. A DTD or entity reference is malformed input, and so is anything Aalto rejects; the
 * {@link ResponseLimits} bound depth, text length and total bytes; {@link #finish()} fails with
 * {@link TruncatedResponseException} unless the root element was closed.
 */
public final class XmlDecoder {

    private static final List<Object> NONE = List.of();

    private final AsyncXMLStreamReader<AsyncByteBufferFeeder> parser = AsyncXml.newReader();
    private final ResponseLimits limits;
    private final RecordReader<?> rootReader;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final Attributes attributes = new Attributes();

    private List<Object> out = NONE;
    private int depth;
    private int skipDepth;
    private int textDepth;
    private long textRun;
    private String textElement;
    private Consumer<String> textSink;
    private RecordReader<?> fieldReader;
    private int fieldId;
    private long totalBytes;
    private boolean rootClosed;
    private boolean done;
    private MTurkException pending;

    /**
     * @param rootReader given this decoder's {@link #emit} as emitter, creates the reader of the document element
     *                   (for responses: an {@link EnvelopeReader})
     * @param limits     the per-document limits
     */
    public XmlDecoder(Function<Consumer<Object>, ? extends RecordReader<?>> rootReader, ResponseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.rootReader = Objects.requireNonNull(rootReader.apply(this::emit), "rootReader");
    }

    /**
     * A decoder for one response envelope: records first, then a {@link ResponseSummary}.
     *
     * @param operation  wire name of the operation
     * @param statusCode HTTP status of the response
     * @param spec       where the payload is
     * @param limits     per-document limits
     * @param <T>        record type
     * @return a new decoder
     */
    public static <T> XmlDecoder forEnvelope(String operation, int statusCode, ResponseSpec<T> spec,
                                             ResponseLimits limits) {
        return new XmlDecoder(emitter -> new EnvelopeReader<>(operation, statusCode, spec, emitter), limits);
    }

    /**
     * A decoder for an arbitrary document whose root element is read by {@code root}; the record it builds is
     * emitted when the root closes (used for nested documents such as {@code QuestionFormAnswers}).
     *
     * @param root   reader of the document element
     * @param limits per-document limits
     * @return a new decoder
     */
    public static XmlDecoder forDocument(RecordReader<?> root, ResponseLimits limits) {
        return new XmlDecoder(emitter -> new RecordReader<Object>() {
            @Override
            public Child child(String name) {
                return root.child(name);
            }

            @Override
            public Child child(String name, XmlAttributes attributes) {
                return root.child(name, attributes);
            }

            @Override
            public void text(int id, String text) {
                root.text(id, text);
            }

            @Override
            public Object finish() {
                Object value = root.finish();
                if (value != null) {
                    emitter.accept(value);
                }
                return null;
            }
        }, limits);
    }

    /**
     * Hands a record downstream; it leaves the decoder in the list returned by the current {@link #feed} or
     * {@link #finish} call. Called by readers that stream (the envelope emits each item of a page).
     *
     * @param record the record
     */
    public void emit(Object record) {
        if (out == NONE) {
            out = new ArrayList<>(4);
        }
        out.add(record);
    }

    /**
     * Parses the readable bytes of {@code buffer} without changing its indices or reference count.
     *
     * @param buffer a chunk of the body; the caller keeps ownership and releases it afterwards
     * @return the records completed by this chunk, in document order (possibly empty); once the root element has
     *         closed, its last records are held back until {@link #finish()}, so trailing content fails the response
     *         instead of following its summary
     * @throws MTurkException a {@link MalformedResponseException} (including limit violations) or a service error
     *                        detected by the envelope
     */
    public List<Object> feed(ByteBuf buffer) {
        if (done) {
            throw new IllegalStateException("decoder already finished");
        }
        throwPending();
        totalBytes += buffer.readableBytes();
        if (totalBytes > limits.maxTotalBytes()) {
            throw new ResponseLimitExceededException("response body exceeds the limit of "
                    + limits.maxTotalBytes() + " bytes");
        }
        if (!buffer.isReadable()) {
            return NONE;
        }
        ByteBuffer[] nio = buffer.nioBufferCount() == 1
                ? new ByteBuffer[] {buffer.nioBuffer()} : buffer.nioBuffers();
        try {
            for (ByteBuffer b : nio) {
                if (!b.hasRemaining()) {
                    continue;
                }
                try {
                    parser.getInputFeeder().feedInput(b);
                } catch (XMLStreamException e) {
                    throw malformed(e);
                }
                drain();
            }
        } catch (MTurkException e) {
            if (out.isEmpty() || rootClosed) {
                throw e;
            }
            // records completed earlier in this buffer were fine: deliver them, fail on the next call
            pending = e;
            return takeOutput();
        }
        // once the root has closed, what it produced (the summary above all) waits for the end of the body: content
        // after the root is malformed, and must fail the response rather than follow a success
        return rootClosed ? NONE : takeOutput();
    }

    /**
     * Signals the end of the body, drains the parser and checks that the root element was closed.
     *
     * @return the records completed at the end (possibly empty)
     * @throws TruncatedResponseException if the body ended inside the document
     */
    public List<Object> finish() {
        if (done) {
            return NONE;
        }
        throwPending();
        parser.getInputFeeder().endOfInput();
        try {
            drain();
        } finally {
            done = true;
            closeParser();
        }
        if (!rootClosed) {
            throw new TruncatedResponseException(depth == 0
                    ? "response body ended before the root element (" + totalBytes + " bytes read)"
                    : "response body ended at depth " + depth + " inside <" + openElementName() + "> after "
                            + totalBytes + " bytes");
        }
        return takeOutput();
    }

    /**
     * A failure found in the middle of the last fed buffer, after records that were complete and valid: {@link #feed}
     * returned those records, and every later call throws this. Streaming callers should deliver the records, then
     * fail at once with it (see {@link ResponseDecoding}).
     *
     * @return the failure waiting behind the last output, or {@code null}
     */
    public MTurkException failureAfterOutput() {
        return pending;
    }

    private void throwPending() {
        MTurkException e = pending;
        if (e != null) {
            done = true;
            throw e;
        }
    }

    /** Lets Aalto recycle its buffers (per thread) for the next response; nothing else is held. */
    private void closeParser() {
        try {
            parser.close();
        } catch (XMLStreamException | RuntimeException ignored) {
            // the input is in memory: there is nothing to clean up beyond the recycled buffers
        }
    }

    /** @return whether the document's root element has been closed */
    public boolean isComplete() {
        return rootClosed;
    }

    private String openElementName() {
        Frame f = frames.peek();
        if (textElement != null) {
            return textElement;
        }
        return f == null ? "?" : f.name;
    }

    private List<Object> takeOutput() {
        List<Object> result = out;
        out = NONE;
        return result;
    }

    private void drain() {
        try {
            while (true) {
                int event = parser.next();
                if (event == AsyncXMLStreamReader.EVENT_INCOMPLETE) {
                    return;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    return;
                }
                handle(event);
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (UncheckedStreamException e) {
            // Aalto decodes text lazily and reports invalid UTF-8 or an illegal character found then unchecked
            throw new MalformedResponseException("response is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private void handle(int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters();
            case XMLStreamConstants.DTD -> throw new MalformedResponseException(
                    "response contains a DTD, which is refused", null);
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new MalformedResponseException(
                    "response contains an entity reference &" + parser.getLocalName() + "; which is refused", null);
            default -> {
                // START_DOCUMENT, COMMENT, PROCESSING_INSTRUCTION: nothing to do
            }
        }
    }

    private void startElement() {
        textRun = 0;
        depth++;
        if (depth > limits.maxDepth()) {
            throw new ResponseLimitExceededException("element <" + parser.getLocalName() + "> at depth " + depth
                    + " exceeds the depth limit of " + limits.maxDepth());
        }
        if (skipDepth > 0) {
            return;
        }
        if (rootClosed) {
            throw new MalformedResponseException("second root element <" + parser.getLocalName() + ">", null);
        }
        String name = parser.getLocalName();
        if (textElement != null) {
            skipDepth = depth; // markup inside a text leaf is ignored
            return;
        }
        Frame top = frames.peek();
        if (top == null) {
            frames.push(new Frame(name, rootReader, r -> { }));
            return;
        }
        Child child;
        try {
            child = top.reader.child(name, attributes);
        } catch (MTurkException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalidValue(name, e);
        }
        if (child instanceof Child.Field f) {
            fieldReader = top.reader;
            fieldId = f.id();
            textDepth = depth;
            textElement = name;
            text.setLength(0);
        } else if (child instanceof Child.Text t) {
            textSink = t.sink();
            textDepth = depth;
            textElement = name;
            text.setLength(0);
        } else if (child instanceof Child.Nested<?> n) {
            frames.push(new Frame(name, n.reader(), castSink(n.sink())));
        } else {
            skipDepth = depth;
        }
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Object> castSink(Consumer<?> sink) {
        return (Consumer<Object>) sink;
    }

    private void characters() {
        int len = parser.getTextLength();
        textRun += len;
        if (textRun > limits.maxTextLength()) {
            // any run of text between two tags, read or skipped, is bounded: skipping is not a way around the limit
            throw new ResponseLimitExceededException("text " + (textElement != null ? "of <" + textElement + "> "
                    : "in a skipped element ") + "exceeds the limit of " + limits.maxTextLength() + " characters");
        }
        if (textElement == null || skipDepth > 0) {
            return;
        }
        if (text.length() + len > limits.maxTextLength()) {
            throw new ResponseLimitExceededException("text of <" + textElement + "> exceeds the limit of "
                    + limits.maxTextLength() + " characters");
        }
        text.append(parser.getTextCharacters(), parser.getTextStart(), len);
    }

    private void endElement() {
        textRun = 0;
        int d = depth--;
        if (skipDepth > 0) {
            if (d == skipDepth) {
                skipDepth = 0;
            }
            return;
        }
        if (textElement != null) {
            if (d == textDepth) {
                Consumer<String> sink = textSink;
                RecordReader<?> reader = fieldReader;
                String element = textElement;
                textSink = null;
                fieldReader = null;
                textElement = null;
                String value = text.toString();
                text.setLength(0);
                try {
                    if (sink != null) {
                        sink.accept(value);
                    } else {
                        reader.text(fieldId, value);
                    }
                } catch (MTurkException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw invalidValue(element, e);
                }
            }
            return;
        }
        Frame frame = frames.pop();
        Object record;
        try {
            record = frame.reader.finish();
            if (record != null) {
                frame.sink.accept(record);
            }
        } catch (MTurkException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalidValue(frame.name, e);
        }
        if (frames.isEmpty()) {
            rootClosed = true;
        }
    }

    private static MalformedResponseException invalidValue(String element, RuntimeException e) {
        return new MalformedResponseException("invalid content in <" + element + ">: " + e.getMessage(), e);
    }

    private MalformedResponseException malformed(XMLStreamException e) {
        return new MalformedResponseException("response is not well-formed XML: " + e.getMessage(), e);
    }

    private static final class Frame {
        final String name;
        final RecordReader<?> reader;
        final Consumer<Object> sink;

        Frame(String name, RecordReader<?> reader, Consumer<Object> sink) {
            this.name = name;
            this.reader = reader;
            this.sink = sink;
        }
    }

    private final class Attributes implements XmlAttributes {
        @Override
        public int count() {
            return parser.getAttributeCount();
        }

        @Override
        public String name(int index) {
            return parser.getAttributeLocalName(index);
        }

        @Override
        public String value(int index) {
            return parser.getAttributeValue(index);
        }
    }
}
