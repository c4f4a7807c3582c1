package mturk.reactive.core.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaks a buffer. Two checks after each test:
 * <ol>
 *   <li>exact: every buffer allocated from {@link TestBuffers#ALLOCATOR} has been released (releases on an event loop
 *       may lag the end of the test slightly, so the count is awaited for up to 5 seconds);</li>
 *   <li>sampling: Netty's paranoid leak detector, after a GC, reports no buffer of any allocator that was collected
 *       without being released ({@link LeakReports}).</li>
 * </ol>
 */
public final class LeakCheckExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        LeakReports.drain(); // leaks of earlier tests are not this test's fault
    }

    @Override
    public void afterEach(ExtensionContext context) {
        verifyNoLeaks();
    }

    /**
     * @throws AssertionError if a buffer is still allocated from the test allocator, or the leak detector reported a
     *                        leak
     */
    public static void verifyNoLeaks() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long active;
        while ((active = TestBuffers.activeAllocations()) != 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        if (active != 0) {
            throw new AssertionError(active + " buffer(s) of the test allocator were never released");
        }
        List<String> reports = collectLeakReports();
        if (!reports.isEmpty()) {
            throw new AssertionError("Netty reported leaked buffers:\n" + String.join("\n", reports));
        }
    }

    /**
     * Runs a GC and makes the detector poll its reference queue (it does so on each tracked allocation).
     *
     * @return the leak reports gathered
     */
    static List<String> collectLeakReports() {
        System.gc();
        for (int i = 0; i < 3; i++) {
            ByteBuf probe = UnpooledByteBufAllocator.DEFAULT.directBuffer(1);
            probe.release();
        }
        return LeakReports.drain();
    }
}
