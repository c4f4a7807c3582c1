package mturk.reactive.benchmarks.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import mturk.reactive.benchmarks.server.FixedResponseServer;

/**
 * The parent JVM's side of the fixed-response server's control operations (not API operations): the CreateHIT
 * body it captured, and how many TCP connections it has accepted. Each call uses a fresh JDK HTTP client, so it
 * opens exactly one connection of its own, which {@link #connections()} leaves out.
 */
final class ServerControl {

    private final URI uri;

    ServerControl(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The body of the first CreateHIT the server received (empty if none). */
    String capturedCreateHit() throws IOException, InterruptedException {
        return call(FixedResponseServer.CAPTURED_CREATE_HIT);
    }

    /** The TCP connections accepted so far, this call's own connection left out. */
    long connections() throws IOException, InterruptedException {
        String stats = call(FixedResponseServer.STATS);
        return Long.parseLong(stats.substring(stats.indexOf("connections=") + "connections=".length()).trim()) - 1;
    }

    private String call(String operation) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Operation=" + operation))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
