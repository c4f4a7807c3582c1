package mturk.reactive.benchmarks.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.HitPages;
import org.junit.jupiter.api.Test;

class FixedResponseServerTest {

    private static byte[] post(int port, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Test
    void servesTheAssignmentsPageNamedByPageNumber() throws Exception {
        AssignmentPages pages = new AssignmentPages("HIT1", 250);
        try (FixedResponseServer server = FixedResponseServer.start(pages, new HitPages(0))) {
            byte[] body = post(server.port(), "AWSAccessKeyId=X&HITId=HIT1&Operation=GetAssignmentsForHIT&PageNumber=3"
                    + "&PageSize=100");

            assertArrayEquals(pages.page(3), body);
        }
    }

    @Test
    void answersCreateHitWithAFreshHitIdAndKeepsTheFirstBodyForReplay() throws Exception {
        try (FixedResponseServer server = FixedResponseServer.start(new AssignmentPages("HIT1", 0), new HitPages(0))) {
            String first = new String(post(server.port(), "Operation=CreateHIT&Title=One"), StandardCharsets.UTF_8);
            String second = new String(post(server.port(), "Operation=CreateHIT&Title=Two"), StandardCharsets.UTF_8);
            String captured = new String(post(server.port(), "Operation=" + FixedResponseServer.CAPTURED_CREATE_HIT),
                    StandardCharsets.UTF_8);

            assertTrue(first.contains("<HITId>3PUB00000000000000000000000001</HITId>"), first);
            assertTrue(second.contains("<HITId>3PUB00000000000000000000000002</HITId>"), second);
            assertEquals("Operation=CreateHIT&Title=One", captured);
        }
    }

    @Test
    void aTricklingServerSendsTheWholePageAndCountsTheBytesItSent() throws Exception {
        AssignmentPages pages = new AssignmentPages("HIT1", 100);
        try (FixedResponseServer server = FixedResponseServer.startTrickling(pages,
                new FixedResponseServer.Trickle(16_384, Duration.ZERO))) {
            byte[] body = post(server.port(), "Operation=GetAssignmentsForHIT&PageNumber=1");

            assertArrayEquals(pages.page(1), body);
            assertEquals(body.length, server.bytesSent());
        }
    }
}
