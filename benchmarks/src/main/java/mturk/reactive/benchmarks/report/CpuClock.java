package mturk.reactive.benchmarks.report;

import java.lang.management.ManagementFactory;

/**
 * This process's CPU time (all threads, including event loops and GC) from the platform
 * {@code OperatingSystemMXBean}, for CPU-per-call figures taken as deltas around a measured loop.
 */
public final class CpuClock {

    private CpuClock() {
    }

    /** CPU nanoseconds used by this JVM so far, or -1 where the platform does not tell. */
    public static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
