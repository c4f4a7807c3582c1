package mturk.reactive.model;

/**
 * A worker locale ({@code Locale}): an ISO 3166 country and, for the United States, an optional ISO 3166-2
 * subdivision. Used in locale qualification requirements and in locale qualifications.
 *
 * @param country     the two-letter country code, e.g. {@code US}; not blank
 * @param subdivision the subdivision code without the country prefix, e.g. {@code WA}; null when absent
 */
public record LocaleValue(String country, String subdivision) {

    /**
     * Validates that the country is present and the subdivision, when given, is not blank.
     *
     * @param country     the two-letter country code, e.g. {@code US}; not blank
     * @param subdivision the subdivision code without the country prefix, e.g. {@code WA}; null when absent
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public LocaleValue {
        Limits.requireNonBlank("country", country);
        if (subdivision != null) {
            Limits.requireNonBlank("subdivision", subdivision);
        }
    }

    /**
     * A whole country.
     *
     * @param country the two-letter country code, e.g. {@code US}
     * @return the locale
     */
    public static LocaleValue of(String country) {
        return new LocaleValue(country, null);
    }

    /**
     * A subdivision of a country.
     *
     * @param country     the two-letter country code, e.g. {@code US}
     * @param subdivision the subdivision code, e.g. {@code WA}
     * @return the locale
     */
    public static LocaleValue of(String country, String subdivision) {
        return new LocaleValue(country, subdivision);
    }
}
