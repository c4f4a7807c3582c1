package mturk.reactive.samples.batch;

import java.util.List;
import java.util.Objects;

/**
 * One qualification requirement of a loadHITs properties file ({@code qualification.N} and its companions).
 *
 * @param index             the N of {@code qualification.N}
 * @param typeId            the qualification type id (well-known aliases already resolved)
 * @param comparator        the wire comparator, e.g. {@code GreaterThanOrEqualTo}
 * @param integerValues     the integer values (one, or several for {@code In}/{@code NotIn}); empty when none
 * @param locales           the locale values as {@code CC} or {@code CC-SUB} (ISO 3166); empty when none
 * @param requiredToPreview {@code qualification.private.N}: hide the HIT from workers who lack the qualification
 */
public record QualificationProperty(int index, String typeId, String comparator, List<Integer> integerValues,
                                    List<String> locales, boolean requiredToPreview) {

    /** Validates the components and copies the lists. */
    public QualificationProperty {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(comparator, "comparator");
        integerValues = List.copyOf(integerValues);
        locales = List.copyOf(locales);
    }

    /** The country part of a locale value ({@code US} of {@code US-WA}). */
    public static String country(String locale) {
        int dash = locale.indexOf('-');
        return dash < 0 ? locale : locale.substring(0, dash);
    }

    /** The subdivision part of a locale value ({@code WA} of {@code US-WA}), or null. */
    public static String subdivision(String locale) {
        int dash = locale.indexOf('-');
        return dash < 0 ? null : locale.substring(dash + 1);
    }
}
