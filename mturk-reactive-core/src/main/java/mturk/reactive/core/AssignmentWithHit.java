package mturk.reactive.core;

import java.util.Objects;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;

/**
 * The result of {@code GetAssignment}: the assignment and the HIT it belongs to (with the default {@code Minimal}
 * response group the HIT carries only its id and HIT type id).
 *
 * @param assignment the assignment, with its typed answers; not null
 * @param hit        the HIT, or {@code null} if the response did not include it
 */
public record AssignmentWithHit(Assignment assignment, Hit hit) {

    /**
     * Checks the assignment.
     *
     * @param assignment the assignment; not null
     * @param hit        the HIT, or {@code null}
     */
    public AssignmentWithHit {
        Objects.requireNonNull(assignment, "assignment");
    }
}
