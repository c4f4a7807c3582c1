package mturk.reactive.core.xml;

import java.math.BigDecimal;
import java.util.Objects;
import mturk.reactive.core.xml.readers.PriceReader;

/**
 * A small HIT record for decoder tests (the model's {@code Hit} is tested by the operations that use it).
 *
 * @param hitId     HITId
 * @param hitTypeId HITTypeId
 * @param title     Title
 * @param reward    Reward/Amount
 */
record TestHit(String hitId, String hitTypeId, String title, BigDecimal reward) {

    TestHit {
        Objects.requireNonNull(hitId, "hitId");
    }

    /** The reader, written the way operation readers are. */
    static final class Reader implements RecordReader<TestHit> {
        private String hitId;
        private String hitTypeId;
        private String title;
        private BigDecimal reward;

        @Override
        public Child child(String name) {
            return switch (name) {
                case "HITId" -> Child.text(t -> hitId = t);
                case "HITTypeId" -> Child.text(t -> hitTypeId = t);
                case "Title" -> Child.text(t -> title = t);
                case "Reward" -> Child.record(new PriceReader(), a -> reward = a.amount());
                default -> Child.skip();
            };
        }

        @Override
        public TestHit finish() {
            return new TestHit(Values.required("HITId", hitId), hitTypeId, title, reward);
        }
    }
}
