package mturk.reactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void productionAndSandboxAreHttpsOnTheDocumentedHosts() {
        assertEquals("https://mechanicalturk.amazonaws.com/", Endpoint.PRODUCTION.postUrl());
        assertEquals("https://mechanicalturk.sandbox.amazonaws.com/", Endpoint.SANDBOX.postUrl());
        assertTrue(Endpoint.SANDBOX.isSecure());
        assertEquals(443, Endpoint.SANDBOX.port());
    }

    @Test
    void aLoopbackHttpEndpointKeepsItsPort() {
        Endpoint e = Endpoint.of("http://127.0.0.1:8080");
        assertFalse(e.isSecure());
        assertEquals(8080, e.port());
        assertEquals("http://127.0.0.1:8080/", e.postUrl());
    }

    @Test
    void otherSchemesPathsAndQueriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Endpoint.of("ftp://example.com"));
        assertThrows(IllegalArgumentException.class, () -> Endpoint.of("https://example.com/onca/xml"));
        assertThrows(IllegalArgumentException.class,
                () -> Endpoint.of("https://example.com/?Service=AWSMechanicalTurkRequester"));
    }
}
