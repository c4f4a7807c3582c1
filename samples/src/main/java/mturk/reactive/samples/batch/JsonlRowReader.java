package mturk.reactive.samples.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mturk.reactive.samples.json.JsonReader;

/**
 * Reads JSON Lines: one JSON object per non-blank line; each member is a column. Strings are taken as they are,
 * numbers in plain notation, booleans as {@code true}/{@code false}; a {@code null} member counts as absent.
 * Nested objects or arrays are refused (a template fills text, not structures).
 *
 * <p>Malformed lines throw {@link InputException} naming the row and, where it applies, the member.
 */
public final class JsonlRowReader extends RowReader {

    private long line;
    private long rows;

    /** Creates a reader over {@code in}; {@code source} names the file in messages. */
    public JsonlRowReader(BufferedReader in, String source) {
        super(in, source);
    }

    @Override
    protected Row readRow() throws IOException {
        String text;
        do {
            text = in().readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
        } while (text.isBlank());
        long number = ++rows;
        Map<String, Object> object;
        try {
            object = JsonReader.parseObject(text);
        } catch (IllegalArgumentException e) {
            throw InputException.inRow(source, number, "is not a JSON object (line " + line + ", " + e.getMessage()
                    + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> member : object.entrySet()) {
            Object value = member.getValue();
            if (value == null) {
                continue;
            }
            if (value instanceof Map || value instanceof List) {
                throw InputException.inRow(source, number, member.getKey(),
                        "is " + JsonReader.describe(value) + "; only strings, numbers and booleans can fill a template");
            }
            values.put(member.getKey(), value instanceof BigDecimal ? ((BigDecimal) value).toPlainString()
                    : value.toString());
        }
        return new Row(number, line, values);
    }
}
