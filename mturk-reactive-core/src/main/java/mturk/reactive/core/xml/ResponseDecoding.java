package mturk.reactive.core.xml;

import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.function.Supplier;
import mturk.reactive.core.ResponseLimits;
import reactor.core.publisher.Flux;

/**
 * Turns a body ({@code Flux<ByteBuf>}) into the records of one document, streaming.
 *
 * <pre>{@code
 * Flux.defer(() -> { decoder = newDecoder.get();                   // fresh state per subscription
 *         return body.concatMapIterable(feed, then release)        // zero-copy, one buffer at a time
 *                    .concatWith(Flux.defer(decoder::finish)); })  // end of input: fail if the root is open
 *     .doOnDiscard(ByteBuf.class, Buffers::releaseQuietly)         // cancel and error paths release too
 * }</pre>
 *
 * <p>Ownership: every buffer the body emits belongs to this pipeline, which releases it exactly once (right after
 * feeding it, or through the discard hook if an operator drops it unread). Upstream errors (a premature close, say)
 * pass through unchanged.
 */
public final class ResponseDecoding {

    /** Body buffers requested ahead of the parser: small, so demand reaches the socket. */
    static final int BUFFER_PREFETCH = 8;

    private ResponseDecoding() {
    }

    /**
     * @param body       the body buffers; each one emitted belongs to this pipeline
     * @param newDecoder creates the per-subscription decoder (called once per subscription)
     * @return the records in document order, or an error
     */
    public static Flux<Object> decode(Flux<ByteBuf> body, Supplier<XmlDecoder> newDecoder) {
        return Flux.defer(() -> {
            XmlDecoder decoder = newDecoder.get();
            return body.concatMapIterable(buffer -> feedAndRelease(decoder, buffer), BUFFER_PREFETCH)
                    .concatWith(Flux.defer(() -> Flux.fromIterable(decoder.finish())));
        }).doOnDiscard(ByteBuf.class, Buffers::releaseQuietly);
    }

    /**
     * Decodes one response envelope.
     *
     * @param body       the body buffers (ownership passes to the pipeline)
     * @param operation  wire name of the operation
     * @param statusCode HTTP status
     * @param spec       where the payload is
     * @param limits     per-document limits
     * @param <T>        record type
     * @return the records, then a {@link ResponseSummary}; or an error
     */
    public static <T> Flux<Object> decodeEnvelope(Flux<ByteBuf> body, String operation, int statusCode,
                                                  ResponseSpec<T> spec, ResponseLimits limits) {
        return decode(body, () -> XmlDecoder.forEnvelope(operation, statusCode, spec, limits));
    }

    private static List<Object> feedAndRelease(XmlDecoder decoder, ByteBuf buffer) {
        // Released here only on success. If feeding throws, concatMapIterable hands this very buffer to the discard
        // hook, which releases it: releasing it here as well would drop a second reference, and a buffer that is
        // shared with Netty's pipeline (refCnt > 1) is still "alive" for releaseQuietly, so nothing would stop it.
        List<Object> out = decoder.feed(buffer);
        buffer.release();
        return out;
    }
}
