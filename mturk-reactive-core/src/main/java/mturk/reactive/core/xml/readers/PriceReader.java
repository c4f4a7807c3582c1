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
            case "Amount" -> Child.field(0);
            case "CurrencyCode" -> Child.field(1);
            case "FormattedPrice" -> Child.field(2);
            default -> Child.skip();
        };
    }

    @Override
    public void text(int id, String t) {
        switch (id) {
            case 0 -> amount = Values.decimal("Amount", t);
            case 1 -> currencyCode = t.strip();
            case 2 -> formattedPrice = t;
            default -> throw new IllegalStateException("unexpected field " + id);
        }
    }

    @Override
    public Price finish() {
        return new Price(Values.required("Amount", amount), Values.required("CurrencyCode", currencyCode),
                formattedPrice);
    }
}
