package mturk.reactive.benchmarks.server;

import java.io.IOException;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.HitPages;

/**
 * Runs a {@link FixedResponseServer} in its own JVM, so that the client processes' CPU time excludes the server.
 * Arguments: the number of assignments and the number of HITs to serve. Prints {@code PORT <n>} once bound, then
 * serves until its standard input closes.
 */
public final class ServerMain {

    private ServerMain() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        int assignments = Integer.parseInt(args[0]);
        int hits = Integer.parseInt(args[1]);
        try (FixedResponseServer server = FixedResponseServer.start(
                new AssignmentPages(AssignmentPages.DEFAULT_HIT_ID, assignments), new HitPages(hits))) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our standard input
            }
            System.out.println("SERVED " + server.requests());
        }
    }
}
