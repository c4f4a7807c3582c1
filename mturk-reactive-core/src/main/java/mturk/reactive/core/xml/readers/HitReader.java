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
 * Text leaves are shared {@link Child#field(int)} constants numbered in {@link #text(int, String)}.
 */
public final class HitReader implements RecordReader<Hit> {

    private final Hit.Builder hit = Hit.builder();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "HITId" -> Child.field(0);
            case "HITTypeId" -> Child.field(1);
            case "HITGroupId" -> Child.field(2);
            case "HITLayoutId" -> Child.field(3);
            case "CreationTime" -> Child.field(4);
            case "Title" -> Child.field(5);
            case "Description" -> Child.field(6);
            case "Question" -> Child.field(7);
            case "Keywords" -> Child.field(8);
            case "HITStatus" -> Child.field(9);
            case "MaxAssignments" -> Child.field(10);
            case "AutoApprovalDelayInSeconds" -> Child.field(11);
            case "Expiration" -> Child.field(12);
            case "AssignmentDurationInSeconds" -> Child.field(13);
            case "RequesterAnnotation" -> Child.field(14);
            case "HITReviewStatus" -> Child.field(15);
            case "NumberOfAssignmentsPending" -> Child.field(16);
            case "NumberOfAssignmentsAvailable" -> Child.field(17);
            case "NumberOfAssignmentsCompleted" -> Child.field(18);
            case "Reward" -> Child.record(new PriceReader(), hit::reward);
            case "QualificationRequirement" -> Child.record(new QualificationRequirementReader(),
                    hit::qualificationRequirement);
            default -> Child.skip();
        };
    }

    @Override
    public void text(int id, String t) {
        switch (id) {
            case 0 -> hit.hitId(t.strip()); // HITId
            case 1 -> hit.hitTypeId(t.strip()); // HITTypeId
            case 2 -> hit.hitGroupId(t.strip()); // HITGroupId
            case 3 -> hit.hitLayoutId(t.strip()); // HITLayoutId
            case 4 -> hit.creationTime(Values.instant("CreationTime", t)); // CreationTime
            case 5 -> hit.title(t); // Title
            case 6 -> hit.description(t); // Description
            case 7 -> hit.question(t); // Question
            case 8 -> hit.keywords(t); // Keywords
            case 9 -> hit.hitStatusWire(t.strip()); // HITStatus
            case 10 -> hit.maxAssignments(Values.integer("MaxAssignments", t)); // MaxAssignments
            case 11 -> hit.autoApprovalDelay(Readers.seconds("AutoApprovalDelayInSeconds", t)); // AutoApprovalDelayInSeconds
            case 12 -> hit.expiration(Values.instant("Expiration", t)); // Expiration
            case 13 -> hit.assignmentDuration(Readers.seconds("AssignmentDurationInSeconds", t)); // AssignmentDurationInSeconds
            case 14 -> hit.requesterAnnotation(t); // RequesterAnnotation
            case 15 -> hit.hitReviewStatusWire(t.strip()); // HITReviewStatus
            case 16 -> hit.numberOfAssignmentsPending(Values.integer("NumberOfAssignmentsPending", t)); // NumberOfAssignmentsPending
            case 17 -> hit.numberOfAssignmentsAvailable(Values.integer("NumberOfAssignmentsAvailable", t)); // NumberOfAssignmentsAvailable
            case 18 -> hit.numberOfAssignmentsCompleted(Values.integer("NumberOfAssignmentsCompleted", t)); // NumberOfAssignmentsCompleted
            default -> throw new IllegalStateException("unexpected field " + id);
        }
    }

    @Override
    public Hit finish() {
        return hit.build();
    }
}
