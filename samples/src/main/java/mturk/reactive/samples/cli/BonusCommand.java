package mturk.reactive.samples.cli;

import java.math.BigDecimal;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Price;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.samples.batch.InputException;
import mturk.reactive.samples.batch.RequestTokens;

/**
 * {@code mturk grant-bonus}: pays a worker a bonus for an assignment. The request token derives from the assignment,
 * amount and reason, so running the same command twice (within the service's 24 hours) pays once.
 */
public final class BonusCommand implements Command {

    @Override
    public String name() {
        return "grant-bonus";
    }

    @Override
    public String summary() {
        return "pay a worker a bonus (once, even if the command is repeated)";
    }

    @Override
    public String usage() {
        return """
                mturk grant-bonus --worker ID --assignment ID --amount 0.50 --reason TEXT
                  --worker ID               the worker
                  --assignment ID           the assignment the bonus is for
                  --amount USD              e.g. 0.50 (whole cents)
                  --reason TEXT             shown to the worker
                """ + Connection.USAGE;
    }

    @Override
    public int run(List<String> argv, Terminal terminal) {
        Args args = Args.parse(name(), argv, Connection.valued("worker", "assignment", "amount", "reason"),
                Connection.switches());
        String worker = args.required("worker");
        String assignment = args.required("assignment");
        String reason = args.required("reason");
        BigDecimal amount = amount(args.required("amount"));
        String token = RequestTokens.forBonus("grant-bonus", assignment + "\n" + amount.toPlainString() + "\n" + reason);
        try (MTurkClient client = Connection.client(args, terminal)) {
            client.grantBonus(new GrantBonusRequest(worker, assignment, Price.usd(amount), reason, token)).block();
            terminal.out().printf("bonus of $%s paid to %s for %s%n", amount.toPlainString(), worker, assignment);
            return 0;
        }
    }

    static BigDecimal amount(String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.startsWith("$") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw InputException.inField("--amount", "amount", "is '" + text + "', which is not an amount such as 0.50");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw InputException.inField("--amount", "amount", "is " + text
                    + "; it must be positive, in whole cents (at most 2 decimals)");
        }
        return amount.setScale(2);
    }
}
