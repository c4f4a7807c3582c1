package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code GetHITsForQualificationType}: the caller's HITs that require a type. Default page: 1 of
 * 10.
 *
 * @param qualificationTypeId the type; required
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 */
public record GetHitsForQualificationTypeRequest(String qualificationTypeId,
                                                 PageRequest page) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationTypeId the type; required
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetHitsForQualificationTypeRequest {
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        page = RequestRules.orDefault(page, PageRequest.DEFAULT);
    }
}
