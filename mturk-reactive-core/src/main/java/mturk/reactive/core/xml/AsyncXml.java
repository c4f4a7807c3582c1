package mturk.reactive.core.xml;

import com.fasterxml.aalto.AsyncByteBufferFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import javax.xml.stream.XMLInputFactory;

/**
 * The one shared, hardened Aalto factory: no DTD support, no external entities, a resolver that resolves nothing,
 * no coalescing (text pieces are joined by the decoder). The decoder additionally treats any DTD or entity
 * reference event as malformed input. Thread-safe: readers are created per response.
 */
public final class AsyncXml {

    private static final AsyncXMLInputFactory FACTORY = createFactory();

    private AsyncXml() {
    }

    private static AsyncXMLInputFactory createFactory() {
        InputFactoryImpl f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external entities are refused: " + systemId);
        });
        return f;
    }

    /**
     * A blocking reader over characters already in memory (the small documents embedded as text in a response), with
     * the same hardening. Close it after use so Aalto can recycle its buffers.
     *
     * @param chars the document
     * @return a new reader
     * @throws javax.xml.stream.XMLStreamException if Aalto cannot start reading (a malformed declaration, say)
     */
    public static javax.xml.stream.XMLStreamReader newReader(java.io.Reader chars)
            throws javax.xml.stream.XMLStreamException {
        return FACTORY.createXMLStreamReader(chars);
    }

    /** @return a new non-blocking reader fed with {@link java.nio.ByteBuffer}s */
    public static AsyncXMLStreamReader<AsyncByteBufferFeeder> newReader() {
        return FACTORY.createAsyncForByteBuffer();
    }
}
