package mturk.reactive.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of {@code GetAccountBalance}: the balance available to pay rewards and fees.
 *
 * <p>Interim core type: it will be replaced by the model's account-balance record once that lands.
 *
 * @param available      {@code AvailableBalance/Amount}, scale as sent
 * @param currencyCode   {@code AvailableBalance/CurrencyCode}, e.g. {@code USD}
 * @param formattedPrice {@code AvailableBalance/FormattedPrice}, e.g. {@code $15,555.55}, or {@code null}
 * @param onHold         {@code OnHoldBalance/Amount} ("not used, always 0" per the docs), or {@code null} if absent
 */
public record AccountBalance(BigDecimal available, String currencyCode, String formattedPrice, BigDecimal onHold) {

    /** Checks the required fields. */
    public AccountBalance {
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(currencyCode, "currencyCode");
    }
}
