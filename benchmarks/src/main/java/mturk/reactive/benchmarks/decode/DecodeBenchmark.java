package mturk.reactive.benchmarks.decode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import mturk.reactive.benchmarks.baseline.DomDecoder;
import mturk.reactive.benchmarks.baseline.StaxDecoder;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.HitPages;
import mturk.reactive.benchmarks.scan.AaltoScan;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decoding one 100-record page, four ways, on the same bytes: our streaming decoder, JDK DOM plus mapping, JDK
 * StAX plus mapping, and the Aalto scan floor. One operation is one page; the body is generated in the fork by
 * the same deterministic generators the servers use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {

    /** Which page: {@code assignments} (GetAssignmentsForHIT) or {@code hits} (SearchHITs). */
    @Param({"assignments", "hits"})
    public String body;

    /** The size of the buffers the streaming decoders are fed, as a transport would hand them over. */
    @Param({"16384"})
    public int chunkSize;

    private byte[] bytes;
    private List<byte[]> chunks;
    private AaltoScan scan;
    private DomDecoder dom;
    private StaxDecoder stax;
    private OurDecoder ours;

    /** Generates the page and the decoders. */
    @Setup
    public void setUp() {
        bytes = pageBytes(body);
        chunks = AaltoScan.chunks(bytes, chunkSize);
        scan = new AaltoScan();
        dom = new DomDecoder();
        stax = new StaxDecoder();
        ours = new OurDecoder(body, bytes, chunkSize);
    }

    /** Releases the direct buffers of our decoder's input. */
    @TearDown
    public void tearDown() {
        ours.release();
    }

    /**
     * CPU time of the benchmark thread, summed over an iteration, and the calls it covers: on a machine shared with
     * other work the wall-clock score depends on how much CPU the fork was given, CPU time per call much less.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuCounters {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** CPU nanoseconds of the benchmark thread in this iteration. */
        public long cpuNanos;
        /** Benchmark calls in this iteration. */
        public long calls;

        /** Starts a new iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        long start() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void stop(long start) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            calls++;
        }
    }

    /** Ours: the client's streaming decoder (Aalto async, record readers) fed the body as direct buffers. */
    @Benchmark
    public List<Object> streaming(CpuCounters cpu) {
        long start = cpu.start();
        try {
            return ours.decode();
        } finally {
            cpu.stop(start);
        }
    }

    /** The body bytes of page kind {@code body}. */
    public static byte[] pageBytes(String body) {
        return switch (body) {
            case "assignments" -> AssignmentPages.samplePage();
            case "hits" -> HitPages.samplePage();
            default -> throw new IllegalArgumentException("body must be assignments or hits, was " + body);
        };
    }

    /** (a) JDK DOM: parse the whole body (and each answer document) into trees, then map into the records. */
    @Benchmark
    public List<?> dom(CpuCounters cpu) throws Exception {
        long start = cpu.start();
        try {
            return body.equals("assignments") ? dom.assignments(bytes) : dom.hits(bytes);
        } finally {
            cpu.stop(start);
        }
    }

    /** (b) The JDK's synchronous StAX over the whole body (and each answer document), mapping as it reads. */
    @Benchmark
    public List<?> stax(CpuCounters cpu) throws XMLStreamException {
        long start = cpu.start();
        try {
            return body.equals("assignments") ? stax.assignments(bytes) : stax.hits(bytes);
        } finally {
            cpu.stop(start);
        }
    }

    /** (c) The floor: Aalto's async parser over every token, inner answer documents included, building nothing. */
    @Benchmark
    public long aaltoScan(CpuCounters cpu) throws XMLStreamException {
        long start = cpu.start();
        try {
            return scan.scan(chunks);
        } finally {
            cpu.stop(start);
        }
    }
}
