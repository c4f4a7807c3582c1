package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.Hit;

/**
 * Reads a {@code HIT} element (CreateHIT, GetHIT, SearchHITs, GetReviewableHITs, GetHITsForQualificationType,
 * GetAssignment) into a {@link Hit}. Every field is optional because response groups decide what the service sends.
 * Nested data is kept: the {@code Reward} price and every {@code QualificationRequirement} with its integer and
 * locale values. {@code Question} is the unescaped question document. Enumerations keep unknown values readable.
 * Unknown elements (and the {@code Request} element of CreateHIT/GetHIT, which the envelope reads) are skipped.
 */
public final class HitReader implements RecordReader<Hit> {

    private final Hit.Builder hit = Hit.builder();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "HITId" -> Child.text(t -> hit.hitId(t.strip()));
            case "HITTypeId" -> Child.text(t -> hit.hitTypeId(t.strip()));
            case "HITGroupId" -> Child.text(t -> hit.hitGroupId(t.strip()));
            case "HITLayoutId" -> Child.text(t -> hit.hitLayoutId(t.strip()));
            case "CreationTime" -> Child.text(t -> hit.creationTime(Values.instant(name, t)));
            case "Title" -> Child.text(hit::title);
            case "Description" -> Child.text(hit::description);
            case "Question" -> Child.text(hit::question);
            case "Keywords" -> Child.text(hit::keywords);
            case "HITStatus" -> Child.text(t -> hit.hitStatusWire(t.strip()));
            case "MaxAssignments" -> Child.text(t -> hit.maxAssignments(Values.integer(name, t)));
            case "Reward" -> Child.record(new PriceReader(), hit::reward);
            case "AutoApprovalDelayInSeconds" -> Child.text(t -> hit.autoApprovalDelay(Readers.seconds(name, t)));
            case "Expiration" -> Child.text(t -> hit.expiration(Values.instant(name, t)));
            case "AssignmentDurationInSeconds" -> Child.text(t -> hit.assignmentDuration(Readers.seconds(name, t)));
            case "RequesterAnnotation" -> Child.text(hit::requesterAnnotation);
            case "QualificationRequirement" -> Child.record(new QualificationRequirementReader(),
                    hit::qualificationRequirement);
            case "HITReviewStatus" -> Child.text(t -> hit.hitReviewStatusWire(t.strip()));
            case "NumberOfAssignmentsPending" -> Child.text(t -> hit.numberOfAssignmentsPending(Values.integer(name, t)));
            case "NumberOfAssignmentsAvailable" ->
                    Child.text(t -> hit.numberOfAssignmentsAvailable(Values.integer(name, t)));
            case "NumberOfAssignmentsCompleted" ->
                    Child.text(t -> hit.numberOfAssignmentsCompleted(Values.integer(name, t)));
            default -> Child.skip();
        };
    }

    @Override
    public Hit finish() {
        return hit.build();
    }
}
