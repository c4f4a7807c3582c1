package mturk.reactive.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the boto 2.49 scripts of {@code src/test/python} with Debian's {@code /usr/bin/python3}. */
final class Boto {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Boto() {
    }

    /** Whether /usr/bin/python3 can import boto. */
    static boolean available() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import boto.mturk.connection")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The result of a script run. */
    record Run(int exitCode, String output) {
    }

    /** Runs a script with the endpoint and keys as arguments. */
    static Run run(String script, String endpoint, String accessKey, String secretKey) throws Exception {
        Path path = Path.of("src/test/python", script).toAbsolutePath();
        Process p = new ProcessBuilder(List.of(PYTHON.toString(), path.toString(), endpoint, accessKey, secretKey))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
