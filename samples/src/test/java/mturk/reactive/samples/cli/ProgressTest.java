package mturk.reactive.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Progress progress(long total, boolean terminal) {
        return new Progress("publish", total, new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, now::get);
    }

    @Test
    void showsBarCountPercentRateAndEta() {
        Progress p = progress(500, false);
        p.step(100);
        now.set(2_000_000_000L);
        assertEquals("publish [####....................] 100/500  20%  50.0/s  ETA 0:08", p.render(now.get()));
    }

    @Test
    void withoutATotalShowsCountAndRate() {
        Progress p = progress(-1, false);
        p.step(30);
        now.set(3_000_000_000L);
        assertEquals("publish 30  10.0/s  in 0:03", p.render(now.get()));
    }

    @Test
    void aLogGetsAPlainLineAtMostEveryFiveSeconds() {
        Progress p = progress(10, false);
        p.step();
        now.set(4_000_000_000L);
        p.step();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        now.set(5_000_000_000L);
        p.step();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("publish [#######"), bytes.toString());
    }

    @Test
    void aTerminalLineIsRedrawnInPlaceAndFinishedWithANewline() {
        Progress p = progress(2, true);
        now.set(200_000_000L);
        p.step(2);
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\rpublish [########################] 2/2 100%"), out);
        assertTrue(out.endsWith("\n"), out);
    }
}
