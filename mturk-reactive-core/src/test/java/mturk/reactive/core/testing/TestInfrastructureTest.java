package mturk.reactive.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Proves that the suite's safety nets are live: a leak fails the check, a blocking call on a parallel thread fails. */
class TestInfrastructureTest {

    @Test
    void anUnreleasedBufferOfTheTestAllocatorFailsTheLeakCheck() {
        ByteBuf leaked = TestBuffers.ALLOCATOR.directBuffer(16);
        try {
            AssertionError e = assertThrows(AssertionError.class, LeakCheckExtension::verifyNoLeaks);
            assertTrue(e.getMessage().contains("never released"), e.getMessage());
        } finally {
            leaked.release();
        }
        LeakCheckExtension.verifyNoLeaks();
    }

    @Test
    void aBufferCollectedWithoutReleaseIsReportedByNettysDetector() {
        assertTrue(LeakReports.isInstalled());
        LeakReports.drain();
        boolean reported = false;
        for (int attempt = 0; attempt < 20 && !reported; attempt++) {
            leakOne();
            reported = LeakCheckExtension.collectLeakReports().stream().anyMatch(r -> r.startsWith("LEAK"));
        }
        assertTrue(reported, "the collecting leak detector never reported the dropped buffer");
    }

    private static void leakOne() {
        ByteBuf b = UnpooledByteBufAllocator.DEFAULT.directBuffer(8);
        b.writeInt(42); // dropped without release on purpose
    }

    @Test
    void blockHoundRejectsBlockingCallsOnParallelThreads(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        Mono<Integer> blocking = Mono.fromCallable(() -> {
            try (FileInputStream in = new FileInputStream(file.toFile())) {
                return in.read();
            }
        }).subscribeOn(Schedulers.parallel());
        StepVerifier.create(blocking)
                .expectError(BlockingOperationError.class)
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void blockingCallsOnBoundedElasticAreAllowed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        Mono<Integer> blocking = Mono.fromCallable(() -> {
            try (FileInputStream in = new FileInputStream(file.toFile())) {
                return in.read();
            }
        }).subscribeOn(Schedulers.boundedElastic());
        StepVerifier.create(blocking)
                .expectNext((int) 'x')
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
