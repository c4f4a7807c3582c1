package mturk.reactive.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Supplies {@link Credentials} when a call needs them (on subscription, once per logical call).
 *
 * <p>Providers signal {@link MTurkClientException} when they have no credentials; {@link #chain} tries the next one
 * in that case. None of them ever shows the secret in a message.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /** Environment variable of the access key id. */
    String ENV_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    /** Environment variable of the secret. */
    String ENV_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    /** Environment variable naming the profile of the credentials file. */
    String ENV_PROFILE = "AWS_PROFILE";

    /**
     * @return the credentials, or an {@link MTurkClientException} if this provider has none; never blocks the
     *         calling thread
     */
    Mono<Credentials> resolve();

    /**
     * @param credentials fixed credentials
     * @return a provider that always gives them
     */
    static CredentialsProvider of(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        Mono<Credentials> fixed = Mono.just(credentials);
        return () -> fixed;
    }

    /** @return credentials from {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} of this process */
    static CredentialsProvider environment() {
        return environment(System.getenv());
    }

    /**
     * @param env an environment map (tests inject their own)
     * @return credentials from its {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}
     */
    static CredentialsProvider environment(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return () -> Mono.fromCallable(() -> {
            String key = copy.get(ENV_ACCESS_KEY_ID);
            String secret = copy.get(ENV_SECRET_ACCESS_KEY);
            if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
                throw new MTurkClientException("environment variables " + ENV_ACCESS_KEY_ID + " and "
                        + ENV_SECRET_ACCESS_KEY + " are not both set", null);
            }
            return Credentials.of(key, secret);
        });
    }

    /**
     * The profile named by {@code AWS_PROFILE} (default {@code default}) of {@code ~/.aws/credentials}.
     *
     * @return a provider reading the file (see {@link #profile(Path, String)})
     */
    static CredentialsProvider profile() {
        String name = System.getenv(ENV_PROFILE);
        return profile(Path.of(System.getProperty("user.home"), ".aws", "credentials"),
                name == null || name.isBlank() ? "default" : name);
    }

    /**
     * Reads {@code aws_access_key_id} and {@code aws_secret_access_key} of one {@code [profile]} section of an AWS
     * credentials file. The file is read on {@code Schedulers.boundedElastic()}, never on the caller's thread, once
     * per provider: the first success is cached; a failure is retried on the next call.
     *
     * @param file    the credentials file
     * @param profile the section name, e.g. {@code default}
     * @return the provider
     */
    static CredentialsProvider profile(Path file, String profile) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        Mono<Credentials> read = Mono.fromCallable(() -> ProfileFile.read(file, profile))
                .subscribeOn(Schedulers.boundedElastic());
        Mono<Credentials> cached = read.cacheInvalidateWhen(c -> Mono.never(), c -> { });
        return () -> cached;
    }

    /**
     * @param providers tried in order until one gives credentials
     * @return a provider; fails with an {@link MTurkClientException} listing every provider's reason if none does
     */
    static CredentialsProvider chain(CredentialsProvider... providers) {
        List<CredentialsProvider> list = List.of(providers);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("providers must not be empty");
        }
        return () -> Flux.fromIterable(list)
                .concatMap(p -> p.resolve().onErrorResume(MTurkClientException.class, e -> Mono.empty()), 1)
                .next()
                .switchIfEmpty(Mono.error(() -> new MTurkClientException("no credentials found: tried "
                        + list.size() + " providers (set " + ENV_ACCESS_KEY_ID + "/" + ENV_SECRET_ACCESS_KEY
                        + " or a profile in ~/.aws/credentials)", null)));
    }

    /** @return the environment variables, then the {@code ~/.aws/credentials} profile */
    static CredentialsProvider defaultChain() {
        return chain(environment(), profile());
    }

    /** Parser of the INI-style AWS credentials file. */
    final class ProfileFile {
        private ProfileFile() {
        }

        static Credentials read(Path file, String profile) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new MTurkClientException("credentials file " + file + " does not exist", null);
            } catch (IOException e) {
                throw new MTurkClientException("cannot read credentials file " + file + ": " + e, e);
            }
            return parse(lines, profile, file.toString());
        }

        static Credentials parse(List<String> lines, String profile, String source) {
            boolean inSection = false;
            String key = null;
            String secret = null;
            for (String raw : lines) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    String name = line.substring(1, line.length() - 1).strip();
                    if (name.startsWith("profile ")) {
                        name = name.substring("profile ".length()).strip();
                    }
                    inSection = name.equals(profile);
                    continue;
                }
                int eq = line.indexOf('=');
                if (!inSection || eq < 0) {
                    continue;
                }
                String name = line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                String value = line.substring(eq + 1).strip();
                if (name.equals("aws_access_key_id")) {
                    key = value;
                } else if (name.equals("aws_secret_access_key")) {
                    secret = value;
                }
            }
            if (key == null || key.isEmpty() || secret == null || secret.isEmpty()) {
                throw new MTurkClientException("profile [" + profile + "] of " + source
                        + " has no aws_access_key_id and aws_secret_access_key", null);
            }
            return Credentials.of(key, secret);
        }
    }
}
