package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Price;

/**
 * Reads {@code GetAccountBalanceResult}: {@code AvailableBalance} and the optional {@code OnHoldBalance}, each a
 * Price ({@code Amount}, {@code CurrencyCode}, {@code FormattedPrice}), into the model's {@link AccountBalance}. The
 * envelope has already taken the {@code Request} child.
 *
 * <p>The worked example of a reader: one {@code switch} over child names, nested structures delegated to another
 * reader, the record built in {@link #finish()}.
 */
public final class AccountBalanceReader implements RecordReader<AccountBalance> {

    private Price available;
    private Price onHold;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "AvailableBalance" -> Child.record(new PriceReader(), p -> available = p);
            case "OnHoldBalance" -> Child.record(new PriceReader(), p -> onHold = p);
            default -> Child.skip();
        };
    }

    @Override
    public AccountBalance finish() {
        return new AccountBalance(Values.required("AvailableBalance", available), onHold);
    }
}
