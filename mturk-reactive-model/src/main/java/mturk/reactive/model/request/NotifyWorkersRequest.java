package mturk.reactive.model.request;

import java.util.List;
import mturk.reactive.model.Limits;

/**
 * The parameters of {@code NotifyWorkers}: an e-mail to up to 100 workers who did work for the requester.
 *
 * <p>Limits: subject 1..200 characters (required per the documentation), message 1..4096 characters, 1..100 worker
 * ids, none blank.
 *
 * @param subject the subject; required
 * @param messageText the message body; required
 * @param workerIds the workers ({@code WorkerId.N})
 */
public record NotifyWorkersRequest(String subject,
                                   String messageText,
                                   List<String> workerIds) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param subject the subject; required
     * @param messageText the message body; required
     * @param workerIds the workers ({@code WorkerId.N})
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public NotifyWorkersRequest {
        workerIds = workerIds == null ? List.of()
                : List.copyOf(Limits.noNullElements("workerIds", workerIds));
        Limits.requireNonBlank("subject", subject, Limits.NOTIFY_SUBJECT_MAX);
        Limits.requireNonBlank("messageText", messageText, Limits.NOTIFY_MESSAGE_MAX);
        Limits.size("workerIds", workerIds, 1, Limits.NOTIFY_WORKER_IDS_MAX);
        workerIds.forEach(id -> Limits.requireNonBlank("workerIds", id));
    }

    /**
     * A notification.
     *
     * @param subject     the subject
     * @param messageText the message
     * @param workerIds   the workers
     * @return the request
     */
    public static NotifyWorkersRequest of(String subject, String messageText, String... workerIds) {
        return new NotifyWorkersRequest(subject, messageText, List.of(workerIds));
    }
}
