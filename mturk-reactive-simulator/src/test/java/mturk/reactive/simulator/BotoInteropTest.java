package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * boto 2.49 (Debian python3-boto), an independent legacy client, drives the in-process simulator unchanged.
 * {@link BotoJarIT} repeats the full workflow against the packaged jar.
 */
class BotoInteropTest {
    @BeforeAll
    static void needsBoto() {
        assertTrue(Boto.available(),
                "the interoperability tests need /usr/bin/python3 with boto 2.49: apt-get install python3-boto (.ci/run does)");
    }

    @Test
    void smokeScriptPasses() throws Exception {
        try (MTurkSimulator sim = MTurkSimulator.builder().start()) {
            Boto.Run run = Boto.run("boto_smoke.py", sim.endpoint().toString(), sim.accessKey(), sim.secretKey());
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("OK"), run.output());
        }
    }

    @Test
    void wholeRequesterWorkflowPasses() throws Exception {
        try (MTurkSimulator sim = MTurkSimulator.builder().autoWork(true).workDelay(Duration.ofMillis(300)).start()) {
            Boto.Run run = Boto.run("boto_workflow.py", sim.endpoint().toString(), sim.accessKey(), sim.secretKey());
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().endsWith("OK\n"), run.output());
            assertTrue(sim.notifications().byTransport("REST").stream().anyMatch(r -> r.httpStatus() == 200));
            assertEquals(1, sim.notifications().byTransport("WorkerMessage").size());
        }
    }
}
