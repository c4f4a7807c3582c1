package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication over the wire, and what real clients send (GET queries, capitalised booleans, any order). */
class WireAuthenticationTest {
    static MTurkSimulator sim;

    @BeforeAll
    static void start() {
        sim = MTurkSimulator.builder().credentials("AKIDTEST", "s3cr3t").start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void wrongSecretIsNotAuthorizedInOperationRequest() {
        Wire.Reply r = new Wire(sim.endpoint(), "AKIDTEST", "wrong").call("GetAccountBalance");
        assertEquals(200, r.status());
        assertEquals("AWS.NotAuthorized", r.x("/GetAccountBalanceResponse/OperationRequest/Errors/Error/Code"));
        assertEquals("", r.x("/GetAccountBalanceResponse/GetAccountBalanceResult"));
    }

    @Test
    void unknownAccessKeyIsNotAuthorized() {
        assertEquals("AWS.NotAuthorized", new Wire(sim.endpoint(), "AKIDOTHER", "s3cr3t").call("GetAccountBalance")
                .errorCode());
    }

    @Test
    void staleTimestampIsBadClaimsSupplied() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Timestamp", "2014-08-15T12:00:00Z");
        assertEquals("AWS.BadClaimsSupplied", new Wire(sim).call("GetAccountBalance", p).errorCode());
    }

    @Test
    void missingSignatureIsBadClaimsSupplied() {
        Map<String, String> p = new Wire(sim).signed("GetAccountBalance", Map.of());
        p.remove("Signature");
        assertEquals("AWS.BadClaimsSupplied", new Wire(sim).postRaw(p).errorCode());
    }

    @Test
    void signedGetQueryIsServed() {
        Wire.Reply r = new Wire(sim).get(new Wire(sim).signed("GetAccountBalance", Map.of()));
        assertEquals("10000.00", r.x("//AvailableBalance/Amount"));
    }

    @Test
    void olderSignatureSchemeWithServiceParameterIsServed() {
        String ts = Wire.TS.format(Instant.now());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Service", "AWSMechanicalTurkRequester");
        p.put("Operation", "GetAccountBalance");
        p.put("AWSAccessKeyId", "AKIDTEST");
        p.put("Timestamp", ts);
        p.put("Signature", Wire.hmac("s3cr3t", "AWSMechanicalTurkRequester" + "GetAccountBalance" + ts));
        assertTrue(new Wire(sim).postRaw(p).valid());
    }

    @Test
    void unknownPathIs404() throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(sim.endpoint().resolve("/elsewhere")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
    }
}
