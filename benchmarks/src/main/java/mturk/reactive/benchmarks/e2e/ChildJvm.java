package mturk.reactive.benchmarks.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on this JVM's class path, for parts that need their own heap limit ({@code -Xmx64m} harvest) or
 * their own CPU account (the server). It talks through standard output: the parent reads lines; a child's result
 * is one line {@code RESULT key=value key=value ...}. Closing the child closes its standard input, which the
 * children treat as "stop".
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader stdout;
    private final String name;

    private ChildJvm(Process process, String name) {
        this.process = process;
        this.name = name;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts class {@code mainClass} with {@code jvmArgs} and {@code args}; the child's standard error goes to ours. */
    public static ChildJvm start(List<String> jvmArgs, String mainClass, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildJvm(process, mainClass.substring(mainClass.lastIndexOf('.') + 1));
    }

    /** Reads standard output until a line starts with {@code prefix}; returns the rest of that line. */
    public String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        throw new IOException(name + " ended before printing " + prefix);
    }

    /** Reads the child's {@code RESULT} line as a map. */
    public Map<String, String> result() throws IOException {
        Map<String, String> figures = new HashMap<>();
        for (String pair : awaitLine("RESULT ").split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                figures.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return figures;
    }

    /** Prints a result line in the format {@link #result()} reads (for the child side). */
    public static void printResult(Map<String, ?> figures) {
        StringBuilder line = new StringBuilder("RESULT");
        figures.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
        System.out.flush();
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
