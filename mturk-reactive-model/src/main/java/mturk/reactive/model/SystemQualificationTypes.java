package mturk.reactive.model;

/**
 * The ids of the qualification types the service maintains itself (boto2's {@code qualification.py} and the
 * 2014-08-15 documentation). Use them through {@link Requirements}.
 */
public final class SystemQualificationTypes {

    /** Masters, production marketplace; use with {@code Exists}. */
    public static final String MASTERS_PRODUCTION = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH";
    /** Masters, sandbox; use with {@code Exists}. */
    public static final String MASTERS_SANDBOX = "2ARFPLSP75KLA8M8DH1HTEQVJT3SY6";
    /** {@code Worker_NumberHITsApproved}: how many HITs of the worker were approved. */
    public static final String NUMBER_HITS_APPROVED = "00000000000000000040";
    /** {@code Worker_Locale}: the worker's country and subdivision; the only type that takes locale values. */
    public static final String LOCALE = "00000000000000000071";
    /** {@code Worker_Adult}: 1 when the worker agreed to see adult content; use {@code EqualTo 1}. */
    public static final String ADULT = "00000000000000000060";
    /** {@code Worker_PercentAssignmentsApproved}: 0-100; workers with fewer than 100 submissions count as 100. */
    public static final String PERCENT_ASSIGNMENTS_APPROVED = "000000000000000000L0";
    /** {@code Worker_PercentAssignmentsSubmitted} (older; still in boto2). */
    public static final String PERCENT_ASSIGNMENTS_SUBMITTED = "00000000000000000000";
    /** {@code Worker_PercentAssignmentsAbandoned} (older; still in boto2). */
    public static final String PERCENT_ASSIGNMENTS_ABANDONED = "00000000000000000070";
    /** {@code Worker_PercentAssignmentsReturned} (older; still in boto2). */
    public static final String PERCENT_ASSIGNMENTS_RETURNED = "000000000000000000E0";
    /** {@code Worker_PercentAssignmentsRejected} (older; still in boto2). */
    public static final String PERCENT_ASSIGNMENTS_REJECTED = "000000000000000000S0";

    private SystemQualificationTypes() {
    }
}
