package mturk.reactive.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding of boto2's request bodies: Python's {@code urllib.parse.quote(value, safe='/')} for values
 * (RFC 3986 unreserved characters and {@code /} literal, space as {@code %20}, {@code ~} literal, upper-case hex on
 * the UTF-8 bytes), and {@code quote_plus} for the signature ({@code /} encoded too).
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * @param value any string
     * @return {@code quote(value, safe='/')}
     */
    public static String encodeValue(String value) {
        return encode(value, true);
    }

    /**
     * @param value any string (in practice a Base64 signature)
     * @return {@code quote_plus(value)}: like {@link #encodeValue} but {@code /} encoded and space as {@code +}
     */
    public static String encodePlus(String value) {
        return encode(value, false);
    }

    private static String encode(String value, boolean slashSafe) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = null;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean literal = isUnreserved(b) || (slashSafe && b == '/');
            if (literal && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(bytes.length + 16);
                out.append(value, 0, i); // all bytes so far were ASCII literals
            }
            if (literal) {
                out.append((char) b);
            } else if (b == ' ' && !slashSafe) {
                out.append('+');
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return out == null ? value : out.toString();
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~';
    }

    /**
     * Decodes an {@code application/x-www-form-urlencoded} component ({@code +} is a space).
     *
     * @param encoded the encoded text
     * @return the decoded text (UTF-8)
     */
    public static String decodeForm(String encoded) {
        return java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
