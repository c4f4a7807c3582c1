package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mturk.reactive.simulator.internal.ApiException;
import mturk.reactive.simulator.internal.Engine;
import mturk.reactive.simulator.internal.Signatures;
import org.junit.jupiter.api.Test;

/** The golden vectors of boto2-mturk.md §2.3 and §7 verify; wrong ones are refused with the documented codes. */
class SignatureTest {
    private static final Instant AT = Instant.parse("2014-08-15T12:00:00Z");
    private final Signatures verifier = new Signatures("AKIDEXAMPLE", "SECRETEXAMPLE", Duration.ofMinutes(15));

    private static Map<String, String> common(String op) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Operation", op);
        p.put("Version", "2014-08-15");
        p.put("AWSAccessKeyId", "AKIDEXAMPLE");
        p.put("SignatureVersion", "1");
        p.put("Timestamp", "2014-08-15T12:00:00Z");
        return p;
    }

    @Test
    void getAccountBalanceGoldenVectorVerifies() {
        Map<String, String> p = common("GetAccountBalance");
        assertEquals("AWSAccessKeyIdAKIDEXAMPLEOperationGetAccountBalanceSignatureVersion1Timestamp"
                + "2014-08-15T12:00:00ZVersion2014-08-15", Signatures.stringToSignV1(p));
        p.put("Signature", "WmTVW1LR8/klVbmP2fRVwxwCkyM=");
        assertDoesNotThrow(() -> verifier.verify(p, AT));
    }

    @Test
    void searchHitsGoldenVectorVerifies() {
        Map<String, String> p = common("SearchHITs");
        p.put("SortProperty", "CreationTime");
        p.put("SortDirection", "Ascending");
        p.put("PageSize", "10");
        p.put("PageNumber", "1");
        p.put("Signature", "IAEbQnN7SEuvodDzDu6wEa4NbNE=");
        assertDoesNotThrow(() -> verifier.verify(p, AT));
    }

    @Test
    void notifyWorkersGoldenVectorWithUnicodeAndNewlineVerifies() {
        Map<String, String> p = common("NotifyWorkers");
        p.put("WorkerId.1", "W1");
        p.put("Subject", "Hëllo wörld");
        p.put("MessageText", "Line1\nLine2 & <tag> = +/?");
        p.put("Signature", "1BaK46dkD00OIhJqR2H26oHbAhI=");
        assertDoesNotThrow(() -> verifier.verify(p, AT));
    }

    @Test
    void wrongSignatureIsNotAuthorized() {
        Map<String, String> p = common("GetAccountBalance");
        p.put("Signature", "IAEbQnN7SEuvodDzDu6wEa4NbNE=");
        ApiException e = assertThrows(ApiException.class, () -> verifier.verify(p, AT));
        assertEquals("AWS.NotAuthorized", e.code());
    }

    @Test
    void unknownAccessKeyIsNotAuthorized() {
        Map<String, String> p = common("GetAccountBalance");
        p.put("AWSAccessKeyId", "AKIDOTHER");
        p.put("Signature", "WmTVW1LR8/klVbmP2fRVwxwCkyM=");
        assertEquals("AWS.NotAuthorized", assertThrows(ApiException.class, () -> verifier.verify(p, AT)).code());
    }

    @Test
    void staleTimestampIsBadClaims() {
        Map<String, String> p = common("GetAccountBalance");
        p.put("Signature", "WmTVW1LR8/klVbmP2fRVwxwCkyM=");
        ApiException e = assertThrows(ApiException.class, () -> verifier.verify(p, AT.plus(Duration.ofMinutes(16))));
        assertEquals("AWS.BadClaimsSupplied", e.code());
    }

    @Test
    void olderMturkSchemeOverServiceOperationTimestampVerifies() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Service", "AWSMechanicalTurkRequester");
        p.put("Operation", "GetAccountBalance");
        p.put("AWSAccessKeyId", "AKIDEXAMPLE");
        p.put("Timestamp", "2014-08-15T12:00:00Z");
        p.put("Signature", Wire.hmac("SECRETEXAMPLE", "AWSMechanicalTurkRequesterGetAccountBalance2014-08-15T12:00:00Z"));
        assertDoesNotThrow(() -> verifier.verify(p, AT));
    }

    @Test
    void notificationSignatureMatchesBotoGoldenVector() {
        assertEquals("xBBVkYiiUBFrOG6d3Hj+I/oOnRA=", Engine.notificationSignature("SECRETEXAMPLE",
                "2006-05-23T23:22:30Z"));
    }
}
