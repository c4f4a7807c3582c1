package mturk.reactive.samples.cli;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.RetryPolicy;

/**
 * The options every command shares, and the client they configure.
 *
 * <p>{@code --endpoint URL} or {@code --sandbox} (default: production); {@code --access-key KEY} and
 * {@code --secret-key SECRET}, else the AWS environment variables or profile (see {@link KeyPair}).
 */
public final class Connection {

    /** The shared options that take a value. */
    public static final Set<String> VALUED = Set.of("endpoint", "access-key", "secret-key", "profile");
    /** The shared switches. */
    public static final Set<String> SWITCHES = Set.of("sandbox");
    /** The usage lines of the shared options. */
    public static final String USAGE = """
              --endpoint URL            the service (default: production; see --sandbox)
              --sandbox                 the requester sandbox
              --access-key KEY          with --secret-key; else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
              --secret-key SECRET         else the profile of ~/.aws/credentials
              --profile NAME            the profile to read (default: AWS_PROFILE, else 'default')
            """;

    private Connection() {
    }

    /** {@code own} plus the shared valued options. */
    public static Set<String> valued(String... own) {
        Set<String> all = new HashSet<>(VALUED);
        all.addAll(Set.of(own));
        return all;
    }

    /** {@code own} plus the shared switches. */
    public static Set<String> switches(String... own) {
        Set<String> all = new HashSet<>(SWITCHES);
        all.addAll(Set.of(own));
        return all;
    }

    /** The endpoint the options name. */
    public static URI endpoint(Args args) {
        if (args.flag("sandbox") && args.value("endpoint").isPresent()) {
            throw new UsageException(args.command() + ": give --endpoint or --sandbox, not both");
        }
        if (args.flag("sandbox")) {
            return Endpoint.SANDBOX.uri();
        }
        return args.value("endpoint").map(Connection::uri).orElse(Endpoint.PRODUCTION.uri());
    }

    /**
     * Builds the client the options describe.
     *
     * @throws UsageException when no credentials are configured
     */
    public static MTurkClient client(Args args, Terminal terminal) {
        URI endpoint = endpoint(args);
        KeyPair keys = KeyPair.resolve(args.value("access-key").orElse(null), args.value("secret-key").orElse(null),
                        args.value("profile").orElse(null), terminal.env(), terminal.home())
                .orElseThrow(() -> new UsageException(args.command() + ": no credentials; give --access-key and "
                        + "--secret-key, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add a profile to "
                        + "~/.aws/credentials"));
        return client(endpoint, keys);
    }

    /**
     * The tool's retry policy: batch tools meet throttling as a matter of course, so they retry longer than the
     * SDK's default (10 retries, backoff from 50 ms to 2 s with jitter). Writes stay exactly-once: CreateHIT and
     * GrantBonus carry request tokens, reviews are checked (see {@code Reviews}).
     */
    public static final RetryPolicy RETRIES = RetryPolicy.DEFAULT.withMaxRetries(10)
            .withBackoff(Duration.ofMillis(50), Duration.ofSeconds(2));

    /** A client for {@code endpoint} signing with {@code keys}, with the tool's {@link #RETRIES}. */
    public static MTurkClient client(URI endpoint, KeyPair keys) {
        return MTurkClient.builder()
                .endpoint(Endpoint.of(endpoint))
                .credentials(Credentials.of(keys.accessKeyId(), keys.secretKey()))
                .retryPolicy(RETRIES)
                .build();
    }

    private static URI uri(String text) {
        try {
            URI uri = URI.create(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint '" + text + "' is not an http(s) URL such as "
                    + "https://mechanicalturk.sandbox.amazonaws.com/");
        }
    }
}
