package mturk.reactive.samples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command talks to: standard output (results), standard error (progress and messages), the environment and
 * the home directory. Tests pass their own.
 *
 * @param out      results, e.g. the summary table
 * @param err      progress lines and messages
 * @param terminal whether {@code err} is a terminal (progress redrawn in place)
 * @param env      the environment variables
 * @param home     the user's home directory
 */
public record Terminal(PrintStream out, PrintStream err, boolean terminal, Map<String, String> env, Path home) {

    /** Validates the components. */
    public Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        Objects.requireNonNull(home, "home");
    }

    /** The process's own streams, environment and home. */
    public static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null, System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** A progress line on {@link #err()}. */
    public Progress progress(String label, long total) {
        return new Progress(label, total, err, terminal, System::nanoTime);
    }
}
