package mturk.reactive.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the run ran on: processors, CPU model, JDK and OS, as one line for the report. */
public final class Machine {

    private Machine() {
    }

    /** For example {@code 2 CPUs (Intel(R) Xeon(R) ...), JDK 17.0.15 (OpenJDK 64-Bit Server VM), Linux 6.1}. */
    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), JDK "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + loadAverage();
    }

    /** The 1-minute load average, which tells whether other work shared the CPUs (Linux only). */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "; load average " + fields[0] + " (1 min) when the run started";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }
}
