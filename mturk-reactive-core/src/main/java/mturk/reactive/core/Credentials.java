package mturk.reactive.core;

import java.util.Objects;

/**
 * An AWS access key id and its secret. The secret never appears in {@link #toString()}, in logs or in exception
 * messages.
 */
public final class Credentials {

    private final String accessKeyId;
    private final String secretAccessKey;

    private Credentials(String accessKeyId, String secretAccessKey) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
    }

    /**
     * @param accessKeyId     the access key id, e.g. {@code AKIDEXAMPLE}; non-blank
     * @param secretAccessKey the secret; non-blank
     * @return the credentials
     * @throws IllegalArgumentException if either is blank (the message never shows the secret)
     */
    public static Credentials of(String accessKeyId, String secretAccessKey) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (accessKeyId.isBlank()) {
            throw new IllegalArgumentException("accessKeyId must not be blank");
        }
        if (secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("secretAccessKey must not be blank");
        }
        return new Credentials(accessKeyId.strip(), secretAccessKey.strip());
    }

    /** @return the access key id (not secret: it is sent with every request) */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the secret access key; only the signer should call this */
    public String secretAccessKey() {
        return secretAccessKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && accessKeyId.equals(c.accessKeyId)
                && java.security.MessageDigest.isEqual(secretAccessKey.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        c.secretAccessKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return accessKeyId.hashCode();
    }

    /** @return {@code Credentials[accessKeyId=…, secretAccessKey=***]} */
    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
    }
}
