package mturk.reactive.model.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Argument checks for strings that end up in XML documents. Internal API.
 *
 * <p>XML 1.0 cannot carry most C0 control characters nor unpaired surrogates, so such strings are refused up front
 * instead of producing a document the service rejects. Attribute values are also refused when they hold a tab, line
 * feed or carriage return, because every XML parser replaces those by spaces (attribute-value normalization) and the
 * JDK writer does not emit character references for them.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /**
     * Requires {@code value} to be non-null and made only of characters XML 1.0 allows.
     *
     * @param field the name used in the exception message
     * @param value the string to check
     * @return {@code value}
     * @throws IllegalArgumentException naming the field and the offending position when the value is null or holds a
     *                                  character XML cannot carry
     */
    public static String requireText(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        int bad = firstInvalid(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(field + " holds a character XML 1.0 cannot carry (U+"
                    + String.format("%04X", (int) value.charAt(bad)) + " at index " + bad + ")");
        }
        return value;
    }

    /**
     * Like {@link #requireText} and additionally requires the value not to be blank.
     *
     * @param field the name used in the exception message
     * @param value the string to check
     * @return {@code value}
     * @throws IllegalArgumentException when the value is null, blank or not representable in XML
     */
    public static String requireNonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return requireText(field, value);
    }

    /**
     * Checks a value that is written as an XML attribute: representable in XML and free of tab, line feed and
     * carriage return (which parsers turn into spaces).
     *
     * @param field the name used in the exception message
     * @param value the string to check
     * @return {@code value}
     * @throws IllegalArgumentException when the value is null, not representable, or holds a tab or line break
     */
    public static String requireAttributeText(String field, String value) {
        requireText(field, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException(field + " must not contain a tab or line break (index " + i
                        + "): XML attribute normalization would turn it into a space");
            }
        }
        return value;
    }

    /**
     * Requires an absolute {@code http://} or {@code https://} URL, as the schemas' {@code URLType} pattern
     * {@code (http|https)://.*} does (case-sensitive).
     *
     * @param field the name used in the exception message
     * @param value the URL to check
     * @return {@code value}
     * @throws IllegalArgumentException when the value is blank, not representable in XML or not an http(s) URL
     */
    public static String requireHttpUrl(String field, String value) {
        requireNonBlank(field, value);
        String rest = value.startsWith("http://") ? value.substring(7)
                : value.startsWith("https://") ? value.substring(8) : "";
        if (rest.isBlank()) {
            throw new IllegalArgumentException(field + " must be an http:// or https:// URL, was '" + value + "'");
        }
        return value;
    }

    /**
     * The index of the first character XML 1.0 cannot carry, or -1.
     *
     * @param value the string to scan; not null
     * @return the index of the first invalid UTF-16 unit, or -1 when every character is allowed
     */
    public static int firstInvalid(String value) {
        Objects.requireNonNull(value, "value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c <= 0xD7FF || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * The length of {@code value} encoded as UTF-8, in bytes.
     *
     * @param value a string; not null
     * @return its UTF-8 byte count
     */
    public static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }
}
