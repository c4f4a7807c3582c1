package mturk.reactive.benchmarks.baseline;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The transport floor of a publish: a bare Reactor Netty loop POSTing one fixed, already-signed form body
 * {@code count} times with {@code concurrency} requests in flight, reading each response body as bytes. No
 * signing, no encoding, no XML: what is left of the client's CPU time per call above this is the SDK's own.
 */
public final class BareNettyPoster implements AutoCloseable {

    private final ConnectionProvider provider;
    private final HttpClient client;
    private final byte[] body;

    /**
     * @param port        the loopback server's port
     * @param formBody    the form body to send on every call (for example the first CreateHIT the SDK sent)
     * @param connections the maximum number of pooled connections
     */
    public BareNettyPoster(int port, String formBody, int connections) {
        this.provider = ConnectionProvider.builder("bare-netty").maxConnections(connections)
                .pendingAcquireMaxCount(-1).build();
        this.client = HttpClient.create(provider).baseUrl("http://127.0.0.1:" + port)
                .headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded; charset=UTF-8"));
        this.body = formBody.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends {@code count} POSTs, {@code concurrency} at a time; completes with the total response bytes read. */
    public Mono<Long> post(int count, int concurrency) {
        return Flux.range(0, count)
                .flatMap(i -> client.post().uri("/")
                        .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                        .responseSingle((response, content) -> content.asByteArray())
                        .map(bytes -> (long) bytes.length), concurrency)
                .reduce(0L, Long::sum);
    }

    @Override
    public void close() {
        provider.disposeLater().block();
    }
}
