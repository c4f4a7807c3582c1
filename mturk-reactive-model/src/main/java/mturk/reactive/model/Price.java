package mturk.reactive.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money ({@code Price}): a reward, a bonus or a balance.
 *
 * <p>The record accepts whatever the service returns (for example {@code 10000.000}); the limits of a request
 * (amount at least zero, at most two decimals) are checked by {@link Limits#money(String, Price)} when a request
 * record is built. The amount goes on the wire exactly as given ({@link BigDecimal#toPlainString()}), so
 * {@code Price.usd("0.05")} is sent as {@code 0.05} and {@code Price.usd("1")} as {@code 1}.
 *
 * @param amount         the amount; not null
 * @param currencyCode   the ISO 4217 code; the service supports only {@code USD}; not blank
 * @param formattedPrice the service's display form such as {@code $0.25}, or null (responses only)
 */
public record Price(BigDecimal amount, String currencyCode, String formattedPrice) {

    /** The only currency the service supports. */
    public static final String USD = "USD";

    /**
     * Validates that the amount and currency code are present.
     *
     * @param amount         the amount; not null
     * @param currencyCode   the ISO 4217 code; the service supports only {@code USD}; not blank
     * @param formattedPrice the service's display form such as {@code $0.25}, or null (responses only)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public Price {
        Objects.requireNonNull(amount, "amount");
        Limits.requireNonBlank("currencyCode", currencyCode);
    }

    /**
     * A price without a formatted form, as used in requests.
     *
     * @param amount       the amount; not null
     * @param currencyCode the currency code; not blank
     */
    public Price(BigDecimal amount, String currencyCode) {
        this(amount, currencyCode, null);
    }

    /**
     * A US dollar amount.
     *
     * @param amount the amount, e.g. {@code new BigDecimal("0.25")}; not null
     * @return the price
     */
    public static Price usd(BigDecimal amount) {
        return new Price(amount, USD);
    }

    /**
     * A US dollar amount given as a decimal string.
     *
     * @param amount the amount, e.g. {@code "0.25"}
     * @return the price
     * @throws NumberFormatException if the string is not a decimal number
     */
    public static Price usd(String amount) {
        return usd(new BigDecimal(amount));
    }

    /**
     * A US dollar amount given in cents, e.g. {@code usdCents(25)} is {@code 0.25}.
     *
     * @param cents the amount in cents
     * @return the price, with scale 2
     */
    public static Price usdCents(long cents) {
        return usd(BigDecimal.valueOf(cents, 2));
    }

    /**
     * The amount as it goes on the wire: {@link BigDecimal#toPlainString()}, never in exponent notation.
     *
     * @return the plain decimal string
     */
    public String wireAmount() {
        return amount.toPlainString();
    }

    /**
     * Compares the amount and currency, ignoring scale and the formatted form ({@code 5.00 USD} equals
     * {@code 5 USD}).
     *
     * @param other another price; not null
     * @return whether both denote the same amount of the same currency
     */
    public boolean sameAmountAs(Price other) {
        return amount.compareTo(other.amount) == 0 && currencyCode.equals(other.currencyCode);
    }
}
