package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged jar ({@code target/mturk-simulator.jar}) starts on port 0, serves boto's whole workflow, stops on SIGTERM. */
class BotoJarIT {
    @Test
    void packagedJarServesTheBotoWorkflowAndStopsOnSigterm() throws Exception {
        Path jar = Path.of(System.getProperty("mturk.simulator.jar", "target/mturk-simulator.jar"));
        assertTrue(Files.isRegularFile(jar), "missing " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sim = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--auto-work", "--work-delay",
                "300ms", "--seed", "42").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = Pattern.compile("(http://[^\\s]+:(\\d+)/)").matcher(first == null ? "" : first);
            assertTrue(m.find(), "first line: " + first);
            assertTrue(Integer.parseInt(m.group(2)) > 0);
            String access = out.readLine().replace("access key: ", "");
            String secret = out.readLine().replace("secret key: ", "");
            assertTrue(Boto.available(),
                    "the interoperability tests need /usr/bin/python3 with boto 2.49: apt-get install python3-boto (.ci/run does)");
            Boto.Run run = Boto.run("boto_workflow.py", m.group(1), access, secret);
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().endsWith("OK\n"), run.output());
        } finally {
            sim.destroy();
            assertTrue(sim.waitFor(20, TimeUnit.SECONDS), "simulator did not stop on SIGTERM");
            assertEquals(143, sim.exitValue());
        }
    }
}
