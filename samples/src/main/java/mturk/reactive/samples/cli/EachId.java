package mturk.reactive.samples.cli;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import mturk.reactive.samples.batch.InputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs one call per id with bounded concurrency, as the {@code approve}, {@code reject}, {@code expire} and
 * {@code dispose} commands do: a failed id is reported on standard error and counted, and the others go on.
 */
final class EachId {

    private EachId() {
    }

    /**
     * @param command     the command name, for progress and messages
     * @param ids         the ids, read lazily
     * @param call        the call for one id
     * @param concurrency calls in flight
     * @param terminal    where progress, failures and the summary go
     * @param summary     the summary's wording, e.g. {@code "HITs expired"}
     * @return the exit status: 0 when every call succeeded, else 1
     */
    static int run(String command, Flux<String> ids, Function<String, Mono<Void>> call, int concurrency,
                   Terminal terminal, String summary) {
        Progress progress = terminal.progress(command, -1);
        AtomicLong failed = new AtomicLong();
        long done = ids.flatMap(id -> call.apply(id)
                        .thenReturn(id)
                        .doOnNext(x -> progress.step())
                        .onErrorResume(e -> e instanceof RuntimeException && !(e instanceof InputException), e -> {
                            failed.incrementAndGet();
                            terminal.err().printf("%n%s %s failed: %s%n", command, id, e.getMessage());
                            return Mono.empty();
                        }), concurrency)
                .count().block();
        progress.finish();
        terminal.out().printf("%d %s, %d failed%n", done, summary, failed.get());
        return failed.get() == 0 ? 0 : 1;
    }
}
