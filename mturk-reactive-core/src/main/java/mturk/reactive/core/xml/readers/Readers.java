package mturk.reactive.core.xml.readers;

import java.time.Duration;
import mturk.reactive.core.xml.Values;

/** Small conversions shared by the readers of this package. */
final class Readers {

    private Readers() {
    }

    /**
     * @param text element text
     * @return the stripped text, or {@code null} if it is blank
     */
    static String emptyToNull(String text) {
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * @param field element name, for the error message
     * @param text  a whole number of seconds
     * @return the duration
     */
    static Duration seconds(String field, String text) {
        return Duration.ofSeconds(Values.longValue(field, text));
    }
}
