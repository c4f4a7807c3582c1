package mturk.reactive.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;

/**
 * The documented limits of the 2014-08-15 API and the argument checks that enforce them, in one place so that
 * every violation reads the same way: an {@link IllegalArgumentException} whose message names the field, the value
 * and the limit, for example {@code title must be at most 128 characters, was 140}.
 *
 * <p>Request records call these checks in their compact constructors; the client may call them for operations that
 * take plain arguments. Lengths are counted in Unicode code points unless a method says bytes.
 */
public final class Limits {

    /** Maximum length of a HIT title (characters). */
    public static final int TITLE_MAX = 128;
    /** Maximum length of a HIT or qualification type description (characters). */
    public static final int DESCRIPTION_MAX = 2000;
    /** Maximum length of the comma-separated keywords (characters). */
    public static final int KEYWORDS_MAX = 1000;
    /** Maximum length of a requester annotation (characters). */
    public static final int REQUESTER_ANNOTATION_MAX = 255;
    /** Maximum length of a {@code UniqueRequestToken} (characters). */
    public static final int UNIQUE_REQUEST_TOKEN_MAX = 64;
    /** Maximum size of a Question, Test or AnswerKey document (UTF-8 bytes). */
    public static final int XML_DOCUMENT_MAX_BYTES = 65_535;
    /** Maximum length of requester feedback on an assignment (characters). */
    public static final int REQUESTER_FEEDBACK_MAX = 1024;
    /** Maximum length of a {@code NotifyWorkers} subject (characters). */
    public static final int NOTIFY_SUBJECT_MAX = 200;
    /** Maximum length of a {@code NotifyWorkers} message (characters). */
    public static final int NOTIFY_MESSAGE_MAX = 4096;
    /** Maximum number of worker ids in one {@code NotifyWorkers} call. */
    public static final int NOTIFY_WORKER_IDS_MAX = 100;
    /** Maximum number of qualification requirements of a HIT or HIT type. */
    public static final int QUALIFICATION_REQUIREMENTS_MAX = 10;
    /** Maximum number of HIT layout parameters. */
    public static final int LAYOUT_PARAMETERS_MAX = 25;
    /** Maximum number of integer values of an {@code In}/{@code NotIn} requirement. */
    public static final int INTEGER_VALUES_MAX = 15;
    /** Maximum number of locale values of an {@code In}/{@code NotIn} requirement. */
    public static final int LOCALE_VALUES_MAX = 30;
    /** Smallest {@code MaxAssignments}. */
    public static final int MAX_ASSIGNMENTS_MIN = 1;
    /** Largest {@code MaxAssignments} (and {@code MaxAssignmentsIncrement}). */
    public static final int MAX_ASSIGNMENTS_MAX = 1_000_000_000;
    /** Shortest assignment duration and HIT lifetime. */
    public static final Duration DURATION_MIN = Duration.ofSeconds(30);
    /** Longest assignment duration and HIT lifetime (365 days). */
    public static final Duration DURATION_MAX = Duration.ofSeconds(31_536_000);
    /** Longest auto-approval delay (30 days); the shortest is zero. */
    public static final Duration AUTO_APPROVAL_DELAY_MAX = Duration.ofSeconds(2_592_000);
    /** Shortest {@code ExpirationIncrementInSeconds} (one hour). */
    public static final Duration EXPIRATION_INCREMENT_MIN = Duration.ofSeconds(3600);
    /** Longest {@code ExpirationIncrementInSeconds} (365 days). */
    public static final Duration EXPIRATION_INCREMENT_MAX = Duration.ofSeconds(31_536_000);
    /** Smallest page size of the ordinary listings. */
    public static final int PAGE_SIZE_MIN = 1;
    /** Largest page size of the ordinary listings. */
    public static final int PAGE_SIZE_MAX = 100;
    /** Largest number of decimals of a money amount in a request. */
    public static final int MONEY_SCALE_MAX = 2;

    private Limits() {
    }

    /**
     * Requires a non-null value.
     *
     * @param field the field name used in the message
     * @param value the value
     * @param <T>   the value type
     * @return the value
     * @throws IllegalArgumentException if the value is null
     */
    public static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    /**
     * Requires a string with at least one non-white-space character.
     *
     * @param field the field name used in the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static String requireNonBlank(String field, String value) {
        requireNonNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        return value;
    }

    /**
     * Requires a non-blank string of at most {@code max} characters.
     *
     * @param field the field name used in the message
     * @param value the value
     * @param max   the largest allowed length in code points
     * @return the value
     * @throws IllegalArgumentException if the value is null, blank or too long
     */
    public static String requireNonBlank(String field, String value, int max) {
        return maxLength(field, requireNonBlank(field, value), max);
    }

