package mturk.reactive.samples.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * Derives {@code UniqueRequestToken}s that make batch writes exactly-once: the same batch and row always give the
 * same token, so a re-run after a crash, or a retry after a lost response, is recognised by the service as a
 * repeat instead of creating a second HIT or paying a second bonus.
 *
 * <p>A token is the unpadded base64url SHA-256 of a purpose tag, the batch id and the item's identity: 43 characters,
 * within the service's limit of 64. The service remembers tokens for 24 hours; beyond that the publish journal is
 * what prevents repeats.
 */
public final class RequestTokens {

    /** The service's limit on a token's length. */
    public static final int MAX_LENGTH = 64;

    private RequestTokens() {
    }

    /** The token of the HIT created from {@code row} of batch {@code batchId}. */
    public static String forRow(String batchId, Row row) {
        return token("CreateHIT", batchId, row.number() + "\n" + row.canonicalContent());
    }

    /** The token of the bonus paid for {@code assignmentId} in batch {@code batchId}. */
    public static String forBonus(String batchId, String assignmentId) {
        return token("GrantBonus", batchId, assignmentId);
    }

    /**
     * A batch id derived from what defines a batch: the properties and template texts and the input file's name.
     * Running the same files again gives the same id (and so the same tokens).
     */
    public static String batchId(String propertiesText, String templateText, String inputName) {
        return token("batch", propertiesText, templateText + "\u0000" + inputName).substring(0, 16);
    }

    private static String token(String purpose, String batchId, String identity) {
        Objects.requireNonNull(batchId, "batchId");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(batchId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(identity.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
