package mturk.reactive.core.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PoolArenaMetric;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * A dedicated pooled allocator with every thread cache off, so that its count of active allocations is exact: a test
 * that ends with a non-zero count has leaked (checked by {@link LeakCheckExtension}).
 */
public final class TestBuffers {

    /** The allocator every buffer-handling test allocates from, and that loopback clients read into. */
    public static final PooledByteBufAllocator ALLOCATOR =
            new PooledByteBufAllocator(true, 1, 1, 8192, 9, 0, 0, false);

    private TestBuffers() {
    }

    /** @return buffers currently allocated from {@link #ALLOCATOR} and not yet released */
    public static long activeAllocations() {
        long n = 0;
        for (PoolArenaMetric a : ALLOCATOR.metric().directArenas()) {
            n += a.numActiveAllocations();
        }
        for (PoolArenaMetric a : ALLOCATOR.metric().heapArenas()) {
            n += a.numActiveAllocations();
        }
        return n;
    }

    /**
     * @param text UTF-8 text
     * @return one direct buffer holding it
     */
    public static ByteBuf buffer(String text) {
        return buffer(text.getBytes(StandardCharsets.UTF_8), 0, text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static ByteBuf buffer(byte[] bytes, int from, int to) {
        ByteBuf b = ALLOCATOR.directBuffer(Math.max(1, to - from));
        b.writeBytes(bytes, from, to - from);
        return b;
    }

    /**
     * Splits a document into buffers of {@code chunkSize} bytes (the last one shorter); with {@code composite}, each
     * buffer is a {@link CompositeByteBuf} of two components (or one for a 1-byte chunk). Buffers are created lazily,
     * per subscription, so that an unconsumed tail allocates nothing.
     *
     * @param text      the document (UTF-8; multi-byte characters may be split across buffers)
     * @param chunkSize bytes per buffer; {@code Integer.MAX_VALUE} for one buffer
     * @param composite whether to emit composite buffers
     * @return the buffers
     */
    public static Flux<ByteBuf> chunks(String text, int chunkSize, boolean composite) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += chunkSize) {
            ranges.add(new int[] {i, (int) Math.min(bytes.length, (long) i + chunkSize)});
        }
        return Flux.fromIterable(ranges).map(r -> composite ? composite(bytes, r[0], r[1]) : buffer(bytes, r[0], r[1]));
    }

    private static ByteBuf composite(byte[] bytes, int from, int to) {
        CompositeByteBuf c = ALLOCATOR.compositeDirectBuffer();
        int mid = from + (to - from) / 2;
        if (mid > from) {
            c.addComponent(true, buffer(bytes, from, mid));
        }
        c.addComponent(true, buffer(bytes, mid, to));
        return c;
    }
}
