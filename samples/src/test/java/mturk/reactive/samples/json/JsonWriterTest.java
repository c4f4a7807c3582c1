package mturk.reactive.samples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedObjectsAndArraysCompactly() {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        w.beginObject().name("id").value("A1").name("n").value(3).name("ok").value(true)
                .name("amount").value(new BigDecimal("0.50")).name("list").beginArray().value("x").nullValue()
                .beginObject().endObject().endArray().endObject();
        assertEquals("{\"id\":\"A1\",\"n\":3,\"ok\":true,\"amount\":0.50,\"list\":[\"x\",null,{}]}", sb.toString());
        assertTrue(w.isComplete());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(sb).value("a\"b\\c\nd\te\u0001f\u2028");
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"", sb.toString());
    }

    @Test
    void roundTripsThroughTheReader() {
        String text = "quote \" slash \\ newline \n tab \t ctrl \u0007 unicode é 😀";
        StringBuilder sb = new StringBuilder();
        new JsonWriter(sb).beginObject().name("t").value(text).endObject();
        assertEquals(text, JsonReader.parseObject(sb.toString()).get("t"));
    }

    @Test
    void refusesAValueWithoutANameInsideAnObject() {
        JsonWriter w = new JsonWriter(new StringBuilder()).beginObject();
        assertThrows(IllegalStateException.class, () -> w.value("x"));
    }

    @Test
    void memberOmitsNullValues() {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(sb).beginObject().member("a", null).member("b", "1").endObject();
        assertEquals("{\"b\":\"1\"}", sb.toString());
    }

    @Test
    void rawValuesAreWrittenAsTheyAre() {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(sb).beginObject().name("a").rawValue("{\"b\":[1]}").name("c").value(2).endObject();
        assertEquals("{\"a\":{\"b\":[1]},\"c\":2}", sb.toString());
    }
}
