package mturk.reactive.core.xml;

import io.netty.buffer.ByteBuf;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import mturk.reactive.core.MTurkException;
import mturk.reactive.core.ResponseLimits;
import reactor.core.publisher.Flux;

/**
 * Turns a body ({@code Flux<ByteBuf>}) into the records of one document, streaming.
 *
 * <pre>{@code
 * Flux.defer(() -> { decoder = newDecoder.get();                   // fresh state per subscription
 *         return body.map(Owned::new)                               // our one reference, released once
 *                    .concatMapIterable(feed, then release)        // zero-copy, one buffer at a time
 *                    .concatWith(Flux.defer(decoder::finish)); })  // end of input: fail if the root is open
 *     .doOnDiscard(Owned.class, Owned::release)                    // cancel and error paths release too
 *     .doOnDiscard(ByteBuf.class, Buffers::releaseQuietly)         // buffers dropped upstream of the map
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
            return body.map(Owned::new)
                    .concatMapIterable(owned -> feedAndRelease(decoder, owned), BUFFER_PREFETCH)
                    .concatWith(Flux.defer(() -> Flux.fromIterable(decoder.finish())));
        })
                .doOnDiscard(Owned.class, Owned::release)
                .doOnDiscard(ByteBuf.class, Buffers::releaseQuietly);
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

    private static Iterable<Object> feedAndRelease(XmlDecoder decoder, Owned owned) {
        List<Object> records;
        try {
            records = decoder.feed(owned.buffer);
        } finally {
            owned.release();
        }
        MTurkException failure = decoder.failureAfterOutput();
        return failure == null ? records : thenFail(records, failure);
    }

    /** The records, then the failure: Reactor signals an exception thrown by the iterator as {@code onError}. */
    private static Iterable<Object> thenFail(List<Object> records, MTurkException failure) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next < records.size()) {
                    return true;
                }
                throw failure;
            }

            @Override
            public Object next() {
                if (next >= records.size()) {
                    throw new NoSuchElementException();
                }
                return records.get(next++);
            }
        };
    }

    /**
     * This pipeline's one reference to a body buffer, released at most once. A buffer's reference count may be shared
     * with Reactor Netty (which releases its own reference after {@code onNext}), so "release if refCnt &gt; 0" is not
     * idempotent enough: when the parser throws, both the {@code finally} above and the discard hook (Reactor hands
     * the failing element to it too) see the buffer, and only the first may release.
     */
    static final class Owned {
        final ByteBuf buffer;
        private final AtomicBoolean released = new AtomicBoolean();

        Owned(ByteBuf buffer) {
            this.buffer = buffer;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                buffer.release();
            }
        }
    }
}
