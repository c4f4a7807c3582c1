package mturk.reactive.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The mutable entities of the simulated service. They are touched only on the state thread. */
final class Model {
    private Model() {
    }

    /** One QualificationRequirement of a HIT type. */
    record Requirement(String typeId, String comparator, List<Integer> integers, List<Locale> locales,
                       boolean requiredToPreview) {
    }

    /** A Locale value (country, optional subdivision). */
    record Locale(String country, String subdivision) {
    }

    /** A notification specification of a HIT type. */
    record NotificationSpec(String destination, String transport, String version, List<String> eventTypes,
                            boolean active) {
    }

    static final class HitType {
        final String id;
        final String title;
        final String description;
        final BigDecimal reward;
        final long assignmentDuration;
        final long autoApprovalDelay;
        final String keywords;
        final List<Requirement> requirements;
        NotificationSpec notification;

        HitType(String id, String title, String description, BigDecimal reward, long assignmentDuration,
                long autoApprovalDelay, String keywords, List<Requirement> requirements) {
            this.id = id;
            this.title = title;
            this.description = description;
            this.reward = reward;
            this.assignmentDuration = assignmentDuration;
            this.autoApprovalDelay = autoApprovalDelay;
            this.keywords = keywords;
            this.requirements = List.copyOf(requirements);
        }

        boolean sameProperties(String t, String d, BigDecimal r, long dur, long delay, String k, List<Requirement> q) {
            return title.equals(t) && description.equals(d) && reward.compareTo(r) == 0 && assignmentDuration == dur
                    && autoApprovalDelay == delay && Objects.equals(keywords, k) && requirements.equals(q);
        }
    }

    enum AssignmentState { ACCEPTED, SUBMITTED, APPROVED, REJECTED, RETURNED, ABANDONED }

    static final class Hit {
        final String id;
        final long sequence;
        HitType type;
        final Instant creationTime;
        final String question;
        final String layoutId;
        int maxAssignments;
        Instant expiration;
        final String annotation;
        boolean reviewing;
        boolean disposed;
        boolean disabled;
        boolean expiredNotified;
        boolean reviewableNotified;
        final String assignmentReviewPolicy;
        final String hitReviewPolicy;
        final List<Assignment> assignments = new ArrayList<>();

        Hit(String id, long sequence, HitType type, Instant creationTime, String question, String layoutId,
            int maxAssignments, Instant expiration, String annotation, String assignmentReviewPolicy,
            String hitReviewPolicy) {
            this.id = id;
            this.sequence = sequence;
            this.type = type;
            this.creationTime = creationTime;
            this.question = question;
            this.layoutId = layoutId;
            this.maxAssignments = maxAssignments;
            this.expiration = expiration;
            this.annotation = annotation;
            this.assignmentReviewPolicy = assignmentReviewPolicy;
            this.hitReviewPolicy = hitReviewPolicy;
        }

        int pending() {
            return (int) assignments.stream().filter(a -> a.state == AssignmentState.ACCEPTED).count();
        }

        int submittedOrDone() {
            return (int) assignments.stream().filter(a -> a.state == AssignmentState.SUBMITTED
                    || a.state == AssignmentState.APPROVED || a.state == AssignmentState.REJECTED).count();
        }

        int completed() {
            return (int) assignments.stream().filter(a -> a.state == AssignmentState.APPROVED
                    || a.state == AssignmentState.REJECTED).count();
        }

        int available() {
            return Math.max(0, maxAssignments - pending() - submittedOrDone());
        }

        boolean expired(Instant now) {
            return !now.isBefore(expiration);
        }

        String status(Instant now) {
            if (disposed) {
                return "Disposed";
            }
            if (reviewing) {
                return "Reviewing";
            }
            boolean expired = expired(now);
            int available = available();
            int pending = pending();
            if (!expired && available > 0) {
                return "Assignable";
            }
            if (pending > 0) {
                return "Unassignable";
            }
            return "Reviewable";
        }
    }

    static final class Assignment {
        final String id;
        final Hit hit;
        final String workerId;
        final Instant acceptTime;
        final Instant deadline;
        AssignmentState state = AssignmentState.ACCEPTED;
        Instant submitTime;
        Instant autoApprovalTime;
        Instant approvalTime;
        Instant rejectionTime;
        String answer;
        String feedback;
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        final List<String> uploadKeys = new ArrayList<>();

        Assignment(String id, Hit hit, String workerId, Instant acceptTime, Instant deadline) {
            this.id = id;
            this.hit = hit;
            this.workerId = workerId;
            this.acceptTime = acceptTime;
            this.deadline = deadline;
        }

        boolean visible() {
            return state == AssignmentState.SUBMITTED || state == AssignmentState.APPROVED
                    || state == AssignmentState.REJECTED;
        }
    }

    static final class QualificationType {
        final String id;
        final Instant creationTime;
        final String name;
        String description;
        final String keywords;
        String status;
        String test;
        Long testDuration;
        String answerKey;
        Long retryDelay;
        boolean autoGranted;
        int autoGrantedValue;
        boolean disposed;

        QualificationType(String id, Instant creationTime, String name, String description, String keywords) {
            this.id = id;
            this.creationTime = creationTime;
            this.name = name;
            this.description = description;
            this.keywords = keywords;
        }
    }

    static final class Qualification {
        final String typeId;
        final String workerId;
        Instant grantTime;
        int value;
        boolean revoked;

        Qualification(String typeId, String workerId, Instant grantTime, int value) {
            this.typeId = typeId;
            this.workerId = workerId;
            this.grantTime = grantTime;
            this.value = value;
        }
    }

    static final class QualificationRequest {
        final String id;
        final String typeId;
        final String workerId;
        final String test;
        final String answer;
        final Instant submitTime;
        boolean open = true;

        QualificationRequest(String id, String typeId, String workerId, String test, String answer,
                             Instant submitTime) {
            this.id = id;
            this.typeId = typeId;
            this.workerId = workerId;
            this.test = test;
            this.answer = answer;
            this.submitTime = submitTime;
        }
    }

    record Bonus(String workerId, String assignmentId, String hitId, BigDecimal amount, BigDecimal fee,
                 String reason, Instant grantTime) {
    }

    record Upload(String key, String assignmentId, String questionId, byte[] bytes) {
    }
}
