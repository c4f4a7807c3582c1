package mturk.reactive.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.core.MTurkException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimitExceededException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.TruncatedResponseException;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.core.xml.ResponseDecoding;
import mturk.reactive.core.xml.ResponseSpec;
import mturk.reactive.core.xml.ResponseSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;

/**
 * Hostile response bodies: each one gives a typed {@link MTurkException} within bounded memory and time, never a
 * hang and never a success, and every buffer is released ({@link LeakCheckExtension} fails the test otherwise).
 */
@ExtendWith(LeakCheckExtension.class)
class HostileResponseTest {

    /** No hostile body may take longer than this to fail; a hang fails the test. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ResponseSpec<ProbeHit> SEARCH_HITS =
            ResponseSpec.items("SearchHITsResult", "HIT", ProbeHit.Reader::new);

    /** What one decode produced: the records, and the error that ended it (or {@code null} for a success). */
    private record Outcome(List<Object> records, Throwable error) {
    }

    private static Outcome balance(Flux<ByteBuf> body, int status) {
        return run(ResponseDecoding.decodeEnvelope(body, "GetAccountBalance", status,
                Operations.GET_ACCOUNT_BALANCE.response(), ResponseLimits.DEFAULT));
    }

    private static Outcome run(Flux<Object> decoded) {
        List<Object> records = new ArrayList<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        decoded.doOnNext(records::add)
                .then()
                .onErrorResume(e -> {
                    error.set(e);
                    return reactor.core.publisher.Mono.empty();
                })
                .block(BOUND.plusSeconds(1));
        return new Outcome(records, error.get());
    }

    /**
     * The decode must end in an error of the given type, and never in the {@link ResponseSummary} that marks a
     * complete, successful response. (A record completed before the fault may have streamed ahead of the error, as
     * items of a page do; a single-record call must still fail: see the client-level drills.)
     */
    private static <E extends MTurkException> E assertRefused(Class<E> type, Outcome outcome) {
        assertNull(outcome.records().stream().filter(r -> r instanceof ResponseSummary).findAny().orElse(null),
                "a hostile body completed as a success: " + outcome.records());
        return assertInstanceOf(type, outcome.error(), () -> "expected " + type.getSimpleName() + ", got "
                + outcome.error());
    }

    static Stream<Arguments> chunkSizes() {
        return Stream.of(1, 7, 64, 65_536).map(Arguments::of);
    }

    @ParameterizedTest(name = "chunks of {0} bytes")
    @MethodSource("chunkSizes")
    void aDtdIsRefusedBeforeTheDocumentIsRead(int chunkSize) {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE GetAccountBalanceResponse [<!ELEMENT a ANY>]>"
                + HostileBodies.BALANCE_HEAD.substring(HostileBodies.BALANCE_HEAD.indexOf("?>") + 2)
                + "<Amount>1.00</Amount>" + HostileBodies.BALANCE_TAIL;
        Outcome outcome = balance(HostileBodies.bytes(xml.getBytes(StandardCharsets.UTF_8), chunkSize), 200);
        assertRefused(MalformedResponseException.class, outcome);
        assertEquals(List.of(), outcome.records());
    }

