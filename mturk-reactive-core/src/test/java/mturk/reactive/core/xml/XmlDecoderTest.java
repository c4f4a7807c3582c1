package mturk.reactive.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ResponseLimitExceededException;
import mturk.reactive.core.ResponseLimits;
import mturk.reactive.core.ServiceError;
import mturk.reactive.core.TruncatedResponseException;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.core.testing.TestHit;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

@ExtendWith(LeakCheckExtension.class)
class XmlDecoderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30); // a guard against hangs, not a speed assertion
    private static final ResponseSpec<TestHit> SEARCH_HITS =
            ResponseSpec.items("SearchHITsResult", "HIT", TestHit.Reader::new);

    static Stream<Arguments> chunkings() {
        List<Arguments> out = new ArrayList<>();
        for (int size : new int[] {1, 2, 3, 7, 64, Integer.MAX_VALUE}) {
            out.add(Arguments.of(size, false));
            out.add(Arguments.of(size, true));
        }
        return out.stream();
    }

    private static <T> Flux<Object> decode(String xml, int chunk, boolean composite, String op, int status,
                                           ResponseSpec<T> spec) {
        return ResponseDecoding.decodeEnvelope(TestBuffers.chunks(xml, chunk, composite), op, status, spec,
                ResponseLimits.DEFAULT);
    }

    private static Flux<Object> searchHits(String xml, int chunk, boolean composite) {
        return decode(xml, chunk, composite, "SearchHITs", 200, SEARCH_HITS);
    }

    private static final List<Object> EXPECTED_HITS = List.of(
            new TestHit("HIT1", "TYPE1", "Café & résumé — ünïcødé", new BigDecimal("0.05")),
            new TestHit("HIT2", "TYPE1", "<b>bold</b> & raw", new BigDecimal("1.00")),
            new TestHit("HIT3", "TYPE2", "third", new BigDecimal("12.345")),
            new ResponseSummary("2a3b1f4e-4bd7-4ad5-a5a6-3c1d0e9f2b11", 1, 3, 7));

    @ParameterizedTest(name = "chunk {0}, composite {1}")
    @MethodSource("chunkings")
    void everyChunkingOfAPageGivesTheSameRecordsThenTheSummary(int chunk, boolean composite) {
        List<Object> got = searchHits(Fixtures.load("SearchHITs-3.xml"), chunk, composite)
                .collectList().block(TIMEOUT);
        assertEquals(EXPECTED_HITS, got);
    }

    @ParameterizedTest(name = "chunk {0}, composite {1}")
    @MethodSource("chunkings")
    void everyChunkingOfAnAccountBalanceGivesTheSameRecord(int chunk, boolean composite) {
        StepVerifier.create(decode(Fixtures.load("GetAccountBalance.xml"), chunk, composite, "GetAccountBalance",
                        200, Operations.GET_ACCOUNT_BALANCE.response()))
                .expectNext(new AccountBalance(new Price(new BigDecimal("15555.55"), "USD", "$15,555.55"), null))
                .expectNext(new ResponseSummary("7a5b9c1e-1111-4a2b-9c3d-0123456789ab", -1, 0, -1))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void unknownElementsAreSkippedEvenWhenTheyContainKnownNames() {
        // HIT1 carries <NewServerField><Title>not the title</Title>…</NewServerField> after its real Title.
        List<Object> got = searchHits(Fixtures.load("SearchHITs-3.xml"), 5, false).collectList().block(TIMEOUT);
        assertEquals("Café & résumé — ünïcødé", ((TestHit) got.get(0)).title());
    }

    @Test
    void theFirstRecordIsEmittedBeforeTheLastByteIsFed() {
        String xml = Fixtures.load("SearchHITs-3.xml");
        int cut = xml.indexOf("</HIT>") + "</HIT>".length();
        Sinks.Many<ByteBuf> body = Sinks.many().unicast().onBackpressureBuffer();
        StepVerifier.create(ResponseDecoding.decodeEnvelope(body.asFlux(), "SearchHITs", 200, SEARCH_HITS,
                        ResponseLimits.DEFAULT))
                .then(() -> body.tryEmitNext(TestBuffers.buffer(xml.substring(0, cut))))
                .expectNext(EXPECTED_HITS.get(0))
                .then(() -> {
                    body.tryEmitNext(TestBuffers.buffer(xml.substring(cut)));
                    body.tryEmitComplete();
                })
                .expectNextSequence(EXPECTED_HITS.subList(1, EXPECTED_HITS.size()))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void eachSubscriptionGetsAFreshParser() {
        Flux<Object> flux = searchHits(Fixtures.load("SearchHITs-3.xml"), 7, false);
        assertEquals(EXPECTED_HITS, flux.collectList().block(TIMEOUT));
        assertEquals(EXPECTED_HITS, flux.collectList().block(TIMEOUT));
    }

    @Test
    void aBodyCutAnywhereInsideTheRootIsTruncated() {
        String xml = Fixtures.load("SearchHITs-3.xml");
        for (int cut : new int[] {0, 10, xml.indexOf("<HIT>") + 3, xml.indexOf("</HIT>") + 6, xml.length() - 2}) {
            StepVerifier.create(searchHits(xml.substring(0, cut), 3, false))
                    .thenConsumeWhile(x -> true)
                    .expectError(TruncatedResponseException.class)
                    .verify(TIMEOUT);
        }
    }

    @Test
    void anEmptyBodyIsTruncated() {
        StepVerifier.create(ResponseDecoding.decodeEnvelope(Flux.empty(), "SearchHITs", 200, SEARCH_HITS,
                        ResponseLimits.DEFAULT))
                .expectErrorSatisfies(e -> assertTrue(e.getMessage().contains("before the root element")))
                .verify(TIMEOUT);
    }

    @Test
    void aDtdIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"boom\">]><SearchHITsResponse/>";
        StepVerifier.create(searchHits(xml, 64, false))
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void anExternalEntityIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<SearchHITsResponse><SearchHITsResult><HIT><HITId>&x;</HITId></HIT></SearchHITsResult>"
                + "</SearchHITsResponse>";
        StepVerifier.create(searchHits(xml, 64, false))
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void anUndeclaredEntityReferenceIsRefused() {
        String xml = "<SearchHITsResponse><SearchHITsResult><HIT><HITId>&bogus;</HITId></HIT></SearchHITsResult>"
                + "</SearchHITsResponse>";
        StepVerifier.create(searchHits(xml, 3, false))
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void recordsCompletedBeforeAnErrorInTheSameBufferAreDeliveredFirst() {
        String xml = Fixtures.load("SearchHITs-3.xml").replace("<HITId>HIT2</HITId>", "<HITId>&bogus;</HITId>");
        StepVerifier.create(searchHits(xml, Integer.MAX_VALUE, false))
                .expectNext(EXPECTED_HITS.get(0))
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void aMismatchedEndTagIsMalformed() {
        String xml = "<SearchHITsResponse><SearchHITsResult><HIT><HITId>X</Title></HIT></SearchHITsResult>"
                + "</SearchHITsResponse>";
        StepVerifier.create(searchHits(xml, 2, true))
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void aValueThatDoesNotParseIsMalformedAndNamesTheElement() {
        String xml = Fixtures.load("SearchHITs-3.xml").replace("<Amount>1.00</Amount>", "<Amount>one</Amount>");
        StepVerifier.create(searchHits(xml, 64, false))
                .expectNextCount(1)
                .expectErrorSatisfies(e -> {
                    assertInstanceOf(MalformedResponseException.class, e);
                    assertTrue(e.getMessage().contains("<Amount>"), e.getMessage());
                })
                .verify(TIMEOUT);
    }

    @Test
    void aResponseWithoutItsResultElementIsMalformed() {
        String xml = "<GetAccountBalanceResponse><OperationRequest><RequestId>r</RequestId></OperationRequest>"
                + "</GetAccountBalanceResponse>";
        StepVerifier.create(decode(xml, 64, false, "GetAccountBalance", 200,
                        Operations.GET_ACCOUNT_BALANCE.response()))
                .expectErrorSatisfies(e -> {
                    assertInstanceOf(MalformedResponseException.class, e);
                    assertTrue(e.getMessage().contains("GetAccountBalanceResult"), e.getMessage());
                })
                .verify(TIMEOUT);
    }

    @Test
    void aRequestErrorInTheResultGivesEveryCodeMessageAndData() {
        String xml = "<?xml version=\"1.0\"?>\n<GetAssignmentResponse><OperationRequest><RequestId>d33692e5</RequestId>"
                + "</OperationRequest><GetAssignmentResult><Request><IsValid>False</IsValid><Errors><Error>"
                + "<Code>AWS.MechanicalTurk.AssignmentDoesNotExist</Code><Message>Assignment X does not exist. "
                + "(1447745775170 s)</Message><Data><Key>AssignmentId</Key><Value>X</Value></Data></Error><Error>"
                + "<Code>Second</Code><Message>two</Message></Error></Errors></Request></GetAssignmentResult>"
                + "</GetAssignmentResponse>";
        StepVerifier.create(decode(xml, 3, false, "GetAssignment", 200, ResponseSpec.empty("GetAssignmentResult")))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals(200, s.statusCode());
                    assertEquals("d33692e5", s.requestId().orElseThrow());
                    assertEquals(List.of(
                            new ServiceError("AWS.MechanicalTurk.AssignmentDoesNotExist",
                                    "Assignment X does not exist. (1447745775170 s)", Map.of("AssignmentId", "X")),
                            new ServiceError("Second", "two", Map.of())), s.errors());
                    assertEquals(false, s.isRetryable());
                })
                .verify(TIMEOUT);
    }

    @Test
    void anErrorInsideARecordResultNeverReachesTheRecordReader() {
        String xml = "<CreateHITResponse><OperationRequest><RequestId>r1</RequestId></OperationRequest><HIT><Request>"
                + "<IsValid>False</IsValid><Errors><Error><Code>AWS.MechanicalTurk.HitAlreadyExists</Code>"
                + "<Message>There is already a HIT which exists with the same Unique Request Token</Message><Data>"
                + "<Key>HITId</Key><Value>3ZXHIT</Value></Data></Error></Errors></Request></HIT></CreateHITResponse>";
        StepVerifier.create(decode(xml, 7, true, "CreateHIT", 200, ResponseSpec.result("HIT", TestHit.Reader::new)))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals("3ZXHIT", s.existingHitId().orElseThrow());
                })
                .verify(TIMEOUT);
    }

    @Test
    void anErrorInOperationRequestIsAServiceError() {
        String xml = "<?xml version=\"1.0\"?>\n<GetResponse><OperationRequest><RequestId>1306b1ca</RequestId><Errors>"
                + "<Error><Code>AWS.NotAuthorized</Code><Message>The identity contained in the request is not "
                + "authorized to use this AWSAccessKeyId</Message></Error></Errors></OperationRequest></GetResponse>";
        StepVerifier.create(decode(xml, 64, false, "GetAccountBalance", 200,
                        Operations.GET_ACCOUNT_BALANCE.response()))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals("AWS.NotAuthorized", s.errorCode());
                    assertEquals("1306b1ca", s.requestId().orElseThrow());
                })
                .verify(TIMEOUT);
    }

    @Test
    void thePost2019ShapeGivesStatusCodeAndRequestId() {
        String xml = "<?xml version=\"1.0\"?>\n<Response><Errors><Error><Code>Forbidden</Code><Message>This Requester "
                + "API is no longer supported.</Message></Error></Errors><RequestID>5f1c</RequestID></Response>";
        StepVerifier.create(decode(xml, 2, false, "GetAccountBalance", 403,
                        Operations.GET_ACCOUNT_BALANCE.response()))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals(403, s.statusCode());
                    assertEquals("Forbidden", s.errorCode());
                    assertEquals("5f1c", s.requestId().orElseThrow());
                })
                .verify(TIMEOUT);
    }

    @Test
    void isValidFalseWithoutErrorsIsStillAServiceError() {
        String xml = "<GetAccountBalanceResponse><GetAccountBalanceResult><Request><IsValid>False</IsValid></Request>"
                + "</GetAccountBalanceResult></GetAccountBalanceResponse>";
        StepVerifier.create(decode(xml, 64, false, "GetAccountBalance", 200,
                        Operations.GET_ACCOUNT_BALANCE.response()))
                .expectError(MTurkServiceException.class)
                .verify(TIMEOUT);
    }

    @Test
    void aThrottlingBodyOnA503IsRetryableThrottling() {
        String xml = "<?xml version=\"1.0\"?>\n<SearchHITsResponse><OperationRequest><RequestId>t1</RequestId><Errors>"
                + "<Error><Code>AWS.ServiceUnavailable</Code><Message>Service is busy</Message></Error></Errors>"
                + "</OperationRequest></SearchHITsResponse>";
        StepVerifier.create(decode(xml, 64, false, "SearchHITs", 503, SEARCH_HITS))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertTrue(s.isThrottling());
                    assertTrue(s.isRetryable());
                })
                .verify(TIMEOUT);
    }

    @Test
    void anErrorStatusWithAValidLookingBodyEmitsNoRecords() {
        StepVerifier.create(decode(Fixtures.load("SearchHITs-3.xml"), 64, false, "SearchHITs", 500, SEARCH_HITS))
                .expectErrorSatisfies(e -> assertEquals(500,
                        assertInstanceOf(MTurkServiceException.class, e).statusCode()))
                .verify(TIMEOUT);
    }

    @Test
    void tooDeepADocumentIsRefused() {
        String xml = "<A>".repeat(100) + "</A>".repeat(100);
        StepVerifier.create(ResponseDecoding.decodeEnvelope(TestBuffers.chunks(xml, 64, false), "SearchHITs", 200,
                        SEARCH_HITS, new ResponseLimits(10, 100, 1000)))
                .expectError(ResponseLimitExceededException.class)
                .verify(TIMEOUT);
    }

    @Test
    void tooLongATextIsRefusedBeforeItIsAllBuffered() {
        String xml = "<SearchHITsResponse><SearchHITsResult><HIT><HITId>" + "x".repeat(5000)
                + "</HITId></HIT></SearchHITsResult></SearchHITsResponse>";
        StepVerifier.create(ResponseDecoding.decodeEnvelope(TestBuffers.chunks(xml, 100, false), "SearchHITs", 200,
                        SEARCH_HITS, new ResponseLimits(10, 1000, 1_000_000)))
                .expectError(ResponseLimitExceededException.class)
                .verify(TIMEOUT);
    }

    @Test
    void tooLargeABodyIsRefused() {
        String xml = Fixtures.load("SearchHITs-3.xml");
        StepVerifier.create(ResponseDecoding.decodeEnvelope(TestBuffers.chunks(xml, 64, false), "SearchHITs", 200,
                        SEARCH_HITS, new ResponseLimits(10, 1000, 500)))
                .expectError(ResponseLimitExceededException.class)
                .verify(TIMEOUT);
    }

    @Test
    void cancellingMidBodyReleasesEveryBufferIncludingQueuedOnes() {
        // publishOn queues buffers ahead of the parser, as a socket does: cancel must release them too
        Flux<ByteBuf> body = TestBuffers.chunks(Fixtures.load("SearchHITs-3.xml"), 3, true).hide()
                .publishOn(Schedulers.parallel());
        StepVerifier.create(ResponseDecoding.decodeEnvelope(body, "SearchHITs", 200, SEARCH_HITS,
                        ResponseLimits.DEFAULT), 1)
                .expectNextCount(1)
                .thenCancel()
                .verify(TIMEOUT);
        // LeakCheckExtension fails the test if a buffer is left
    }

    @Test
    void aParseErrorWithBuffersStillQueuedReleasesThemAll() {
        String xml = Fixtures.load("SearchHITs-3.xml").replace("<HITId>HIT2</HITId>", "<HITId>&bogus;</HITId>");
        Flux<ByteBuf> body = TestBuffers.chunks(xml, 2, false).hide().publishOn(Schedulers.parallel());
        StepVerifier.create(ResponseDecoding.decodeEnvelope(body, "SearchHITs", 200, SEARCH_HITS,
                        ResponseLimits.DEFAULT))
                .expectNextCount(1)
                .expectError(MalformedResponseException.class)
                .verify(TIMEOUT);
    }

    @Test
    void anUpstreamErrorPassesThroughUnchangedAndReleasesBuffers() {
        IllegalStateException boom = new IllegalStateException("connection reset");
        Flux<ByteBuf> body = TestBuffers.chunks(Fixtures.load("SearchHITs-3.xml"), 300, false)
                .take(2)
                .concatWith(Flux.error(boom))
                .hide()
                .publishOn(Schedulers.parallel());
        StepVerifier.create(ResponseDecoding.decodeEnvelope(body, "SearchHITs", 200, SEARCH_HITS,
                        ResponseLimits.DEFAULT))
                .thenConsumeWhile(x -> x instanceof TestHit)
                .expectErrorSatisfies(e -> assertEquals(boom, e))
                .verify(TIMEOUT);
    }
}
