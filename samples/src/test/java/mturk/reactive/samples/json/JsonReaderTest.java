package mturk.reactive.samples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void parsesEveryValueKindKeepingMemberOrder() {
        Map<String, Object> o = JsonReader.parseObject(
                " {\"s\":\"x\\u0041\",\"n\":-1.5e2,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,{\"b\":[]}]} ");
        assertEquals(List.of("s", "n", "t", "f", "z", "a"), List.copyOf(o.keySet()));
        assertEquals("xA", o.get("s"));
        assertEquals(new BigDecimal("-1.5e2"), o.get("n"));
        assertEquals(Boolean.TRUE, o.get("t"));
        assertEquals(Boolean.FALSE, o.get("f"));
        assertNull(o.get("z"));
        assertTrue(o.containsKey("z"));
        assertEquals(List.of(new BigDecimal("1"), Map.of("b", List.of())), o.get("a"));
    }

    @Test
    void namesTheColumnOfASyntaxError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parse("{\"a\":1,}"));
        assertEquals("column 8: expected a member name in double quotes, found '}'", e.getMessage());
    }

    @Test
    void refusesTrailingContent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{} x"));
        assertTrue(e.getMessage().startsWith("column 4: expected end of input"), e.getMessage());
    }

    @Test
    void refusesDuplicateMemberNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parse("{\"a\":1,\"a\":2}"));
        assertTrue(e.getMessage().contains("'a' repeats"), e.getMessage());
    }

    @Test
    void refusesLeadingZerosAndBareWords() {
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("01"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("nul"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("\"open"));
    }

    @Test
    void parseObjectRefusesOtherValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parseObject("[1]"));
        assertEquals("expected a JSON object, found an array", e.getMessage());
    }
}
