package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    private static List<Row> read(String csv) {
        List<Row> rows = new ArrayList<>();
        try (CsvRowReader reader = new CsvRowReader(new BufferedReader(new StringReader(csv)), "in.csv")) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void readsRowsKeyedByTheHeader() {
        List<Row> rows = read("name,age\nAda,36\nAlan,41\n");
        assertEquals(2, rows.size());
        assertEquals(Map.of("name", "Ada", "age", "36"), rows.get(0).values());
        assertEquals(List.of("name", "age"), List.copyOf(rows.get(1).values().keySet()));
        assertEquals(2, rows.get(1).number());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<Row> rows = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nnext line\"\r\nlast,\"\"\r\n");
        assertEquals("x, y", rows.get(0).get("a"));
        assertEquals("say \"hi\"\nnext line", rows.get(0).get("b"));
        assertEquals("", rows.get(1).get("b"));
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void lastRowNeedsNoLineBreakAndBlankLinesAreSkipped() {
        List<Row> rows = read("\uFEFFa\n1\n\n2");
        assertEquals(List.of("1", "2"), rows.stream().map(r -> r.get("a")).toList());
        assertEquals(2, rows.get(1).number());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefusedWithItsNumber() {
        InputException e = assertThrows(InputException.class, () -> read("a,b\n1,2\n3\n"));
        assertEquals("in.csv: row 2: has 1 fields but the header has 2 (line 3)", e.getMessage());
        assertEquals(2, e.row());
    }

    @Test
    void anUnclosedQuoteIsRefusedWithTheRowAndLine() {
        InputException e = assertThrows(InputException.class, () -> read("a\n1\n\"open\nmore"));
        assertEquals("in.csv: row 2: a quoted field opened on line 3 is never closed", e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        InputException e = assertThrows(InputException.class, () -> read("a\n\"x\"y\n"));
        assertEquals(1, e.row());
    }

    @Test
    void duplicateOrEmptyHeaderNamesAreRefused() {
        assertEquals("in.csv: header names column 'a' twice",
                assertThrows(InputException.class, () -> read("a,a\n1,2\n")).getMessage());
        assertEquals("in.csv: header column 2 has no name",
                assertThrows(InputException.class, () -> read("a,\n1,2\n")).getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(InputException.class, () -> read(""));
    }

    @Test
    void aHeaderOnlyFileHasNoRows() {
        assertFalse(new CsvRowReader(new BufferedReader(new StringReader("a,b\n")), "x").hasNext());
    }
}
