package mturk.reactive.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Factories of checked {@link QualificationRequirement}s, one per system qualification type of boto2's
 * {@code qualification.py}, plus custom types. Every factory applies
 * {@link QualificationRequirement#validateForRequest()}, so a bad combination fails here, before any request:
 *
 * <pre>{@code
 * Requirements.locale(Comparator.IN, LocaleValue.of("US", "WA"), LocaleValue.of("CA"));
 * Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN_OR_EQUAL_TO, 95).withRequiredToPreview(true);
 * }</pre>
 */
public final class Requirements {

    private Requirements() {
    }

    /**
     * A worker-locale requirement ({@link SystemQualificationTypes#LOCALE}).
     *
     * @param comparator {@code EqualTo}/{@code NotEqualTo} with one locale, {@code In}/{@code NotIn} with 1..30
     * @param locales    the locales
     * @return the requirement
     * @throws IllegalArgumentException if the comparator and the number of locales do not fit
     */
    public static QualificationRequirement locale(Comparator comparator, LocaleValue... locales) {
        return QualificationRequirement.ofLocales(SystemQualificationTypes.LOCALE, comparator, List.of(locales))
                .validateForRequest();
    }

    /**
     * The Masters requirement of the production marketplace ({@code Exists}).
     *
     * @return the requirement
     */
    public static QualificationRequirement masters() {
        return exists(SystemQualificationTypes.MASTERS_PRODUCTION);
    }

    /**
     * The Masters requirement of the sandbox ({@code Exists}).
     *
     * @return the requirement
     */
    public static QualificationRequirement mastersSandbox() {
        return exists(SystemQualificationTypes.MASTERS_SANDBOX);
    }

    /**
     * The adult-content requirement: {@code Worker_Adult EqualTo 1}.
     *
     * @return the requirement
     */
    public static QualificationRequirement adult() {
        return adult(Comparator.EQUAL_TO, 1);
    }

    /**
     * An adult-content requirement with any comparator ({@link SystemQualificationTypes#ADULT}, values 0 or 1).
     *
     * @param comparator the comparator
     * @param values     the values, each 0 or 1
     * @return the requirement
     * @throws IllegalArgumentException if a value is not 0 or 1 or the count does not fit the comparator
     */
    public static QualificationRequirement adult(Comparator comparator, int... values) {
        return integers(SystemQualificationTypes.ADULT, comparator, values, 0, 1);
    }

    /**
     * A requirement on the number of approved HITs ({@link SystemQualificationTypes#NUMBER_HITS_APPROVED}).
     *
     * @param comparator the comparator
     * @param values     the values, each at least 0
     * @return the requirement
     * @throws IllegalArgumentException if a value is negative or the count does not fit the comparator
     */
    public static QualificationRequirement numberHitsApproved(Comparator comparator, int... values) {
        return integers(SystemQualificationTypes.NUMBER_HITS_APPROVED, comparator, values, 0, Integer.MAX_VALUE);
    }

    /**
     * A requirement on the approval rate ({@link SystemQualificationTypes#PERCENT_ASSIGNMENTS_APPROVED}).
     *
     * @param comparator the comparator
     * @param percents   the values, each 0..100
     * @return the requirement
     * @throws IllegalArgumentException if a value is out of 0..100 or the count does not fit the comparator
     */
    public static QualificationRequirement percentAssignmentsApproved(Comparator comparator, int... percents) {
        return integers(SystemQualificationTypes.PERCENT_ASSIGNMENTS_APPROVED, comparator, percents, 0, 100);
    }

    /**
     * A requirement on the submission rate ({@link SystemQualificationTypes#PERCENT_ASSIGNMENTS_SUBMITTED}).
     *
     * @param comparator the comparator
     * @param percents   the values, each 0..100
     * @return the requirement
     * @throws IllegalArgumentException if a value is out of 0..100 or the count does not fit the comparator
     */
    public static QualificationRequirement percentAssignmentsSubmitted(Comparator comparator, int... percents) {
        return integers(SystemQualificationTypes.PERCENT_ASSIGNMENTS_SUBMITTED, comparator, percents, 0, 100);
    }

    /**
     * A requirement on the abandonment rate ({@link SystemQualificationTypes#PERCENT_ASSIGNMENTS_ABANDONED}).
     *
     * @param comparator the comparator
     * @param percents   the values, each 0..100
     * @return the requirement
     * @throws IllegalArgumentException if a value is out of 0..100 or the count does not fit the comparator
     */
    public static QualificationRequirement percentAssignmentsAbandoned(Comparator comparator, int... percents) {
        return integers(SystemQualificationTypes.PERCENT_ASSIGNMENTS_ABANDONED, comparator, percents, 0, 100);
    }

    /**
     * A requirement on the return rate ({@link SystemQualificationTypes#PERCENT_ASSIGNMENTS_RETURNED}).
     *
     * @param comparator the comparator
     * @param percents   the values, each 0..100
     * @return the requirement
     * @throws IllegalArgumentException if a value is out of 0..100 or the count does not fit the comparator
     */
    public static QualificationRequirement percentAssignmentsReturned(Comparator comparator, int... percents) {
        return integers(SystemQualificationTypes.PERCENT_ASSIGNMENTS_RETURNED, comparator, percents, 0, 100);
    }

    /**
     * A requirement on the rejection rate ({@link SystemQualificationTypes#PERCENT_ASSIGNMENTS_REJECTED}).
     *
     * @param comparator the comparator
     * @param percents   the values, each 0..100
     * @return the requirement
     * @throws IllegalArgumentException if a value is out of 0..100 or the count does not fit the comparator
     */
    public static QualificationRequirement percentAssignmentsRejected(Comparator comparator, int... percents) {
        return integers(SystemQualificationTypes.PERCENT_ASSIGNMENTS_REJECTED, comparator, percents, 0, 100);
    }

    /**
     * A requirement on a custom qualification type with integer values.
     *
     * @param qualificationTypeId the type id
     * @param comparator          the comparator
     * @param values              the values (none for {@code Exists}/{@code DoesNotExist})
     * @return the requirement
     * @throws IllegalArgumentException if the count does not fit the comparator
     */
    public static QualificationRequirement custom(String qualificationTypeId, Comparator comparator, int... values) {
        return integers(qualificationTypeId, comparator, values, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The worker must hold the qualification, whatever its value.
     *
     * @param qualificationTypeId the type id
     * @return the requirement
     */
    public static QualificationRequirement exists(String qualificationTypeId) {
        return custom(qualificationTypeId, Comparator.EXISTS);
    }

    /**
     * The worker must not hold the qualification.
     *
     * @param qualificationTypeId the type id
     * @return the requirement
     */
    public static QualificationRequirement doesNotExist(String qualificationTypeId) {
        return custom(qualificationTypeId, Comparator.DOES_NOT_EXIST);
    }

    private static QualificationRequirement integers(String typeId, Comparator comparator, int[] values,
                                                     int min, int max) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add((int) Limits.range("integerValue", value, min, max));
        }
        return QualificationRequirement.ofIntegers(typeId, comparator, list).validateForRequest();
    }
}
