package mturk.reactive.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPairTest {

    @TempDir
    Path home;

    @Test
    void optionsComeFirst() {
        KeyPair k = KeyPair.resolve("AK", "SK", null, Map.of("AWS_ACCESS_KEY_ID", "E", "AWS_SECRET_ACCESS_KEY", "S"),
                home).orElseThrow();
        assertEquals("AK", k.accessKeyId());
        assertEquals("SK", k.secretKey());
    }

    @Test
    void oneOptionWithoutTheOtherIsAUsageError() {
        assertThrows(UsageException.class, () -> KeyPair.resolve("AK", null, null, Map.of(), home));
    }

    @Test
    void theEnvironmentComesBeforeTheProfile() throws Exception {
        writeCredentials("[default]\naws_access_key_id = P\naws_secret_access_key = PS\n");
        KeyPair k = KeyPair.resolve(null, null, null, Map.of("AWS_ACCESS_KEY_ID", "E", "AWS_SECRET_ACCESS_KEY", "S"),
                home).orElseThrow();
        assertEquals("E", k.accessKeyId());
    }

    @Test
    void theNamedProfileIsReadFromTheCredentialsFile() throws Exception {
        writeCredentials("[default]\naws_access_key_id=D\naws_secret_access_key=DS\n\n[work]\n"
                + "aws_access_key_id = W\naws_secret_access_key = WS\n");
        assertEquals("W", KeyPair.resolve(null, null, "work", Map.of(), home).orElseThrow().accessKeyId());
        assertEquals("W", KeyPair.resolve(null, null, null, Map.of("AWS_PROFILE", "work"), home).orElseThrow()
                .accessKeyId());
        assertEquals("D", KeyPair.resolve(null, null, null, Map.of(), home).orElseThrow().accessKeyId());
    }

    @Test
    void aMissingNamedProfileIsAUsageError() throws Exception {
        writeCredentials("[default]\naws_access_key_id=D\naws_secret_access_key=DS\n");
        assertThrows(UsageException.class, () -> KeyPair.resolve(null, null, "nope", Map.of(), home));
    }

    @Test
    void nothingConfiguredGivesNothing() {
        assertFalse(KeyPair.resolve(null, null, null, Map.of(), home).isPresent());
    }

    @Test
    void theSecretNeverAppearsInToString() {
        assertTrue(!new KeyPair("AK", "TOPSECRET", "x").toString().contains("TOPSECRET"));
    }

    private void writeCredentials(String text) throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"), text);
    }
}
