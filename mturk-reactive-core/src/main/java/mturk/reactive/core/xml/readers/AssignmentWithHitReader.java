package mturk.reactive.core.xml.readers;

import mturk.reactive.core.AssignmentWithHit;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;

/** Reads {@code GetAssignmentResult}: its {@code Assignment} and the {@code HIT} it belongs to. */
public final class AssignmentWithHitReader implements RecordReader<AssignmentWithHit> {

    private Assignment assignment;
    private Hit hit;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "Assignment" -> Child.record(new AssignmentReader(), a -> assignment = a);
            case "HIT" -> Child.record(new HitReader(), h -> hit = h);
            default -> Child.skip();
        };
    }

    @Override
    public AssignmentWithHit finish() {
        return new AssignmentWithHit(Values.required("Assignment", assignment), hit);
    }
}
