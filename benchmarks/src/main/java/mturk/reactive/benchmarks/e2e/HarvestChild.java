package mturk.reactive.benchmarks.e2e;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;
import mturk.reactive.benchmarks.report.CpuClock;

/**
 * Our harvest in a JVM of its own (the parent starts it with {@code -Xmx64m}): whole warm-up listings (the first timed as the cold figure), then the
 * whole listing through the client under test, counting records. Prints one {@code RESULT} line with the records,
 * wall and CPU nanoseconds, the peak heap of the measured listing (sum of the heap pools' peaks after a reset), the
 * maximum heap and the GC count and time.
 *
 * <p>Arguments: factory class, port, {@code assignments} or {@code hits}, HIT id, warm-up listings.
 */
public final class HarvestChild {

    private HarvestChild() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        ClientUnderTest.Factory factory = (ClientUnderTest.Factory) Class.forName(args[0])
                .getDeclaredConstructor().newInstance();
        int port = Integer.parseInt(args[1]);
        boolean assignments = args[2].equals("assignments");
        String hitId = args[3];
        int warmupListings = Integer.parseInt(args[4]);
        try (ClientUnderTest client = factory.connect(port)) {
            // the first listing runs cold (interpreter, JIT compiling); later ones show the steady state a long-running
            // JVM service sees, and the measured listing comes after them
            long cold0 = System.nanoTime();
            Long coldRecords = (assignments ? client.allAssignments(hitId) : client.allHits()).count().block();
            long coldNanos = System.nanoTime() - cold0;
            for (int i = 1; i < warmupListings; i++) {
                (assignments ? client.allAssignments(hitId) : client.allHits()).count().block();
            }
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long gcCount0 = gcCount();
            long gcTime0 = gcMillis();
            long cpu0 = CpuClock.processCpuNanos();
            long wall0 = System.nanoTime();
            Long records = (assignments ? client.allAssignments(hitId) : client.allHits()).count().block();
            long wall = System.nanoTime() - wall0;
            long cpu = CpuClock.processCpuNanos() - cpu0;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("records", records);
            result.put("nanos", wall);
            result.put("coldRecords", coldRecords);
            result.put("coldNanos", coldNanos);
            result.put("cpuNanos", cpu);
            result.put("peakHeapBytes", peak);
            result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            result.put("gcCount", gcCount() - gcCount0);
            result.put("gcMillis", gcMillis() - gcTime0);
            ChildJvm.printResult(result);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
