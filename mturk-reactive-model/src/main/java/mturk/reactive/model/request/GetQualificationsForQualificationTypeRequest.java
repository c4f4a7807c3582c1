package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.QualificationStatus;

/**
 * The parameters of {@code GetQualificationsForQualificationType}. Defaults: status {@code Granted} (the service's),
 * page 1 of 100 (boto2's default page size for this operation).
 *
 * @param qualificationTypeId the type; required
 * @param status the status to list; default {@code Granted}
 * @param page the page to fetch; default page 1 of 100 records (boto2's default for this operation)
 */
public record GetQualificationsForQualificationTypeRequest(String qualificationTypeId,
                                                           QualificationStatus status,
                                                           PageRequest page) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationTypeId the type; required
     * @param status the status to list; default {@code Granted}
     * @param page the page to fetch; default page 1 of 100 records (boto2's default for this operation)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetQualificationsForQualificationTypeRequest {
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        status = Limits.known("status", RequestRules.orDefault(status, QualificationStatus.GRANTED));
        page = RequestRules.orDefault(page, DEFAULT_PAGE);
    }

    /** The default page, boto2's: page 1 of 100. */
    public static final PageRequest DEFAULT_PAGE = PageRequest.first(100);
}
