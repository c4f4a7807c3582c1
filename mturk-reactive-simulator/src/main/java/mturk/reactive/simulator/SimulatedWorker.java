package mturk.reactive.simulator;

import java.util.Objects;

/**
 * The fixed profile of one simulated worker: id ({@code A} + 13 uppercase letters/digits), locale, adult flag,
 * Masters flag, and the approval record the worker brings from other requesters (which, together with the work done
 * on this simulator, gives the system qualifications {@code Worker_PercentAssignmentsApproved} and
 * {@code Worker_NumberHITsApproved}).
 *
 * @param id worker id
 * @param country ISO 3166 alpha-2 country
 * @param subdivision ISO 3166-2 subdivision (US only) or null
 * @param adult whether the worker has the Adult qualification (value 1)
 * @param master whether the worker holds the Masters qualification
 * @param priorApproved assignments approved by other requesters
 * @param priorRejected assignments rejected by other requesters
 */
public record SimulatedWorker(String id, String country, String subdivision, boolean adult, boolean master,
                              int priorApproved, int priorRejected) {
    /** Validates the id shape and the counts. */
    public SimulatedWorker {
        Objects.requireNonNull(id, "id");
        if (!id.matches("A[A-Z0-9]{5,20}")) {
            throw new IllegalArgumentException("id: '" + id + "' must be 'A' followed by 5 to 20 uppercase letters "
                    + "or digits");
        }
        Objects.requireNonNull(country, "country");
        if (priorApproved < 0 || priorRejected < 0) {
            throw new IllegalArgumentException("priorApproved/priorRejected: must be >= 0, got " + priorApproved
                    + "/" + priorRejected);
        }
    }
}
