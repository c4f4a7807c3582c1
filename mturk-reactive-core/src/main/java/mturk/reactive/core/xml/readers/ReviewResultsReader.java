package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.model.ReviewPolicy;
import mturk.reactive.model.ReviewReport;
import mturk.reactive.model.ReviewResults;

/**
 * Reads {@code GetReviewResultsForHITResult}: {@code HITId}, the optional {@code AssignmentReviewPolicy} and
 * {@code HITReviewPolicy}, and the optional {@code AssignmentReviewReport} and {@code HITReviewReport}.
 */
public final class ReviewResultsReader implements RecordReader<ReviewResults> {

    private String hitId;
    private ReviewPolicy assignmentPolicy;
    private ReviewPolicy hitPolicy;
    private ReviewReport assignmentReport;
    private ReviewReport hitReport;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "HITId" -> Child.text(t -> hitId = t.strip());
            case "AssignmentReviewPolicy" -> Child.record(new ReviewPolicyReader(), p -> assignmentPolicy = p);
            case "HITReviewPolicy" -> Child.record(new ReviewPolicyReader(), p -> hitPolicy = p);
            case "AssignmentReviewReport" -> Child.record(new ReviewReportReader(), r -> assignmentReport = r);
            case "HITReviewReport" -> Child.record(new ReviewReportReader(), r -> hitReport = r);
            default -> Child.skip();
        };
    }

    @Override
    public ReviewResults finish() {
        return new ReviewResults(hitId, assignmentPolicy, hitPolicy, assignmentReport, hitReport);
    }
}
