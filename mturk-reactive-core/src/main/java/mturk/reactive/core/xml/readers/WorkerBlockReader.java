package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.model.WorkerBlock;

/** Reads a {@code WorkerBlock} element (GetBlockedWorkers): {@code WorkerId} and {@code Reason}. */
public final class WorkerBlockReader implements RecordReader<WorkerBlock> {

    private String workerId;
    private String reason;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "WorkerId" -> Child.text(t -> workerId = t.strip());
            case "Reason" -> Child.text(t -> reason = t);
            default -> Child.skip();
        };
    }

    @Override
    public WorkerBlock finish() {
        return new WorkerBlock(workerId, reason);
    }
}
