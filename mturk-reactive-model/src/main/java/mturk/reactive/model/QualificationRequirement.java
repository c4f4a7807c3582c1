package mturk.reactive.model;

import java.util.List;

/**
 * A qualification requirement of a HIT or HIT type ({@code QualificationRequirement}): a worker must hold a
 * qualification whose value compares as stated.
 *
 * <p>The constructor accepts anything the service may return and checks only the shape (an id, a comparator,
 * never both integer and locale values). The rules of the API (values per comparator, locale only with
 * {@link SystemQualificationTypes#LOCALE}, at most 15 integers or 30 locales) are checked by
 * {@link #validateForRequest()}, which the factories of {@link Requirements} and every request record call.
 *
 * @param qualificationTypeId the qualification type; a custom id or one of {@link SystemQualificationTypes}; not
 *   blank
 * @param comparator          the comparator; filled from {@code comparatorWire} when null
 * @param comparatorWire      the exact wire spelling; filled from {@code comparator} when null
 * @param integerValues       the integer values (one, or up to 15 for In/NotIn); copied, never null
 * @param localeValues        the locale values (one, or up to 30 for In/NotIn); copied, never null
 * @param requiredToPreview   whether a worker must meet the requirement to preview the HIT (default false)
 */
public record QualificationRequirement(String qualificationTypeId, Comparator comparator, String comparatorWire,
                                       List<Integer> integerValues, List<LocaleValue> localeValues,
                                       boolean requiredToPreview) {

    /**
     * Completes the comparator pair, copies the lists and checks the shape.
     *
     * @param qualificationTypeId the qualification type; a custom id or one of {@link SystemQualificationTypes}; not
     *   blank
     * @param comparator          the comparator; filled from {@code comparatorWire} when null
     * @param comparatorWire      the exact wire spelling; filled from {@code comparator} when null
     * @param integerValues       the integer values (one, or up to 15 for In/NotIn); copied, never null
     * @param localeValues        the locale values (one, or up to 30 for In/NotIn); copied, never null
     * @param requiredToPreview   whether a worker must meet the requirement to preview the HIT (default false)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public QualificationRequirement {
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        comparator = WireEnums.resolve(comparator, comparatorWire, Comparator::fromWire);
        comparatorWire = WireEnums.wire("comparator", comparator, comparatorWire, Comparator::fromWire);
        Limits.requireNonNull("comparator", comparator);
        integerValues = List.copyOf(Limits.noNullElements("integerValues",
                integerValues == null ? List.of() : integerValues));
        localeValues = List.copyOf(Limits.noNullElements("localeValues",
                localeValues == null ? List.of() : localeValues));
        if (!integerValues.isEmpty() && !localeValues.isEmpty()) {
            throw new IllegalArgumentException("a qualification requirement has either integerValues or localeValues,"
                    + " was " + integerValues.size() + " integer and " + localeValues.size() + " locale values");
        }
    }

    /**
     * A requirement with integer values.
     *
     * @param qualificationTypeId the qualification type
     * @param comparator          the comparator
     * @param integerValues       the values
     * @return the requirement, not yet checked against the request rules
     */
    public static QualificationRequirement ofIntegers(String qualificationTypeId, Comparator comparator,
                                                      List<Integer> integerValues) {
        return new QualificationRequirement(qualificationTypeId, comparator, null, integerValues, List.of(), false);
    }

    /**
     * A requirement with locale values.
     *
     * @param qualificationTypeId the qualification type
     * @param comparator          the comparator
     * @param localeValues        the values
     * @return the requirement, not yet checked against the request rules
     */
    public static QualificationRequirement ofLocales(String qualificationTypeId, Comparator comparator,
                                                     List<LocaleValue> localeValues) {
        return new QualificationRequirement(qualificationTypeId, comparator, null, List.of(), localeValues, false);
    }

    /**
     * A copy with another {@code requiredToPreview} flag.
     *
     * @param required whether workers must meet the requirement to preview the HIT
     * @return the copy
     */
    public QualificationRequirement withRequiredToPreview(boolean required) {
        return new QualificationRequirement(qualificationTypeId, comparator, comparatorWire, integerValues,
                localeValues, required);
    }

    /**
     * The single integer value of a comparison requirement.
     *
     * @return the first integer value, or null when there is none
     */
    public Integer integerValue() {
        return integerValues.isEmpty() ? null : integerValues.get(0);
    }

    /**
     * Whether the requirement targets the worker-locale system type.
     *
     * @return true for {@link SystemQualificationTypes#LOCALE}
     */
    public boolean isLocaleRequirement() {
        return SystemQualificationTypes.LOCALE.equals(qualificationTypeId);
    }

    /**
     * Checks the API's rules for a requirement in a request: {@code Exists}/{@code DoesNotExist} take no values;
     * {@code In}/{@code NotIn} take 1..15 integer values or 1..30 locale values; {@code EqualTo}/{@code NotEqualTo}
     * take exactly one value; the ordering comparators take exactly one integer value; locale values are allowed
     * only with {@link SystemQualificationTypes#LOCALE}, which takes no integer values and no ordering comparator.
     * A comparator unknown to this SDK is passed through unchecked.
     *
     * @return this requirement
     * @throws IllegalArgumentException naming the rule that is broken
     */
    public QualificationRequirement validateForRequest() {
        boolean locale = isLocaleRequirement();
        if (locale && !integerValues.isEmpty()) {
            throw new IllegalArgumentException("integerValues must be empty for the locale type "
                    + SystemQualificationTypes.LOCALE + ", was " + integerValues.size() + " entries");
        }
        if (!locale && !localeValues.isEmpty()) {
            throw new IllegalArgumentException("localeValues are allowed only with the locale type "
                    + SystemQualificationTypes.LOCALE + ", was type " + qualificationTypeId);
        }
        int values = integerValues.size() + localeValues.size();
        switch (comparator) {
            case EXISTS, DOES_NOT_EXIST -> Limits.size("values of comparator " + comparatorWire,
                    integerValues.isEmpty() ? localeValues : integerValues, 0, 0);
            case IN, NOT_IN -> {
                if (locale) {
                    Limits.size("localeValues of comparator " + comparatorWire, localeValues, 1,
                            Limits.LOCALE_VALUES_MAX);
                } else {
                    Limits.size("integerValues of comparator " + comparatorWire, integerValues, 1,
                            Limits.INTEGER_VALUES_MAX);
                }
            }
            case EQUAL_TO, NOT_EQUAL_TO -> {
                if (values != 1) {
                    throw new IllegalArgumentException("values of comparator " + comparatorWire
                            + " must have exactly 1 entry, was " + values);
                }
            }
            case LESS_THAN, LESS_THAN_OR_EQUAL_TO, GREATER_THAN, GREATER_THAN_OR_EQUAL_TO -> {
                if (locale) {
                    throw new IllegalArgumentException("comparator of the locale type must be EqualTo, NotEqualTo, In,"
                            + " NotIn, Exists or DoesNotExist, was " + comparatorWire);
                }
                if (integerValues.size() != 1) {
                    throw new IllegalArgumentException("integerValues of comparator " + comparatorWire
                            + " must have exactly 1 entry, was " + integerValues.size());
                }
            }
            case UNKNOWN -> {
                // passed through as sent by the caller
            }
        }
        return this;
    }
}
