package mturk.reactive.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Everything the simulator notified: REST deliveries (after the GET completed or failed), Email, SQS and SOAP
 * notifications (recorded, not sent), and NotifyWorkers messages. Thread-safe.
 */
public final class Notifications {
    private final List<NotificationRecord> records = new CopyOnWriteArrayList<>();
    private final Sinks.Many<NotificationRecord> sink = Sinks.many().replay().all();

    Notifications() {
    }

    void record(NotificationRecord r) {
        records.add(r);
        synchronized (sink) {
            sink.tryEmitNext(r);
        }
    }

    /** A snapshot of every record so far. */
    public List<NotificationRecord> all() {
        return List.copyOf(records);
    }

    /** The records of one transport ({@code REST}, {@code Email}, {@code SQS}, {@code SOAP}, {@code WorkerMessage}). */
    public List<NotificationRecord> byTransport(String transport) {
        return records.stream().filter(r -> r.transport().equals(transport)).toList();
    }

    /** Every record, past and future, as a stream (replays the past to each subscriber). */
    public Flux<NotificationRecord> stream() {
        return sink.asFlux();
    }

    void complete() {
        synchronized (sink) {
            sink.tryEmitComplete();
        }
    }
}
