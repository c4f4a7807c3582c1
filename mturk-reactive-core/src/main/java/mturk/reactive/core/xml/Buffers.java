package mturk.reactive.core.xml;

import io.netty.buffer.ByteBuf;
import io.netty.util.IllegalReferenceCountException;

/**
 * The buffer-ownership rules of the decoder in one place. A body buffer is retained once where Reactor Netty hands it
 * over, released exactly once right after it has been fed, and any buffer dropped by an operator on a cancel or error
 * path is released by a {@code doOnDiscard(ByteBuf.class, Buffers::releaseQuietly)} hook.
 */
public final class Buffers {

    private Buffers() {
    }

    /**
     * Releases a buffer if it is still alive; idempotent, so the discard hook may see a buffer the decoder has
     * already released (Reactor hands a failed element to the discard hook too).
     *
     * @param buffer the buffer, possibly already released
     */
    public static void releaseQuietly(ByteBuf buffer) {
        if (buffer.refCnt() > 0) {
            try {
                buffer.release();
            } catch (IllegalReferenceCountException ignored) {
                // released concurrently: nothing left to do
            }
        }
    }
}
