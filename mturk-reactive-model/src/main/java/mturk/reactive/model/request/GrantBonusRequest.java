package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.Price;

/**
 * The parameters of {@code GrantBonus}: pay a worker extra for an assignment. The reason is shown to the worker.
 *
 * <p>Limits: bonus at least 0 with at most 2 decimals; unique request token at most 64 characters (the client fills
 * it
 * when unset). Unlike boto2 the amount may be given as any {@link Price}.
 *
 * @param workerId the worker; required
 * @param assignmentId the assignment the bonus is for; required
 * @param bonusAmount the amount ({@code BonusAmount}); required
 * @param reason the message shown to the worker; required
 * @param uniqueRequestToken the idempotency token, or null to let the client generate one
 */
public record GrantBonusRequest(String workerId,
                                String assignmentId,
                                Price bonusAmount,
                                String reason,
                                String uniqueRequestToken) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param workerId the worker; required
     * @param assignmentId the assignment the bonus is for; required
     * @param bonusAmount the amount ({@code BonusAmount}); required
     * @param reason the message shown to the worker; required
     * @param uniqueRequestToken the idempotency token, or null to let the client generate one
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GrantBonusRequest {
        Limits.requireNonBlank("workerId", workerId);
        Limits.requireNonBlank("assignmentId", assignmentId);
        Limits.money("bonusAmount", Limits.requireNonNull("bonusAmount", bonusAmount));
        Limits.requireNonBlank("reason", reason);
        RequestRules.token(uniqueRequestToken);
    }

    /**
     * A bonus without a token (the client generates one).
     *
     * @param workerId     the worker
     * @param assignmentId the assignment
     * @param bonusAmount  the amount
     * @param reason       the message shown to the worker
     * @return the request
     */
    public static GrantBonusRequest of(String workerId, String assignmentId, Price bonusAmount, String reason) {
        return new GrantBonusRequest(workerId, assignmentId, bonusAmount, reason, null);
    }

    /**
     * A copy carrying the given idempotency token, as the client does before the first attempt.
     *
     * @param token the token, at most 64 characters
     * @return the copy
     */
    public GrantBonusRequest withUniqueRequestToken(String token) {
        return new GrantBonusRequest(workerId, assignmentId, bonusAmount, reason, token);
    }
}
