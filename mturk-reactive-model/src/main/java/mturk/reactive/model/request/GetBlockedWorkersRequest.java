package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code GetBlockedWorkers}. Page size is 1..65535 for this operation (default 10), page number
 * at least 1 (default 1).
 *
 * @param pageSize records per page, 1..65535; default 10
 * @param pageNumber the 1-based page; default 1
 */
public record GetBlockedWorkersRequest(Integer pageSize,
                                       Integer pageNumber) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param pageSize records per page, 1..65535; default 10
     * @param pageNumber the 1-based page; default 1
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetBlockedWorkersRequest {
        pageSize = RequestRules.orDefault(pageSize, 10);
        Limits.range("pageSize", pageSize, 1, PAGE_SIZE_MAX);
        pageNumber = RequestRules.orDefault(pageNumber, 1);
        Limits.atLeast("pageNumber", pageNumber, 1);
    }

    /** Largest page size of this operation. */
    public static final int PAGE_SIZE_MAX = 65_535;
}
