package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void usdFromStringKeepsTheCallersDecimalForm() {
        Price price = Price.usd("0.05");

        assertEquals("0.05", price.wireAmount());
        assertEquals("USD", price.currencyCode());
        assertNull(price.formattedPrice());
    }

    @Test
    void usdFromAnIntegerAmountHasNoDecimals() {
        assertEquals("1", Price.usd(BigDecimal.ONE).wireAmount());
    }

    @Test
    void usdCentsHasScaleTwo() {
        assertEquals("0.25", Price.usdCents(25).wireAmount());
    }

    @Test
    void wireAmountNeverUsesExponentNotation() {
        assertEquals("10000000", Price.usd(new BigDecimal("1E+7")).wireAmount());
    }

    @Test
    void acceptsWhatTheServiceReturnsEvenBeyondRequestLimits() {
        Price price = new Price(new BigDecimal("10000.000"), "USD", "$10,000.00");

        assertEquals("10000.000", price.wireAmount());
        assertEquals("$10,000.00", price.formattedPrice());
    }

    @Test
    void sameAmountIgnoresScaleAndFormatting() {
        assertTrue(Price.usd("5.00").sameAmountAs(new Price(new BigDecimal("5"), "USD", "$5.00")));
        assertFalse(Price.usd("5.00").sameAmountAs(new Price(new BigDecimal("5"), "EUR")));
    }

    @Test
    void amountAndCurrencyAreRequired() {
        assertThrows(NullPointerException.class, () -> new Price(null, "USD"));
        assertThrows(IllegalArgumentException.class, () -> new Price(BigDecimal.ONE, " "));
    }

    @Test
    void requestMoneyAcceptsZeroAndTwoDecimals() {
        Price zero = Price.usd("0.00");
        Price cents = Price.usd("1234.56");

        assertSame(zero, Limits.money("reward", zero));
        assertSame(cents, Limits.money("reward", cents));
    }

    @Test
    void requestMoneyIgnoresTrailingZeros() {
        Price price = Price.usd("10000.000");

        assertSame(price, Limits.money("reward", price));
    }

    @Test
    void requestMoneyRefusesNegativeAmounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.money("reward", Price.usd("-0.01")));
        assertEquals("reward must be at least 0, was -0.01", e.getMessage());
    }

    @Test
    void requestMoneyRefusesThreeDecimals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.money("bonusAmount", Price.usd("0.005")));
        assertEquals("bonusAmount must have at most 2 decimals, was 0.005", e.getMessage());
    }

    @Test
    void requestMoneyRefusesAMalformedCurrencyCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.money("reward", new Price(BigDecimal.ONE, "usd")));
        assertTrue(e.getMessage().startsWith("reward currency code"), e.getMessage());
    }
}
