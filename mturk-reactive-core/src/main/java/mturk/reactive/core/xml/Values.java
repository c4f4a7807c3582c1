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
        Instant fast = utcInstant(text);
        if (fast != null) {
            return fast;
        }
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
     * The service's own spelling, {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (1 to 9 fraction
     * digits) without surrounding whitespace, read arithmetically; anything else (offsets, whitespace, out-of-range
     * fields) gives {@code null} and is left to the lenient parser, which also produces the error message.
     */
    private static Instant utcInstant(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n != 20) {
            int fraction = n - 21; // between '.' and 'Z'
            if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            int value = digits(t, 20, fraction);
            if (value < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                value *= 10;
            }
            nanos = value;
        }
        long epochDay = epochDay(year, month, day);
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** @return the decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = t.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days algorithm run backwards). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
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
