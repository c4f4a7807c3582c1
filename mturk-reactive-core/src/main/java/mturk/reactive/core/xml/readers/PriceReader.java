package mturk.reactive.core.xml.readers;

import java.math.BigDecimal;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.Price;

/**
 * Reads a Price structure ({@code Reward}, {@code BonusAmount}, {@code AvailableBalance}, …):
 * {@code Amount} (decimal, scale kept), {@code CurrencyCode}, and the optional {@code FormattedPrice}.
 */
public final class PriceReader implements RecordReader<Price> {

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
    public Price finish() {
        return new Price(Values.required("Amount", amount), Values.required("CurrencyCode", currencyCode),
                formattedPrice);
    }
}
