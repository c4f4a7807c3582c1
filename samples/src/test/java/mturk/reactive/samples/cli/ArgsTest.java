package mturk.reactive.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import mturk.reactive.samples.batch.InputException;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void readsValuedOptionsSwitchesAndPositionals() {
        Args a = Args.parse("publish", List.of("--input", "in.csv", "--concurrency=4", "--force", "extra"),
                Set.of("input", "concurrency"), Set.of("force"));
        assertEquals("in.csv", a.required("input"));
        assertEquals(4, a.intValue("concurrency", 16, 1, 256));
        assertTrue(a.flag("force"));
        assertEquals(List.of("extra"), a.positional());
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        UsageException e = assertThrows(UsageException.class,
                () -> Args.parse("publish", List.of("--inptu", "x"), Set.of("input"), Set.of()));
        assertEquals("publish: unknown option --inptu (see 'mturk help publish')", e.getMessage());
    }

    @Test
    void aMissingValueIsAUsageError() {
        assertThrows(UsageException.class, () -> Args.parse("publish", List.of("--input"), Set.of("input"), Set.of()));
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        Args a = Args.parse("harvest", List.of(), Set.of("out"), Set.of());
        assertEquals("harvest: --out is required (see 'mturk help harvest')",
                assertThrows(UsageException.class, () -> a.required("out")).getMessage());
    }

    @Test
    void anOutOfRangeIntegerIsBadInput() {
        Args a = Args.parse("publish", List.of("--concurrency", "0"), Set.of("concurrency"), Set.of());
        assertThrows(InputException.class, () -> a.intValue("concurrency", 16, 1, 256));
    }
}
