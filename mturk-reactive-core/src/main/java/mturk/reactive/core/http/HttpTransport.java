package mturk.reactive.core.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.TruncatedResponseException;
import mturk.reactive.core.xml.ResponseDecoding;
import mturk.reactive.core.xml.ResponseSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * One HTTP exchange: POST a signed form body to {@code /} of the endpoint and stream the decoded envelope back.
 *
 * <p>Ownership: each body buffer is retained once at the {@code response((res, body) -> …)} boundary and from then
 * on belongs to {@link ResponseDecoding}, which releases it exactly once. If the subscriber cancels or the decoder
 * fails mid-body, Reactor Netty closes the connection instead of returning a half-read one to the pool.
 */
public final class HttpTransport {

    /** {@code application/x-www-form-urlencoded; charset=UTF-8}. */
    public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";
    /** The User-Agent header value. */
    public static final String USER_AGENT = "mturk-reactive/0.1";

    private final HttpClient client;
    private final Endpoint endpoint;
    private final ResponseLimits limits;
    private final Duration connectTimeout;
    private final Duration responseTimeout;

    /**
     * @param client          a configured client (timeouts, compression and pool already applied)
     * @param endpoint        where to post
     * @param limits          per-response limits
     * @param connectTimeout  the configured connect timeout (for error messages)
     * @param responseTimeout the configured response timeout (for error messages)
     */
    public HttpTransport(HttpClient client, Endpoint endpoint, ResponseLimits limits, Duration connectTimeout,
                         Duration responseTimeout) {
        this.client = Objects.requireNonNull(client, "client")
                .headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, FORM_CONTENT_TYPE)
                        .set(HttpHeaderNames.USER_AGENT, USER_AGENT)
                        .set(HttpHeaderNames.ACCEPT, "text/xml, application/xml, */*"));
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    /**
     * Sends one signed attempt. Cold: nothing is sent before subscription, and each subscription sends again.
     *
     * @param operation wire name, for errors
     * @param body      the signed form body
     * @param spec      where the payload is
     * @param <T>       record type
     * @return the records as they are parsed, then a {@link mturk.reactive.core.xml.ResponseSummary}; or a typed
     *         error: {@link MTurkServiceException} for any non-2xx status or error envelope (also when the error body
     *         is not XML), {@link mturk.reactive.core.MTurkClientException} subclasses for I/O, timeouts, malformed
     *         or truncated bodies
     */
    public <T> Flux<Object> exchange(String operation, String body, ResponseSpec<T> spec) {
        return client
                .post()
                .uri(endpoint.postUrl())
                .send((req, out) -> out.sendString(Mono.just(body), StandardCharsets.UTF_8))
                .response((res, content) -> {
                    int status = res.status().code();
                    Flux<ByteBuf> buffers = content.retain();
                    Flux<Object> decoded = ResponseDecoding.decodeEnvelope(buffers, operation, status, spec, limits);
                    if (status >= 200 && status <= 299) {
                        return decoded;
                    }
                    return decoded.onErrorMap(e -> e instanceof MalformedResponseException
                                    || e instanceof TruncatedResponseException,
                            e -> new MTurkServiceException(operation, status, null, List.of(), e));
                })
                .onErrorMap(e -> TransportErrors.map(operation, e, connectTimeout, responseTimeout));
    }
}
