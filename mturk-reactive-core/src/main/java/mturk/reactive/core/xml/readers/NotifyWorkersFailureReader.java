package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.model.NotifyWorkersFailure;

/**
 * Reads a {@code NotifyWorkersFailureStatus} element of {@code NotifyWorkersResult}:
 * {@code NotifyWorkersFailureCode} ({@code SoftFailure}/{@code HardFailure}, unknown codes kept),
 * {@code NotifyWorkersFailureMessage} and {@code WorkerId}.
 */
public final class NotifyWorkersFailureReader implements RecordReader<NotifyWorkersFailure> {

    private String code;
    private String message;
    private String workerId;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "NotifyWorkersFailureCode" -> Child.text(t -> code = t.strip());
            case "NotifyWorkersFailureMessage" -> Child.text(t -> message = t);
            case "WorkerId" -> Child.text(t -> workerId = t.strip());
            default -> Child.skip();
        };
    }

    @Override
    public NotifyWorkersFailure finish() {
        return new NotifyWorkersFailure(null, code, message, workerId);
    }
}
