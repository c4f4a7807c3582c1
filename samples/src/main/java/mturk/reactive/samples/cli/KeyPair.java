package mturk.reactive.samples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The access key id and secret key the tool signs with, found the way AWS command-line users expect: the
 * {@code --access-key}/{@code --secret-key} options, then the {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}
 * environment variables, then the profile ({@code --profile}, else {@code AWS_PROFILE}, else {@code default}) of
 * {@code ~/.aws/credentials} (or {@code AWS_SHARED_CREDENTIALS_FILE}).
 *
 * @param accessKeyId the access key id
 * @param secretKey   the secret key; never printed ({@link #toString()} hides it)
 * @param source      where the pair was found, for messages
 */
public record KeyPair(String accessKeyId, String secretKey, String source) {

    /** Validates that both keys are present. */
    public KeyPair {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public String toString() {
        return "KeyPair[" + accessKeyId + ", secret hidden, from " + source + "]";
    }

    /**
     * Resolves the pair.
     *
     * @param accessKey the {@code --access-key} value or null
     * @param secretKey the {@code --secret-key} value or null
     * @param profile   the {@code --profile} value or null
     * @param env       the environment (System.getenv() outside tests)
     * @param home      the user's home directory
     * @return the pair, or empty when none is configured
     * @throws UsageException when only one of the two options is given
     */
    public static Optional<KeyPair> resolve(String accessKey, String secretKey, String profile, Map<String, String> env,
                                            Path home) {
        if (accessKey != null || secretKey != null) {
            if (accessKey == null || secretKey == null) {
                throw new UsageException("--access-key and --secret-key go together; give both or neither");
            }
            return Optional.of(new KeyPair(accessKey, secretKey, "the command line"));
        }
        String envKey = env.get("AWS_ACCESS_KEY_ID");
        String envSecret = env.get("AWS_SECRET_ACCESS_KEY");
        if (envKey != null && envSecret != null && !envKey.isBlank() && !envSecret.isBlank()) {
            return Optional.of(new KeyPair(envKey, envSecret, "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"));
        }
        String name = profile != null ? profile : env.getOrDefault("AWS_PROFILE", "default");
        String fileName = env.get("AWS_SHARED_CREDENTIALS_FILE");
        Path file = fileName != null ? Path.of(fileName) : home.resolve(".aws").resolve("credentials");
        if (!Files.isReadable(file)) {
            if (profile != null) {
                throw new UsageException("--profile " + profile + ": " + file + " cannot be read");
            }
            return Optional.empty();
        }
        Optional<KeyPair> found = fromProfile(file, name);
        if (found.isEmpty() && profile != null) {
            throw new UsageException("--profile " + profile + ": no such profile with aws_access_key_id and "
                    + "aws_secret_access_key in " + file);
        }
        return found;
    }

    private static Optional<KeyPair> fromProfile(Path file, String profile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String section = null;
        String key = null;
        String secret = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || !profile.equals(section)) {
                continue;
            }
            String k = line.substring(0, eq).strip();
            String v = line.substring(eq + 1).strip();
            if (k.equals("aws_access_key_id")) {
                key = v;
            } else if (k.equals("aws_secret_access_key")) {
                secret = v;
            }
        }
        return key != null && secret != null
                ? Optional.of(new KeyPair(key, secret, "profile '" + profile + "' of " + file))
                : Optional.empty();
    }
}
