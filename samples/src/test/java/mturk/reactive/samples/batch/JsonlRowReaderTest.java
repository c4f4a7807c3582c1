package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlRowReaderTest {

    private static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        try (JsonlRowReader reader = new JsonlRowReader(new BufferedReader(new StringReader(text)), "in.jsonl")) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void eachLineIsARowOfScalarMembers() {
        List<Row> rows = read("{\"word\":\"cat\",\"n\":2.50,\"ok\":true,\"gone\":null}\n\n{\"word\":\"dog\"}\n");
        assertEquals(2, rows.size());
        assertEquals("cat", rows.get(0).get("word"));
        assertEquals("2.50", rows.get(0).get("n"));
        assertEquals("true", rows.get(0).get("ok"));
        assertEquals(null, rows.get(0).get("gone"));
        assertEquals(2, rows.get(1).number());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void aMalformedLineIsRefusedWithItsRowNumber() {
        InputException e = assertThrows(InputException.class, () -> read("{\"a\":1}\n{\"a\":}\n"));
        assertEquals(2, e.row());
        assertTrue(e.getMessage().startsWith("in.jsonl: row 2: is not a JSON object (line 2, column 6"),
                e.getMessage());
    }

    @Test
    void nestedValuesAreRefusedNamingTheMember() {
        InputException e = assertThrows(InputException.class, () -> read("{\"a\":[1]}\n"));
        assertEquals("in.jsonl: row 1, column 'a' is an array; only strings, numbers and booleans can fill a "
                + "template", e.getMessage());
    }
}