    @ParameterizedTest(name = "chunks of {0} bytes")
    @MethodSource("chunkSizes")
    void anExternalFileEntityIsNeverRead(int chunkSize, @TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE GetAccountBalanceResponse [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>"
                + HostileBodies.BALANCE_HEAD.substring(HostileBodies.BALANCE_HEAD.indexOf("?>") + 2)
                + "<Amount>1.00</Amount><FormattedPrice>&xxe;</FormattedPrice>" + HostileBodies.BALANCE_TAIL;
        Outcome outcome = balance(HostileBodies.bytes(xml.getBytes(StandardCharsets.UTF_8), chunkSize), 200);
        MalformedResponseException e = assertRefused(MalformedResponseException.class, outcome);
        assertFalse(String.valueOf(e).contains("TOP-SECRET-MARKER"));
        assertFalse(outcome.records().toString().contains("TOP-SECRET-MARKER"));
    }

    @Test
    void anExternalHttpEntityOpensNoConnection() throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            for (String decl : List.of("<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + port + "/x\">",
                    "<!ENTITY % pe SYSTEM \"http://127.0.0.1:" + port + "/pe\"> %pe;")) {
                String xml = "<?xml version=\"1.0\"?><!DOCTYPE GetAccountBalanceResponse [" + decl + "]>"
                        + HostileBodies.BALANCE_HEAD.substring(HostileBodies.BALANCE_HEAD.indexOf("?>") + 2)
                        + "<Amount>1.00</Amount><FormattedPrice>&xxe;</FormattedPrice>"
                        + HostileBodies.BALANCE_TAIL;
                assertRefused(MalformedResponseException.class,
                        balance(HostileBodies.bytes(xml.getBytes(StandardCharsets.UTF_8), 64), 200));
            }
            assertNull(listener.accept(), "the decoder connected to the entity's URL");
        }
    }

    @ParameterizedTest(name = "chunks of {0} bytes")
    @MethodSource("chunkSizes")
    void billionLaughsIsRefusedWithoutExpansion(int chunkSize) {
        String xml = HostileBodies.billionLaughs(10);
        long before = System.nanoTime();
        assertRefused(MalformedResponseException.class,
                balance(HostileBodies.bytes(xml.getBytes(StandardCharsets.UTF_8), chunkSize), 200));
        if (chunkSize == 64) {
            Figures.record("hostile.billion-laughs", "levels=10 expandedWouldBe=3GB bodyBytes=" + xml.length()
                    + " result=MalformedResponseException ms=" + (System.nanoTime() - before) / 1_000_000);
        }
    }

    @Test
    void aHundredMegabyteTextLeafIsStoppedByTheTextLimitWithoutBeingBuffered() {
        long hundredMb = 100L * 1024 * 1024;
        AtomicLong pulled = new AtomicLong();
        long before = System.nanoTime();
        Outcome outcome = balance(HostileBodies.streamedFiller(HostileBodies.BALANCE_HEAD + "<FormattedPrice>",
                hundredMb, "</FormattedPrice><Amount>1.00</Amount>" + HostileBodies.BALANCE_TAIL, 65_536, pulled),
                200);
        ResponseLimitExceededException e = assertRefused(ResponseLimitExceededException.class, outcome);
        assertTrue(e.getMessage().contains("FormattedPrice"), e.getMessage());
        long limit = ResponseLimits.DEFAULT.maxTextLength();
        // the decoder stops at the limit: what was pulled is the limit plus at most the prefetched buffers
        assertTrue(pulled.get() < limit + 16L * 65_536, "pulled " + pulled.get() + " bytes");
        Figures.record("hostile.100MB-text-leaf", "offered=" + hundredMb + " pulled=" + pulled.get()
                + " textLimitChars=" + limit + " result=ResponseLimitExceededException ms="
                + (System.nanoTime() - before) / 1_000_000);
    }

    @Test
    void aHundredMegabyteTextInAnUnknownElementIsStoppedByALimitWithoutBeingBuffered() {
        long hundredMb = 100L * 1024 * 1024;
        AtomicLong pulled = new AtomicLong();
        long before = System.nanoTime();
        Outcome outcome = balance(HostileBodies.streamedFiller(HostileBodies.BALANCE_HEAD + "<NewServerField>",
                hundredMb, "</NewServerField><Amount>1.00</Amount>" + HostileBodies.BALANCE_TAIL, 65_536, pulled),
                200);
        assertRefused(ResponseLimitExceededException.class, outcome);
        long limit = ResponseLimits.DEFAULT.maxTextLength();
        assertTrue(pulled.get() < limit + 16L * 65_536, "pulled " + pulled.get() + " bytes");
        Figures.record("hostile.100MB-text-skipped", "offered=" + hundredMb + " pulled=" + pulled.get()
                + " result=ResponseLimitExceededException ms=" + (System.nanoTime() - before) / 1_000_000);
    }

    @Test
    void aBodyLargerThanTheByteLimitIsStoppedAtTheLimit() {
        AtomicLong pulled = new AtomicLong();
        ResponseLimits limits = new ResponseLimits(64, 4 * 1024 * 1024, 1024 * 1024);
        // many small elements: no single text is long, only the total is
        String head = HostileBodies.BALANCE_HEAD + "<Amount>1.00</Amount><Junk>";
        Outcome outcome = run(ResponseDecoding.decodeEnvelope(
                HostileBodies.streamedFiller(head, 100L * 1024 * 1024, "</Junk>" + HostileBodies.BALANCE_TAIL,
                        65_536, pulled),
                "GetAccountBalance", 200, Operations.GET_ACCOUNT_BALANCE.response(), limits));
        assertRefused(ResponseLimitExceededException.class, outcome);
        assertTrue(pulled.get() <= limits.maxTotalBytes() + 16L * 65_536, "pulled " + pulled.get());
    }

    @ParameterizedTest(name = "chunks of {0} bytes")
    @ValueSource(ints = {1, 64, 65_536})
    void tenThousandDeepNestingIsStoppedByTheDepthLimit(int chunkSize) {
        String xml = HostileBodies.deepNesting(10_000);
        ResponseLimitExceededException e = assertRefused(ResponseLimitExceededException.class,
                balance(HostileBodies.bytes(xml.getBytes(StandardCharsets.UTF_8), chunkSize), 200));
        assertTrue(e.getMessage().contains("depth limit of " + ResponseLimits.DEFAULT.maxDepth()), e.getMessage());
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("truncated two-byte sequence", new byte[] {(byte) 0xC3, '('}),
                Arguments.of("UTF-16 surrogate as UTF-8", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("0xFF byte", new byte[] {(byte) 0xFF}),
                Arguments.of("NUL character reference", "&#0;".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8InTextIsMalformed(String name, byte[] bad) {
        for (String where : List.of("<CurrencyCode>", "<Unknown>")) {
            byte[] head = (HostileBodies.BALANCE_HEAD + "<Amount>1.00</Amount><FormattedPrice>$1")
                    .replace("<FormattedPrice>", where).getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("</" + where.substring(1) + HostileBodies.BALANCE_TAIL.replace(
                    "<CurrencyCode>USD</CurrencyCode>", where.equals("<CurrencyCode>") ? "" : "<CurrencyCode>USD"
                            + "</CurrencyCode>")).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
            for (int chunk : new int[] {1, 3, 4096}) {
                assertRefused(MalformedResponseException.class, balance(HostileBodies.bytes(all, chunk), 200));
            }
        }
    }

    static Stream<Arguments> brokenMarkup() {
        String ok = HostileBodies.BALANCE_HEAD + "<Amount>1.00</Amount>" + HostileBodies.BALANCE_TAIL;
        return Stream.of(
                Arguments.of("mismatched end tag", ok.replace("</Amount>", "</Amonut>"),
                        MalformedResponseException.class),
                Arguments.of("end tag of the parent", ok.replace("</CurrencyCode>", "</AvailableBalance>"),
                        MalformedResponseException.class),
                Arguments.of("unquoted attribute", ok.replace("<Amount>", "<Amount a=b>"),
                        MalformedResponseException.class),
                Arguments.of("second root element", ok + "<GetAccountBalanceResponse/>",
                        MalformedResponseException.class),
                Arguments.of("text after the root", ok + "trailing", MalformedResponseException.class),
                Arguments.of("cut inside a start tag", ok.substring(0, ok.indexOf("<Amount>") + 4),
                        TruncatedResponseException.class),
                Arguments.of("cut inside an end tag", ok.substring(0, ok.indexOf("</Amount>") + 5),
                        TruncatedResponseException.class),
                Arguments.of("cut inside text", ok.substring(0, ok.indexOf("1.00") + 2),
                        TruncatedResponseException.class),
                Arguments.of("cut before the root closes", ok.substring(0, ok.length() - 1),
                        TruncatedResponseException.class),
                Arguments.of("cut inside the XML declaration", ok.substring(0, 10), TruncatedResponseException.class),
                Arguments.of("empty body", "", TruncatedResponseException.class),
                Arguments.of("whitespace only", "  \r\n ", mturk.reactive.core.MTurkClientException.class),
                Arguments.of("JSON instead of XML", "{\"AvailableBalance\":1}", MalformedResponseException.class),
                Arguments.of("plain text", "Service Unavailable", MalformedResponseException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMarkup")
    void brokenMarkupIsATypedError(String name, String xml, Class<? extends MTurkException> expected) {
        for (int chunk : new int[] {1, 5, 65_536}) {
            assertRefused(expected, balance(HostileBodies.bytes(xml.getBytes(StandardCharsets.UTF_8), chunk), 200));
        }
    }

    @Test
    void anHtmlBadGatewayPageWithStatus502IsATypedErrorAndNeverASuccess() {
        String html = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>"
                + "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        for (int chunk : new int[] {1, 64, 65_536}) {
            Outcome outcome = balance(HostileBodies.bytes(html.getBytes(StandardCharsets.UTF_8), chunk), 502);
            assertRefused(MTurkException.class, outcome);
            assertEquals(List.of(), outcome.records());
        }
    }

    @Test
    void aWellFormedHtmlPageWithStatus502IsAServiceErrorWithThatStatus() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
        Outcome outcome = balance(TestBuffers.chunks(html, 16, false), 502);
        mturk.reactive.core.MTurkServiceException e =
                assertRefused(mturk.reactive.core.MTurkServiceException.class, outcome);
        assertEquals(502, e.statusCode());
        assertTrue(e.isRetryable());
    }

    @Test
    void aValidBalanceWrappedInAnErrorStatusIsNeverASuccess() {
        String ok = HostileBodies.BALANCE_HEAD + "<Amount>1.00</Amount>" + HostileBodies.BALANCE_TAIL;
        for (int status : new int[] {301, 400, 403, 500, 502, 503}) {
            Outcome outcome = balance(TestBuffers.chunks(ok, 32, true), status);
            assertRefused(mturk.reactive.core.MTurkServiceException.class, outcome);
        }
    }

    @Test
    void aPagedListingCutMidRecordDeliversOnlyWholeRecordsThenATruncationError() {
        String page = "<SearchHITsResponse><SearchHITsResult><Request><IsValid>True</IsValid></Request>"
                + "<NumResults>2</NumResults><TotalNumResults>2</TotalNumResults><PageNumber>1</PageNumber>"
                + "<HIT><HITId>A</HITId></HIT><HIT><HITId>B</HITId></HIT></SearchHITsResult></SearchHITsResponse>";
        String cut = page.substring(0, page.indexOf("<HITId>B") + 9);
        Outcome outcome = run(ResponseDecoding.decodeEnvelope(TestBuffers.chunks(cut, 3, false), "SearchHITs", 200,
                SEARCH_HITS, ResponseLimits.DEFAULT));
        assertEquals(List.of(new ProbeHit("A", null, null)), outcome.records());
        assertInstanceOf(TruncatedResponseException.class, outcome.error());
    }
}
