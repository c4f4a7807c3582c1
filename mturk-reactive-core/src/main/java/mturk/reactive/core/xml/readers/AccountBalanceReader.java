package mturk.reactive.core.xml.readers;

import mturk.reactive.core.AccountBalance;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;

/**
 * Reads {@code GetAccountBalanceResult}: {@code AvailableBalance} and the optional {@code OnHoldBalance}, each a
 * Price ({@code Amount}, {@code CurrencyCode}, {@code FormattedPrice}). The envelope has already taken the
 * {@code Request} child.
 *
 * <p>The worked example of a reader: one {@code switch} over child names, nested structures delegated to another
 * reader, the record built in {@link #finish()}.
 */
public final class AccountBalanceReader implements RecordReader<AccountBalance> {

    private AmountReader.Amount available;
    private AmountReader.Amount onHold;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "AvailableBalance" -> Child.record(new AmountReader(), a -> available = a);
            case "OnHoldBalance" -> Child.record(new AmountReader(), a -> onHold = a);
            default -> Child.skip();
        };
    }

    @Override
    public AccountBalance finish() {
        AmountReader.Amount a = Values.required("AvailableBalance", available);
        return new AccountBalance(a.amount(), a.currencyCode(), a.formattedPrice(),
                onHold == null ? null : onHold.amount());
    }
}
