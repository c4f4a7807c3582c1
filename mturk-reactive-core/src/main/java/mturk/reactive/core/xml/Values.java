package mturk.reactive.core.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parsers for the scalar conventions of the 2014-08-15 responses, for use in {@link RecordReader}s. Each one
 * names the element in its {@link IllegalArgumentException}, which the decoder turns into a
 * {@link mturk.reactive.core.MalformedResponseException}. Surrounding whitespace is ignored.
 */
public final class Values {

    private Values() {
    }

    /**
     * @param field the element name, for the error message
     * @param text  e.g. {@code 0.05}
     * @return the amount, scale preserved ({@code 10000.000} stays scale 3)
     */
    public static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, text, "a decimal number");
        }
    }

    /**
     * @param field the element name
     * @param text  e.g. {@code 42}
     * @return the int value
     */
    public static int integer(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, text, "an integer");
        }
    }

    /**
     * @param field the element name
     * @param text  e.g. {@code 3600}
     * @return the long value
     */
    public static long longValue(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, text, "an integer");
        }
    }

    /**
     * Parses {@code True}/{@code False} (the service's spelling), {@code true}/{@code false}, {@code 1}/{@code 0}.
     *
     * @param field the element name
     * @param text  the text
     * @return the boolean
     */
    public static boolean bool(String field, String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("true") || t.equals("1")) {
            return true;
        }
        if (t.equalsIgnoreCase("false") || t.equals("0")) {
            return false;
        }
        throw invalid(field, text, "True, False, 1 or 0");
    }

    /**
     * Parses an ISO-8601 date-time with an optional fraction and an optional offset (UTC if absent), e.g.
     * {@code 2014-05-05T06:10:41Z} or {@code 2014-05-05T06:10:41.123+02:00}.
     *
     * @param field the element name
     * @param text  the text
     * @return the instant
     */
    public static Instant instant(String field, String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw invalid(field, text, "an ISO-8601 date-time");
            }
        }
    }

    /**
     * Checks that a required element was present.
     *
     * @param field the element name
     * @param value the value read, or {@code null} if the element never appeared
     * @param <V>   the value type
     * @return the value
     */
    public static <V> V required(String field, V value) {
        if (value == null) {
            throw new IllegalArgumentException("required element <" + field + "> is missing");
        }
        return value;
    }

    private static IllegalArgumentException invalid(String field, String text, String expected) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return new IllegalArgumentException("<" + field + "> must be " + expected + ", was \"" + shown + "\"");
    }
}
