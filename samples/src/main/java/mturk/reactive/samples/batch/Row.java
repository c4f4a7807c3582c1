package mturk.reactive.samples.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a batch input file.
 *
 * @param number the 1-based data row number (the CSV header is not counted); the row's identity in the journal
 * @param line   the 1-based line of the file where the row starts (differs from the number when CSV fields span
 *               lines or the file has a header)
 * @param values the column values in header (or member) order; unmodifiable copy
 */
public record Row(long number, long line, Map<String, String> values) {

    /** Validates the numbers and copies the values, keeping their order. */
    public Row {
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, was " + number);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /** The value of {@code column}, or null when the row has no such column. */
    public String get(String column) {
        return values.get(column);
    }

    /**
     * A canonical text of the row's content: each {@code name=value} pair, in order, with lengths so that no two
     * different rows share a text. Used to derive the row's request token.
     */
    public String canonicalContent() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k.length()).append(':').append(k).append('=')
                .append(v.length()).append(':').append(v).append(';'));
        return sb.toString();
    }
}
