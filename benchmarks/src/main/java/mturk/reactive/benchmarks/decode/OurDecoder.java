package mturk.reactive.benchmarks.decode;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.xml.ResponseDecoding;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;
import reactor.core.publisher.Flux;

/**
 * Our streaming decoder exactly as the client runs it on a response ({@link ResponseDecoding#decodeEnvelope}: Aalto
 * async parser, record readers, buffer release), fed a body as direct buffers of the given chunk size, as Netty
 * hands them over.
 */
public final class OurDecoder {

    private final Operation<?> operation;
    private final List<ByteBuf> chunks;

    /**
     * @param body      {@code assignments} (GetAssignmentsForHIT) or {@code hits} (SearchHITs)
     * @param bytes     the response body
     * @param chunkSize the buffer size
     */
    public OurDecoder(String body, byte[] bytes, int chunkSize) {
        this.operation = body.equals("assignments") ? Operations.GET_ASSIGNMENTS_FOR_HIT : Operations.SEARCH_HITS;
        this.chunks = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += chunkSize) {
            int length = Math.min(chunkSize, bytes.length - from);
            chunks.add(Unpooled.directBuffer(length).writeBytes(bytes, from, length));
        }
    }

    /** Decodes the body once; every record (and the closing page summary) in document order. */
    public List<Object> decode() {
        // the decoder releases every buffer it is fed: hand it retained duplicates of the kept chunks
        Flux<ByteBuf> buffers = Flux.fromIterable(chunks).map(ByteBuf::retainedDuplicate);
        return ResponseDecoding.decodeEnvelope(buffers, operation.name(), 200, operation.response(),
                ResponseLimits.DEFAULT).collectList().block();
    }

    /** The records of a decoded body (the page summary left out). */
    public static List<Object> records(List<Object> decoded) {
        return decoded.stream().filter(o -> o instanceof Assignment || o instanceof Hit).toList();
    }

    /** Decodes one whole assignments page and returns its records, for the strings-per-record figure. */
    public static List<?> decodeAssignments(byte[] bytes) {
        OurDecoder decoder = new OurDecoder("assignments", bytes, 16_384);
        try {
            return records(decoder.decode());
        } finally {
            decoder.release();
        }
    }

    /** Releases the kept chunks. */
    public void release() {
        chunks.forEach(ByteBuf::release);
    }
}
