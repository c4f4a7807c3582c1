package mturk.reactive.benchmarks.scan;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * The floor of any streaming decoder: Aalto's async parser walks every token of the body, fed chunk by chunk, and
 * every token of each embedded {@code QuestionFormAnswers} document (the unescaped text of each {@code Answer}
 * element, re-encoded to UTF-8 and fed to a second async parser), building nothing. The result is a token count, so
 * the work cannot be optimised away.
 *
 * <p>Not thread-safe: one instance per thread (it reuses its text and byte scratch buffers).
 */
public final class AaltoScan {

    private static final String ANSWER = "Answer";

    private final AsyncXMLInputFactory factory;
    private char[] text = new char[4096];
    private byte[] utf8 = new byte[8192];

    /** Creates a scanner with a hardened factory (no DTDs, no external entities), as a client would use. */
    public AaltoScan() {
        factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * Scans one body given as consecutive chunks (the buffers a transport would hand over).
     *
     * @return the number of tokens seen, outer and inner documents together
     * @throws XMLStreamException if either document is malformed
     */
    public long scan(List<byte[]> chunks) throws XMLStreamException {
        AsyncXMLStreamReader<AsyncByteArrayFeeder> reader = factory.createAsyncForByteArray();
        long tokens = 0;
        int depth = 0;
        int textLength = 0;
        boolean inAnswer = false;
        try {
            for (byte[] chunk : chunks) {
                reader.getInputFeeder().feedInput(chunk, 0, chunk.length);
                int event;
                while ((event = reader.next()) != AsyncXMLStreamReader.EVENT_INCOMPLETE) {
                    tokens++;
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            // Response > Result > Assignment > Answer
                            if (depth == 4 && ANSWER.equals(reader.getLocalName())) {
                                inAnswer = true;
                                textLength = 0;
                            }
                        }
                        case XMLStreamConstants.CHARACTERS -> {
                            if (inAnswer) {
                                textLength = appendText(reader, textLength);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            if (inAnswer && depth == 4) {
                                inAnswer = false;
                                tokens += scanInner(textLength);
                            }
                            depth--;
                        }
                        default -> {
                        }
                    }
                }
            }
            reader.getInputFeeder().endOfInput();
            while (reader.next() != XMLStreamConstants.END_DOCUMENT) {
                tokens++;
            }
            return tokens;
        } finally {
            reader.close();
        }
    }

    private int appendText(AsyncXMLStreamReader<?> reader, int length) {
        int add = reader.getTextLength();
        if (length + add > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + add));
        }
        System.arraycopy(reader.getTextCharacters(), reader.getTextStart(), text, length, add);
        return length + add;
    }

    private long scanInner(int textLength) throws XMLStreamException {
        int byteLength = encodeUtf8(textLength);
        if (byteLength == 0) {
            return 0;
        }
        AsyncXMLStreamReader<AsyncByteArrayFeeder> inner = factory.createAsyncForByteArray();
        try {
            inner.getInputFeeder().feedInput(utf8, 0, byteLength);
            inner.getInputFeeder().endOfInput();
            long tokens = 0;
            int event;
            while ((event = inner.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event == AsyncXMLStreamReader.EVENT_INCOMPLETE) {
                    throw new XMLStreamException("truncated answer document");
                }
                tokens++;
            }
            return tokens;
        } finally {
            inner.close();
        }
    }

    /** Encodes {@code text[0, length)} as UTF-8 into the reusable byte buffer, without allocating per call. */
    private int encodeUtf8(int length) {
        if (utf8.length < length * 3) {
            utf8 = new byte[length * 3];
        }
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c < 0x80) {
                utf8[out++] = (byte) c;
            } else if (c < 0x800) {
                utf8[out++] = (byte) (0xC0 | (c >> 6));
                utf8[out++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length) {
                int cp = Character.toCodePoint(c, text[++i]);
                utf8[out++] = (byte) (0xF0 | (cp >> 18));
                utf8[out++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                utf8[out++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                utf8[out++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                utf8[out++] = (byte) (0xE0 | (c >> 12));
                utf8[out++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                utf8[out++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /** Splits a body into chunks of {@code chunkSize} bytes (the last may be shorter), as a transport would. */
    public static List<byte[]> chunks(byte[] body, int chunkSize) {
        int count = (body.length + chunkSize - 1) / chunkSize;
        byte[][] parts = new byte[count][];
        for (int i = 0; i < count; i++) {
            parts[i] = Arrays.copyOfRange(body, i * chunkSize, Math.min(body.length, (i + 1) * chunkSize));
        }
        return List.of(parts);
    }
}
