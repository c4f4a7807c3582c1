package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.BonusPayment;

/** Reads a {@code BonusPayment} element (GetBonusPayments), with its {@code BonusAmount} price. */
public final class BonusPaymentReader implements RecordReader<BonusPayment> {

    private final BonusPayment.Builder payment = BonusPayment.builder();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "WorkerId" -> Child.text(t -> payment.workerId(t.strip()));
            case "BonusAmount" -> Child.record(new PriceReader(), payment::bonusAmount);
            case "AssignmentId" -> Child.text(t -> payment.assignmentId(t.strip()));
            case "Reason" -> Child.text(payment::reason);
            case "GrantTime" -> Child.text(t -> payment.grantTime(Values.instant(name, t)));
            default -> Child.skip();
        };
    }

    @Override
    public BonusPayment finish() {
        return payment.build();
    }
}
