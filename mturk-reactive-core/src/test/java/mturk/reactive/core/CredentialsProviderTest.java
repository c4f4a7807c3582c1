package mturk.reactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class CredentialsProviderTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30); // a guard against hangs, not a speed assertion

    @TempDir
    Path dir;

    Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("credentials"), content);
    }

    @Test
    void environmentVariablesGiveCredentials() {
        StepVerifier.create(CredentialsProvider.environment(Map.of("AWS_ACCESS_KEY_ID", "AKID",
                        "AWS_SECRET_ACCESS_KEY", "s3cr3t")).resolve())
                .expectNext(Credentials.of("AKID", "s3cr3t"))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void aMissingEnvironmentVariableIsAClientErrorNamingBothVariables() {
        StepVerifier.create(CredentialsProvider.environment(Map.of("AWS_ACCESS_KEY_ID", "AKID")).resolve())
                .expectErrorSatisfies(e -> {
                    assertTrue(e instanceof MTurkClientException);
                    assertTrue(e.getMessage().contains("AWS_SECRET_ACCESS_KEY"));
                })
                .verify(TIMEOUT);
    }

    @Test
    void theNamedProfileOfTheCredentialsFileIsRead() throws IOException {
        Path f = file("[default]\naws_access_key_id = DEF\naws_secret_access_key = defsecret\n\n"
                + "# a comment\n[work]\naws_access_key_id=WORK\naws_secret_access_key=worksecret\n");
        StepVerifier.create(CredentialsProvider.profile(f, "work").resolve())
                .expectNext(Credentials.of("WORK", "worksecret"))
                .expectComplete()
                .verify(TIMEOUT);
        StepVerifier.create(CredentialsProvider.profile(f, "default").resolve())
                .expectNext(Credentials.of("DEF", "defsecret"))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void theFileIsReadOffTheCallingNonBlockingThread() throws IOException {
        // BlockHound would fail a file read on a parallel thread; the provider hops to boundedElastic
        Path f = file("[default]\naws_access_key_id=A\naws_secret_access_key=B\n");
        CredentialsProvider p = CredentialsProvider.profile(f, "default");
        StepVerifier.create(Mono.defer(p::resolve).subscribeOn(Schedulers.parallel()))
                .expectNext(Credentials.of("A", "B"))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void aMissingProfileIsAClientErrorThatDoesNotShowSecrets() throws IOException {
        Path f = file("[default]\naws_access_key_id=A\naws_secret_access_key=topsecret\n");
        StepVerifier.create(CredentialsProvider.profile(f, "other").resolve())
                .expectErrorSatisfies(e -> {
                    assertTrue(e instanceof MTurkClientException);
                    assertTrue(e.getMessage().contains("[other]"));
                    assertFalse(e.getMessage().contains("topsecret"));
                })
                .verify(TIMEOUT);
    }

    @Test
    void aMissingFileIsAClientError() {
        StepVerifier.create(CredentialsProvider.profile(dir.resolve("nope"), "default").resolve())
                .expectError(MTurkClientException.class)
                .verify(TIMEOUT);
    }

    @Test
    void theChainFallsBackToTheNextProvider() throws IOException {
        Path f = file("[default]\naws_access_key_id=FILE\naws_secret_access_key=filesecret\n");
        CredentialsProvider chain = CredentialsProvider.chain(CredentialsProvider.environment(Map.of()),
                CredentialsProvider.profile(f, "default"));
        StepVerifier.create(chain.resolve())
                .expectNext(Credentials.of("FILE", "filesecret"))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void theChainPrefersTheFirstProviderThatAnswers() {
        CredentialsProvider chain = CredentialsProvider.chain(
                CredentialsProvider.environment(Map.of("AWS_ACCESS_KEY_ID", "ENV", "AWS_SECRET_ACCESS_KEY", "e")),
                () -> Mono.error(new AssertionError("must not be asked")));
        StepVerifier.create(chain.resolve()).expectNext(Credentials.of("ENV", "e")).expectComplete().verify(TIMEOUT);
    }

    @Test
    void anExhaustedChainFails() {
        StepVerifier.create(CredentialsProvider.chain(CredentialsProvider.environment(Map.of())).resolve())
                .expectErrorSatisfies(e -> assertTrue(e.getMessage().contains("no credentials found")))
                .verify(TIMEOUT);
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        Credentials c = Credentials.of("AKID", "verysecret");
        assertFalse(c.toString().contains("verysecret"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.of("A", " "));
        assertEquals("secretAccessKey must not be blank", e.getMessage());
    }
}
