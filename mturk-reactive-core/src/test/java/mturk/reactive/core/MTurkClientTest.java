package mturk.reactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ChannelOption;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import mturk.reactive.core.internal.SignatureV1;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.operation.Params;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.LoopbackServer;
import mturk.reactive.core.testing.LoopbackServer.Recorded;
import mturk.reactive.core.testing.LoopbackServer.Reply;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.core.testing.TestHit;
import mturk.reactive.core.xml.ResponseSpec;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Price;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

@ExtendWith(LeakCheckExtension.class)
class MTurkClientTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30); // a guard against hangs, not a speed assertion
    static final Credentials KEYS = Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE");
    static final Clock NOON = Clock.fixed(Instant.parse("2014-08-15T12:00:00Z"), ZoneOffset.UTC);
    static final AccountBalance BALANCE =
            new AccountBalance(new Price(new BigDecimal("15555.55"), "USD", "$15,555.55"), null);

    static final Operation<TestHit> SEARCH_HITS = Operation.read("SearchHITs",
            ResponseSpec.items("SearchHITsResult", "HIT", TestHit.Reader::new));
    static final Operation<TestHit> CREATE_HIT = Operation.tokenWrite("CreateHIT",
            ResponseSpec.result("HIT", TestHit.Reader::new));
    static final Operation<Void> APPROVE = Operation.write("ApproveAssignment",
            ResponseSpec.empty("ApproveAssignmentResult"));

    LoopbackServer server;
    ConnectionProvider pool;

    @BeforeEach
    void start() {
        server = LoopbackServer.start();
        pool = ConnectionProvider.builder("test").maxConnections(4).build();
    }

    @AfterEach
    void stop() {
        pool.disposeLater().block(TIMEOUT);
        server.close();
    }

    MTurkClient.Builder client() {
        return MTurkClient.builder()
                .endpoint(server.endpoint())
                .credentials(KEYS)
                .clock(NOON)
                .retryPolicy(RetryPolicy.NONE)
                .httpClient(HttpClient.create(pool).option(ChannelOption.ALLOCATOR, TestBuffers.ALLOCATOR));
    }

    static String createHitResponse(String hitId) {
        return "<?xml version=\"1.0\"?>\n<CreateHITResponse><OperationRequest><RequestId>c1</RequestId>"
                + "</OperationRequest><HIT><Request><IsValid>True</IsValid></Request><HITId>" + hitId + "</HITId>"
                + "<HITTypeId>T1</HITTypeId></HIT></CreateHITResponse>";
    }

    static String approveResponse() {
        return "<?xml version=\"1.0\"?>\n<ApproveAssignmentResponse><OperationRequest><RequestId>a1</RequestId>"
                + "</OperationRequest><ApproveAssignmentResult><Request><IsValid>True</IsValid></Request>"
                + "</ApproveAssignmentResult></ApproveAssignmentResponse>";
    }

    @Test
    void getAccountBalanceSendsASignedFormPostAndDecodesTheBalance() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        StepVerifier.create(client().build().getAccountBalance())
                .expectNext(BALANCE)
                .expectComplete()
                .verify(TIMEOUT);
        Recorded r = server.requests().get(0);
        assertEquals("/", r.uri());
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8", r.headers().get("content-type"));
        // byte-identical to boto 2.49 (golden vector 1)
        assertEquals("AWSAccessKeyId=AKIDEXAMPLE&Operation=GetAccountBalance&SignatureVersion=1"
                + "&Timestamp=2014-08-15T12%3A00%3A00Z&Version=2014-08-15&Signature=WmTVW1LR8%2FklVbmP2fRVwxwCkyM%3D",
                r.body());
    }

    @Test
    void nothingIsSentBeforeSubscription() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        Mono<AccountBalance> call = client().build().getAccountBalance();
        assertEquals(0, server.requests().size());
        call.block(TIMEOUT);
        assertEquals(1, server.requests().size());
    }

    @Test
    void eachSubscriptionSendsAFreshlySignedRequest() {
        AtomicLong seconds = new AtomicLong(Instant.parse("2014-08-15T12:00:00Z").getEpochSecond());
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.getAndIncrement());
            }
        };
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        Mono<AccountBalance> call = client().clock(ticking).build().getAccountBalance();
        call.block(TIMEOUT);
        call.block(TIMEOUT);
        List<Recorded> rs = server.requests();
        assertEquals("2014-08-15T12:00:00Z", rs.get(0).param("Timestamp"));
        assertEquals("2014-08-15T12:00:01Z", rs.get(1).param("Timestamp"));
        assertNotEquals(rs.get(0).param("Signature"), rs.get(1).param("Signature"));
        for (Recorded r : rs) {
            assertSignatureValid(r);
        }
    }

    static void assertSignatureValid(Recorded r) {
        Map<String, String> p = new LinkedHashMap<>(r.params());
        String signature = p.remove("Signature");
        StringBuilder toSign = new StringBuilder();
        p.keySet().stream().sorted(java.util.Comparator.comparing(k -> k.toLowerCase(java.util.Locale.ROOT)))
                .forEach(k -> toSign.append(k).append(p.get(k)));
        assertEquals(SignatureV1.hmacSha1Base64("SECRETEXAMPLE", toSign.toString()), signature);
    }

    @Test
    void aRequestErrorBecomesAServiceExceptionWithItsCode() {
        server.enqueue(Reply.xml("<?xml version=\"1.0\"?>\n<GetAccountBalanceResponse><OperationRequest><RequestId>e1"
                + "</RequestId><Errors><Error><Code>AWS.NotAuthorized</Code><Message>nope</Message></Error></Errors>"
                + "</OperationRequest></GetAccountBalanceResponse>"));
        StepVerifier.create(client().build().getAccountBalance())
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals("AWS.NotAuthorized", s.errorCode());
                    assertEquals("e1", s.requestId().orElseThrow());
                })
                .verify(TIMEOUT);
    }

    @Test
    void anHtmlErrorPageStillGivesATypedErrorWithTheStatus() {
        server.enqueue(Reply.html(502, "<html><body><h1>502 Bad Gateway</h1><hr></body></html>"));
        StepVerifier.create(client().build().getAccountBalance())
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals(502, s.statusCode());
                    assertTrue(s.errors().isEmpty());
                    assertTrue(s.isRetryable());
                })
                .verify(TIMEOUT);
    }

    @Test
    void aThrottledThenSuccessfulReadSucceedsAfterBackoffInVirtualTime() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        server.enqueue(Reply.throttle(), Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        MTurkClient c = client().retryPolicy(RetryPolicy.DEFAULT.withScheduler(vts)).build();
        StepVerifier.create(c.getAccountBalance())
                .then(() -> {
                    LoopbackServer.await(() -> server.requests().size() == 1, "the first attempt");
                    LoopbackServer.await(() -> vts.getScheduledTaskCount() > 0, "a backoff");
                    vts.advanceTimeBy(Duration.ofSeconds(10));
                })
                .expectNext(BALANCE)
                .expectComplete()
                .verify(TIMEOUT);
        assertEquals(2, server.requests().size());
    }

    @Test
    void aTokenCallWhoseResponseIsLostIsRetriedWithTheSameToken() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        server.enqueue(Reply.closeBeforeResponse(), Reply.xml(createHitResponse("H1")));
        MTurkClient c = client().retryPolicy(RetryPolicy.DEFAULT.withScheduler(vts)).build();
        StepVerifier.create(c.executeOne(CREATE_HIT, Params.builder().add("Title", "t").build(), TestHit.class))
                .then(() -> {
                    LoopbackServer.await(() -> vts.getScheduledTaskCount() > 0, "a backoff");
                    vts.advanceTimeBy(Duration.ofSeconds(10));
                })
                .expectNext(new TestHit("H1", "T1", null, null))
                .expectComplete()
                .verify(TIMEOUT);
        List<Recorded> rs = server.requests();
        assertEquals(2, rs.size());
        String token = rs.get(0).param("UniqueRequestToken");
        assertTrue(token != null && !token.isEmpty() && token.length() <= 64, token);
        assertEquals(token, rs.get(1).param("UniqueRequestToken"));
    }

    @Test
    void eachLogicalCallGetsItsOwnToken() {
        server.enqueue(Reply.xml(createHitResponse("H1")));
        Mono<TestHit> call = client().build().executeOne(CREATE_HIT, Params.empty(), TestHit.class);
        call.block(TIMEOUT);
        call.block(TIMEOUT);
        assertNotEquals(server.requests().get(0).param("UniqueRequestToken"),
                server.requests().get(1).param("UniqueRequestToken"));
    }

    @Test
    void aCallerSuppliedTokenIsSentAsIs() {
        server.enqueue(Reply.xml(createHitResponse("H1")));
        client().build().executeOne(CREATE_HIT, Params.builder().add("UniqueRequestToken", "mine").build(),
                TestHit.class).block(TIMEOUT);
        assertEquals("mine", server.requests().get(0).param("UniqueRequestToken"));
    }

    @Test
    void aWriteWithoutTokenIsNotRepeatedWhenItsResponseIsLost() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        server.enqueue(Reply.closeBeforeResponse(), Reply.xml(approveResponse()));
        MTurkClient c = client().retryPolicy(RetryPolicy.DEFAULT.withScheduler(vts)).build();
        StepVerifier.create(c.executeVoid(APPROVE, Params.builder().add("AssignmentId", "A1").build()))
                .expectError(MTurkIoException.class)
                .verify(TIMEOUT);
        assertEquals(1, server.requests().size());
        assertNull(server.requests().get(0).param("UniqueRequestToken"));
    }

    @Test
    void retriesStopAfterTheConfiguredNumberAndSurfaceTheLastError() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        server.enqueue(Reply.throttle());
        MTurkClient c = client().retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(2).withScheduler(vts)).build();
        StepVerifier.create(c.getAccountBalance())
                .then(() -> {
                    for (int i = 1; i <= 2; i++) {
                        int n = i;
                        // the count includes delays already run: wait for the n-th backoff to be scheduled
                        LoopbackServer.await(() -> vts.getScheduledTaskCount() >= n, "backoff " + n);
                        vts.advanceTimeBy(Duration.ofSeconds(10));
                    }
                })
                .expectErrorSatisfies(e -> assertTrue(assertInstanceOf(MTurkServiceException.class, e)
                        .isThrottling()))
                .verify(TIMEOUT);
        assertEquals(3, server.requests().size());
    }

    @Test
    void aStalledResponseFailsWithTheResponseTimeout() {
        server.enqueue(Reply.stall());
        StepVerifier.create(client().responseTimeout(Duration.ofMillis(300)).build().getAccountBalance())
                .expectErrorSatisfies(e -> {
                    MTurkTimeoutException t = assertInstanceOf(MTurkTimeoutException.class, e);
                    assertEquals(MTurkTimeoutException.Kind.RESPONSE, t.kind());
                    assertEquals(Duration.ofMillis(300), t.timeout());
                })
                .verify(TIMEOUT);
    }

    @Test
    void aConnectionCutMidBodyIsAnIoError() {
        String xml = Fixtures.load("SearchHITs-3.xml");
        server.enqueue(Reply.cutMidBody(xml, Fixtures.bytesThrough(xml, "</HIT>")));
        StepVerifier.create(client().build().executeMany(SEARCH_HITS, Params.empty(), TestHit.class))
                .thenConsumeWhile(h -> true)
                .expectError(MTurkIoException.class)
                .verify(TIMEOUT);
    }

    @Test
    void aWellFramedButShortBodyIsTruncated() {
        String xml = Fixtures.load("GetAccountBalance.xml");
        server.enqueue(Reply.shortBody(xml, xml.length() / 2));
        StepVerifier.create(client().build().getAccountBalance())
                .expectError(TruncatedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void aTruncatedReadIsRetried() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        String xml = Fixtures.load("GetAccountBalance.xml");
        server.enqueue(Reply.shortBody(xml, 40), Reply.xml(xml));
        MTurkClient c = client().retryPolicy(RetryPolicy.DEFAULT.withScheduler(vts)).build();
        StepVerifier.create(c.getAccountBalance())
                .then(() -> {
                    LoopbackServer.await(() -> vts.getScheduledTaskCount() > 0, "a backoff");
                    vts.advanceTimeBy(Duration.ofSeconds(10));
                })
                .expectNext(BALANCE)
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void tinyChunksDecodeToTheSameRecords() {
        String xml = Fixtures.load("SearchHITs-3.xml");
        server.enqueue(Reply.xml(xml), Reply.chunked(xml, 3));
        MTurkClient c = client().build();
        List<TestHit> whole = c.executeMany(SEARCH_HITS, Params.empty(), TestHit.class).collectList().block(TIMEOUT);
        List<TestHit> tiny = c.executeMany(SEARCH_HITS, Params.empty(), TestHit.class).collectList().block(TIMEOUT);
        assertEquals(3, whole.size());
        assertEquals(whole, tiny);
    }

    @Test
    void gzipResponsesAreAcceptedAndDecoded() {
        server.close();
        server = LoopbackServer.startCompressing();
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        StepVerifier.create(client().build().getAccountBalance())
                .expectNext(BALANCE)
                .expectComplete()
                .verify(TIMEOUT);
        assertTrue(server.requests().get(0).headers().getOrDefault("accept-encoding", "").contains("gzip"));
    }

    @Test
    void cancellingMidBodyClosesTheConnectionInsteadOfPoolingIt() {
        String xml = Fixtures.load("SearchHITs-3.xml");
        server.enqueue(Reply.stallAfter(xml, Fixtures.bytesThrough(xml, "</HIT>")));
        StepVerifier.create(client().build().executeMany(SEARCH_HITS, Params.empty(), TestHit.class), 1)
                .expectNextMatches(h -> h.hitId().equals("HIT1"))
                .thenCancel()
                .verify(TIMEOUT);
        LoopbackServer.await(() -> server.connectionsClosed() == 1, "the server to see the connection closed");
    }

    @Test
    void aCompletedExchangeReturnsItsConnectionToThePool() {
        AtomicReference<reactor.netty.resources.ConnectionPoolMetrics> metrics = new AtomicReference<>();
        ConnectionProvider metered = ConnectionProvider.builder("metered").maxConnections(1)
                .metrics(true, () -> new ConnectionProvider.MeterRegistrar() {
                    @Override
                    public void registerMetrics(String poolName, String id, java.net.SocketAddress remote,
                                                reactor.netty.resources.ConnectionPoolMetrics m) {
                        metrics.set(m);
                    }
                })
                .build();
        try {
            server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
            MTurkClient c = client().httpClient(HttpClient.create(metered)
                    .option(ChannelOption.ALLOCATOR, TestBuffers.ALLOCATOR)).build();
            c.getAccountBalance().block(TIMEOUT);
            LoopbackServer.await(() -> metrics.get() != null && metrics.get().idleSize() == 1,
                    "the connection to be back in the pool");
            c.getAccountBalance().block(TIMEOUT);
            assertEquals(1, server.connectionsOpened());
            assertEquals(0, server.connectionsClosed());
        } finally {
            metered.disposeLater().block(TIMEOUT);
        }
    }

    @Test
    void theClientDoesNotDisposeACallerSuppliedPool() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        MTurkClient c = client().build();
        c.getAccountBalance().block(TIMEOUT);
        c.close();
        assertTrue(!pool.isDisposed());
        StepVerifier.create(c.mutate().build().getAccountBalance()).expectNext(BALANCE).expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void aClientWithItsOwnPoolWorksAndClosesIt() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        try (MTurkClient c = MTurkClient.builder().endpoint(server.endpoint()).credentials(KEYS).build()) {
            StepVerifier.create(c.getAccountBalance()).expectNext(BALANCE).expectComplete().verify(TIMEOUT);
        }
    }

    @Test
    void aMalformedBodyFailsTheCallAndClosesTheConnection() {
        String xml = Fixtures.load("SearchHITs-3.xml").replace("<HITId>HIT2</HITId>", "<HITId>&bogus;</HITId>");
        server.enqueue(Reply.stallAfter(xml, Fixtures.bytesThrough(xml, "&bogus;")));
        StepVerifier.create(client().build().executeMany(SEARCH_HITS, Params.empty(), TestHit.class))
                .expectNextMatches(h -> h.hitId().equals("HIT1")) // complete before the bad entity, same buffer
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
        LoopbackServer.await(() -> server.connectionsClosed() == 1, "the server to see the connection closed");
    }

    @Test
    void aRefusedConnectionIsAConnectFailure() {
        Endpoint closed = server.endpoint();
        server.close();
        StepVerifier.create(client().endpoint(closed).build().getAccountBalance())
                .expectErrorSatisfies(e -> assertTrue(assertInstanceOf(MTurkIoException.class, e).isConnectFailure()))
                .verify(TIMEOUT);
        server = LoopbackServer.start(); // for @AfterEach
    }

    static String searchPage(Recorded r, int total) {
        int page = Integer.parseInt(r.param("PageNumber"));
        int size = Integer.parseInt(r.param("PageSize"));
        StringBuilder hits = new StringBuilder();
        int from = (page - 1) * size;
        int to = Math.min(total, from + size);
        for (int i = from; i < to; i++) {
            hits.append("<HIT><HITId>H").append(i).append("</HITId><HITTypeId>T</HITTypeId></HIT>");
        }
        return "<?xml version=\"1.0\"?>\n<SearchHITsResponse><OperationRequest><RequestId>p" + page
                + "</RequestId></OperationRequest><SearchHITsResult><Request><IsValid>True</IsValid></Request>"
                + "<NumResults>" + Math.max(0, to - from) + "</NumResults><TotalNumResults>" + total
                + "</TotalNumResults><PageNumber>" + page + "</PageNumber>" + hits
                + "</SearchHITsResult></SearchHITsResponse>";
    }

    static Params pageParams(int n) {
        return Params.builder().add("PageNumber", n).add("PageSize", 100).build();
    }

    @Test
    void takingThreeHitsOfAThousandSendsOneRequest() {
        server.respondWith(r -> Reply.xml(searchPage(r, 1000)));
        StepVerifier.create(client().build().executeAll(SEARCH_HITS, MTurkClientTest::pageParams, 100,
                        TestHit.class), 0)
                .thenRequest(3)
                .expectNextMatches(h -> h.hitId().equals("H0"))
                .expectNextMatches(h -> h.hitId().equals("H1"))
                .expectNextMatches(h -> h.hitId().equals("H2"))
                .thenCancel()
                .verify(TIMEOUT);
        assertEquals(1, server.requests().size());
    }

    @Test
    void aWholeListingFetchesEachPageOnceInOrder() {
        server.respondWith(r -> Reply.xml(searchPage(r, 250)));
        List<TestHit> all = client().build().executeAll(SEARCH_HITS, MTurkClientTest::pageParams, 100,
                TestHit.class).collectList().block(TIMEOUT);
        assertEquals(250, all.size());
        assertEquals("H249", all.get(249).hitId());
        assertEquals(List.of("1", "2", "3"), server.requests().stream().map(r -> r.param("PageNumber")).toList());
    }

    @Test
    void callsRunOnTheEventLoopWithoutBlocking() {
        // BlockHound is installed for the suite: a blocking call on a Netty or parallel thread would fail here
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        MTurkClient c = client().build();
        StepVerifier.create(Flux.range(0, 4).flatMap(i -> c.getAccountBalance()))
                .expectNextCount(4)
                .expectComplete()
                .verify(TIMEOUT);
    }
}