    /**
     * Requires a string of at most {@code max} characters; null passes (the field is optional).
     *
     * @param field the field name used in the message
     * @param value the value, or null
     * @param max   the largest allowed length in code points
     * @return the value
     * @throws IllegalArgumentException if the value is too long
     */
    public static String maxLength(String field, String value, int max) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                throw new IllegalArgumentException(field + " must be at most " + max + " characters, was " + length);
            }
        }
        return value;
    }

    /**
     * Requires a string whose UTF-8 encoding has at most {@code max} bytes; null passes.
     *
     * @param field the field name used in the message
     * @param value the value, or null
     * @param max   the largest allowed size in bytes
     * @return the value
     * @throws IllegalArgumentException if the value is too large
     */
    public static String maxUtf8Bytes(String field, String value, int max) {
        if (value != null) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > max) {
                throw new IllegalArgumentException(field + " must be at most " + max + " UTF-8 bytes, was " + bytes);
            }
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max}.
     *
     * @param field the field name used in the message
     * @param value the value
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @return the value
     * @throws IllegalArgumentException if the value is out of range
     */
    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max} for an optional value; null passes.
     *
     * @param field the field name used in the message
     * @param value the value, or null
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @return the value
     * @throws IllegalArgumentException if the value is out of range
     */
    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null) {
            range(field, value.longValue(), min, max);
        }
        return value;
    }

    /**
     * Requires {@code value >= min}.
     *
     * @param field the field name used in the message
     * @param value the value
     * @param min   the smallest allowed value
     * @return the value
     * @throws IllegalArgumentException if the value is smaller
     */
    public static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /**
     * Requires a whole number of seconds between {@code min} and {@code max}; null passes (the field is optional).
     *
     * @param field the field name used in the message
     * @param value the duration, or null
     * @param min   the shortest allowed duration
     * @param max   the longest allowed duration
     * @return the value
     * @throws IllegalArgumentException if the duration has a fraction of a second or is out of range
     */
    public static Duration seconds(String field, Duration value, Duration min, Duration max) {
        if (value != null) {
            if (value.getNano() != 0) {
                throw new IllegalArgumentException(field + " must be a whole number of seconds, was " + value);
            }
            long seconds = value.getSeconds();
            if (seconds < min.getSeconds() || seconds > max.getSeconds()) {
                throw new IllegalArgumentException(field + " must be between " + min.getSeconds() + " and "
                        + max.getSeconds() + " seconds, was " + seconds);
            }
        }
        return value;
    }

    /**
     * Requires a whole, non-negative number of seconds; null passes.
     *
     * @param field the field name used in the message
     * @param value the duration, or null
     * @return the value
     * @throws IllegalArgumentException if the duration is negative or has a fraction of a second
     */
    public static Duration nonNegativeSeconds(String field, Duration value) {
        return seconds(field, value, Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE));
    }

    /**
     * Requires a money amount a request may carry: amount at least zero with at most two decimals (trailing zeros
     * do not count, so {@code 1.000} passes) and a three-letter upper-case currency code. Null passes.
     *
     * @param field the field name used in the message
     * @param value the price, or null
     * @return the value
     * @throws IllegalArgumentException if the amount is negative, too precise, or the currency code malformed
     */
    public static Price money(String field, Price value) {
        if (value != null) {
            BigDecimal amount = value.amount();
            if (amount.signum() < 0) {
                throw new IllegalArgumentException(field + " must be at least 0, was " + amount.toPlainString());
            }
            if (amount.stripTrailingZeros().scale() > MONEY_SCALE_MAX) {
                throw new IllegalArgumentException(field + " must have at most " + MONEY_SCALE_MAX
                        + " decimals, was " + amount.toPlainString());
            }
            if (!value.currencyCode().matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(field + " currency code must be three upper-case letters, was '"
                        + value.currencyCode() + "'");
            }
        }
        return value;
    }

    /**
     * Requires a collection of at most {@code max} entries; null passes.
     *
     * @param field the field name used in the message
     * @param value the collection, or null
     * @param max   the largest allowed size
     * @param <C>   the collection type
     * @return the value
     * @throws IllegalArgumentException if the collection is larger
     */
    public static <C extends Collection<?>> C maxSize(String field, C value, int max) {
        if (value != null && value.size() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " entries, was " + value.size());
        }
        return value;
    }

    /**
     * Requires a collection of {@code min..max} entries.
     *
     * @param field the field name used in the message
     * @param value the collection
     * @param min   the smallest allowed size
     * @param max   the largest allowed size
     * @param <C>   the collection type
     * @return the value
     * @throws IllegalArgumentException if the collection is null or its size out of range
     */
    public static <C extends Collection<?>> C size(String field, C value, int min, int max) {
        requireNonNull(field, value);
        if (value.size() < min || value.size() > max) {
            throw new IllegalArgumentException(field + " must have between " + min + " and " + max
                    + " entries, was " + value.size());
        }
        return value;
    }

    /**
     * Requires a documented enum value, since {@code UNKNOWN} cannot be sent; null passes.
     *
     * @param field the field name used in the message
     * @param value the value, or null
     * @param <E>   the enum type
     * @return the value
     * @throws IllegalArgumentException if the value is {@code UNKNOWN}
     */
    public static <E extends WireEnum> E known(String field, E value) {
        if (value != null && !value.isKnown()) {
            throw new IllegalArgumentException(field + " must be a known value, was UNKNOWN");
        }
        return value;
    }

    /**
     * Requires a string free of the ASCII control characters the service refuses in requester feedback
     * (0-8, 11, 12 and 14-31; tab, line feed and carriage return are allowed); null passes.
     *
     * @param field the field name used in the message
     * @param value the value, or null
     * @return the value
     * @throws IllegalArgumentException if a forbidden character occurs
     */
    public static String noControlCharacters(String field, String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 32 && c != '\t' && c != '\n' && c != '\r') {
                    throw new IllegalArgumentException(field + " must not contain control character U+"
                            + String.format("%04X", (int) c) + ", found at index " + i);
                }
            }
        }
        return value;
    }

    /**
     * Requires that every element of a list is non-null.
     *
     * @param field the field name used in the message
     * @param value the list
     * @param <C>   the collection type
     * @return the value
     * @throws IllegalArgumentException if the list or an element is null
     */
    public static <C extends Collection<?>> C noNullElements(String field, C value) {
        requireNonNull(field, value);
        int i = 0;
        for (Object element : value) {
            if (element == null) {
                throw new IllegalArgumentException(field + " must not contain null, found at index " + i);
            }
            i++;
        }
        return value;
    }
}
