package mturk.reactive.core.operation;

import mturk.reactive.core.AccountBalance;
import mturk.reactive.core.xml.ResponseSpec;
import mturk.reactive.core.xml.readers.AccountBalanceReader;

/**
 * The operations table: one {@link Operation} per 2014-08-15 action, with its wire name, retry safety, token use and
 * response reader. Client methods are one-liners over these constants.
 */
public final class Operations {

    private Operations() {
    }

    /** {@code GetAccountBalance}: a read; result {@code GetAccountBalanceResult}. */
    public static final Operation<AccountBalance> GET_ACCOUNT_BALANCE = Operation.read("GetAccountBalance",
            ResponseSpec.result("GetAccountBalanceResult", AccountBalanceReader::new));
}
