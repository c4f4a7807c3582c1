package mturk.reactive.model;

/**
 * A blocked worker, as returned by {@code GetBlockedWorkers} ({@code WorkerBlock}).
 *
 * @param workerId the blocked worker; nullable
 * @param reason   the requester's reason for the block (not shown to the worker); nullable
 */
public record WorkerBlock(String workerId, String reason) {
}
