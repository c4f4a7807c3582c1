package mturk.reactive.model;

/**
 * The requester's balance, as returned by {@code GetAccountBalance}.
 *
 * @param availableBalance the money available for rewards, bonuses and fees ({@code AvailableBalance}); nullable
 * @param onHoldBalance    the money on hold ({@code OnHoldBalance}; the service always reports 0); nullable
 */
public record AccountBalance(Price availableBalance, Price onHoldBalance) {
}
