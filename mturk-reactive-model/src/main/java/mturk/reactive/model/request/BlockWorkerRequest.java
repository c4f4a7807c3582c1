package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code BlockWorker} and {@code UnblockWorker}. The reason (not shown to the worker) is required
 * for blocking; for unblocking it may be null, and then it is not sent.
 *
 * @param workerId the worker; required
 * @param reason the requester's reason; required to block
 */
public record BlockWorkerRequest(String workerId,
                                 String reason) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param workerId the worker; required
     * @param reason the requester's reason; required to block
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public BlockWorkerRequest {
        Limits.requireNonBlank("workerId", workerId);
    }

    /**
     * A request to block a worker; the reason is required.
     *
     * @param workerId the worker
     * @param reason   the reason
     * @return the request
     * @throws IllegalArgumentException if the reason is blank
     */
    public static BlockWorkerRequest block(String workerId, String reason) {
        Limits.requireNonBlank("reason", reason);
        return new BlockWorkerRequest(workerId, reason);
    }
}
