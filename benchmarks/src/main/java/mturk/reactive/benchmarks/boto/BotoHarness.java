package mturk.reactive.benchmarks.boto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs boto 2.49 (Debian's {@code python3-boto}, always through {@code /usr/bin/python3}) against the benchmark
 * server: the scripts {@code harvest.py} and {@code publish.py} time their own loops and print one JSON line of
 * figures, which this class reads. Each run gets an empty boto config and no proxy variables, so boto talks to
 * {@code http://127.0.0.1:PORT/} directly.
 */
public final class BotoHarness {

    /** The interpreter that has boto 2.49 (the {@code python3} on PATH may not). */
    public static final String PYTHON = "/usr/bin/python3";

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\\s*(\"[^\"]*\"|[-0-9.eE+]+)");

    private final Path scripts;
    private final Path botoConfig;

    /** @param scripts the folder holding {@code harvest.py}, {@code publish.py} and {@code boto_common.py} */
    public BotoHarness(Path scripts) throws IOException {
        this.scripts = scripts;
        this.botoConfig = Files.createTempFile("benchmark-boto", ".cfg");
        botoConfig.toFile().deleteOnExit();
    }

    /** Null when {@code /usr/bin/python3 -c 'import boto'} works, else the reason it does not. */
    public static String unavailableReason() {
        try {
            Process process = new ProcessBuilder(PYTHON, "-c", "import boto; print(boto.__version__)")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return PYTHON + " cannot import boto (install Debian's python3-boto): " + output;
            }
            return null;
        } catch (IOException e) {
            return PYTHON + " not runnable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs {@code harvest.py PORT assignments HIT_ID}; figures include records, seconds and cpu_seconds. */
    public Map<String, String> harvestAssignments(int port, String hitId) throws IOException, InterruptedException {
        return run("harvest.py", Integer.toString(port), "assignments", hitId);
    }

    /** Runs {@code harvest.py PORT hits}. */
    public Map<String, String> harvestHits(int port) throws IOException, InterruptedException {
        return run("harvest.py", Integer.toString(port), "hits");
    }

    /** Runs {@code publish.py PORT COUNT THREADS}. */
    public Map<String, String> publish(int port, int count, int threads) throws IOException, InterruptedException {
        return run("publish.py", Integer.toString(port), Integer.toString(count), Integer.toString(threads));
    }

    private Map<String, String> run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, scripts.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(scripts.toFile());
        Map<String, String> env = builder.environment();
        env.put("BOTO_CONFIG", botoConfig.toString());
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        for (String proxy : List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
            env.remove(proxy);
        }
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(script + " failed: " + output);
        }
        String[] lines = output.trim().split("\n");
        Map<String, String> figures = new HashMap<>();
        Matcher matcher = FIELD.matcher(lines[lines.length - 1]);
        while (matcher.find()) {
            figures.put(matcher.group(1), matcher.group(2).replace("\"", ""));
        }
        if (!figures.containsKey("records")) {
            throw new IOException(script + " printed no figures: " + output);
        }
        return figures;
    }
}
