package mturk.reactive.core.testing;

import java.math.BigDecimal;
import java.util.Objects;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.core.xml.readers.PriceReader;

/**
 * A small HIT record for decoder tests (the model's {@code Hit} is tested by the operations that use it).
 *
 * @param hitId     HITId
 * @param hitTypeId HITTypeId
 * @param title     Title
 * @param reward    Reward/Amount
 */
public record TestHit(String hitId, String hitTypeId, String title, BigDecimal reward) {

    /** Checks the id. */
    public TestHit {
        Objects.requireNonNull(hitId, "hitId");
    }

    /** The reader, written the way operation readers are. */
    public static final class Reader implements RecordReader<TestHit> {
        private String hitId;
        private String hitTypeId;
        private String title;
        private BigDecimal reward;

        /** Creates a reader for one HIT element. */
        public Reader() {
        }

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
