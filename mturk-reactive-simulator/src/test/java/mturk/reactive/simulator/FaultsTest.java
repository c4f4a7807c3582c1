package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Each fault flag: what the client sees and whether the operation's state change happened. */
class FaultsTest {
    MTurkSimulator sim;
    Wire wire;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start();
        wire = new Wire(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int hitCount() {
        sim.faults().clear();
        return Integer.parseInt(wire.call("SearchHITs").x("//TotalNumResults"));
    }

    /** Raw HTTP/1.1 exchange: returns the bytes read until the server closed the connection. */
    private String rawExchange(String op, Map<String, String> params) throws IOException {
        String body = Wire.form(wire.signed(op, params));
        try (Socket s = new Socket(sim.endpoint().getHost(), sim.port())) {
            s.setSoTimeout(10_000);
            String req = "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: keep-alive"
                    + "\r\n\r\n" + body;
            s.getOutputStream().write(req.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void throttleRateOneAnswers503ServiceUnavailableAndChangesNothing() {
        sim.faults().throttle(1.0);
        Wire.Reply r = wire.createHit();
        assertEquals(503, r.status());
        assertEquals("AWS.ServiceUnavailable", r.x("/CreateHITResponse/OperationRequest/Errors/Error/Code"));
        assertEquals(0, hitCount());
    }

    @Test
    void resetBeforeClosesWithoutResponseAndChangesNothing() throws IOException {
        sim.faults().reset(1.0, Faults.ResetMode.BEFORE_STATE_CHANGE);
        assertEquals("", rawExchange("CreateHIT", Map.of("Title", "T", "Description", "D", "Reward.1.Amount", "0.10",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60", "LifetimeInSeconds", "600",
                "Question", Wire.FREE_TEXT_FORM)));
        assertEquals(0, hitCount());
    }

    @Test
    void resetAfterClosesWithoutResponseButTheHitExists() throws IOException {
        sim.faults().reset(1.0, Faults.ResetMode.AFTER_STATE_CHANGE);
        assertEquals("", rawExchange("CreateHIT", Map.of("Title", "T", "Description", "D", "Reward.1.Amount", "0.10",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60", "LifetimeInSeconds", "600",
                "Question", Wire.FREE_TEXT_FORM)));
        assertEquals(1, hitCount());
    }

    @Test
    void resetSurfacesAsIoErrorInAnHttpClient() {
        sim.faults().reset(1.0);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> wire.call("GetAccountBalance"));
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void truncateSendsPartOfTheBodyThenCloses() throws IOException {
        sim.faults().truncate(1.0);
        String raw = rawExchange("GetAccountBalance", Map.of());
        int split = raw.indexOf("\r\n\r\n");
        String headers = raw.substring(0, split);
        String body = raw.substring(split + 4);
        int announced = Integer.parseInt(headers.replaceAll("(?is).*content-length:\\s*(\\d+).*", "$1"));
        assertTrue(body.length() > 0 && body.length() < announced, body.length() + " of " + announced);
        assertTrue(body.startsWith("<?xml version=\"1.0\"?>"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void truncateSurfacesAsIoErrorInAnHttpClientOnAReusedConnection() {
        wire.call("GetAccountBalance");
        sim.faults().truncate(1.0);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> wire.call("GetAccountBalance"));
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void slowTricklesTheWholeBodyInChunks() {
        sim.faults().slowPace(16, Duration.ofMillis(1)).slow(1.0);
        Wire.Reply r = wire.call("GetAccountBalance");
        assertEquals(200, r.status());
        assertEquals("10000.00", r.x("//AvailableBalance/Amount"));
    }

    @Test
    void malformedBodyIsNotWellFormedXml() {
        sim.faults().malformed(1.0);
        Wire.Reply r = wire.call("GetAccountBalance");
        assertEquals(200, r.status());
        assertThrows(Exception.class, () -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new java.io.StringReader(r.body()))));
    }

    @Test
    void ratesOutsideZeroToOneAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.faults().throttle(1.5));
        assertTrue(e.getMessage().contains("throttle"));
    }

    @Test
    void partialRateIsSeededAndRepeatable() {
        String first = pattern(7);
        assertEquals(first, pattern(7));
        assertTrue(first.contains("T") && first.contains("."), first);
    }

    private static String pattern(long seed) {
        try (MTurkSimulator s = MTurkSimulator.builder().seed(seed).start()) {
            s.faults().throttle(0.5);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                sb.append(s.faults().draw() == Faults.Kind.THROTTLE ? 'T' : '.');
            }
            return sb.toString();
        }
    }
}
