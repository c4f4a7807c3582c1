package mturk.reactive.core.xml.readers;

import java.math.BigDecimal;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;

/**
 * Reads a Price structure ({@code Amount}, {@code CurrencyCode}, {@code FormattedPrice}) into an {@link Amount};
 * interim until the model's {@code Price} lands.
 */
public final class AmountReader implements RecordReader<AmountReader.Amount> {

    /**
     * A Price as sent.
     *
     * @param amount         the amount, scale preserved
     * @param currencyCode   e.g. {@code USD}
     * @param formattedPrice e.g. {@code $1.50}, or {@code null}
     */
    public record Amount(BigDecimal amount, String currencyCode, String formattedPrice) {
    }

    private BigDecimal amount;
    private String currencyCode;
    private String formattedPrice;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "Amount" -> Child.text(t -> amount = Values.decimal(name, t));
            case "CurrencyCode" -> Child.text(t -> currencyCode = t.strip());
            case "FormattedPrice" -> Child.text(t -> formattedPrice = t);
            default -> Child.skip();
        };
    }

    @Override
    public Amount finish() {
        return new Amount(Values.required("Amount", amount), Values.required("CurrencyCode", currencyCode),
                formattedPrice);
    }
}
