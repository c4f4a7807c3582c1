package mturk.reactive.core.reliability;

import java.math.BigDecimal;
import java.util.Objects;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.core.xml.readers.PriceReader;

/**
 * A small HIT record read the way operation readers read theirs (text leaves, a nested Price, unknown elements
 * skipped), so hostile documents and the fuzzer can drive the paged-items path of the envelope.
 *
 * @param hitId  HITId, required and non-blank
 * @param title  Title, or {@code null}
 * @param reward Reward/Amount, or {@code null}
 */
record ProbeHit(String hitId, String title, BigDecimal reward) {

    ProbeHit {
        Objects.requireNonNull(hitId, "hitId");
        if (hitId.isBlank()) {
            throw new IllegalArgumentException("hitId must not be blank");
        }
    }

    /** The reader. */
    static final class Reader implements RecordReader<ProbeHit> {
        private String hitId;
        private String title;
        private BigDecimal reward;

        @Override
        public Child child(String name) {
            return switch (name) {
                case "HITId" -> Child.text(t -> hitId = t.strip());
                case "Title" -> Child.text(t -> title = t);
                case "Reward" -> Child.record(new PriceReader(), a -> reward = a.amount());
                default -> Child.skip();
            };
        }

        @Override
        public ProbeHit finish() {
            return new ProbeHit(Values.required("HITId", hitId), title, reward);
        }
    }
}
