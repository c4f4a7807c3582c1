package mturk.reactive.samples.cli;

import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.AccountBalance;

/** {@code mturk balance}: the available balance. */
public final class BalanceCommand implements Command {

    @Override
    public String name() {
        return "balance";
    }

    @Override
    public String summary() {
        return "print the account balance";
    }

    @Override
    public String usage() {
        return "mturk balance\n" + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv, Connection.valued(), Connection.switches());
        try (MTurkClient client = Connection.client(args, terminal)) {
            AccountBalance balance = client.getAccountBalance().block();
            terminal.out().println("available balance: $" + balance.availableBalance().amount().toPlainString());
            return 0;
        }
    }
}
