package mturk.reactive.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Request authentication as the service did it: AWS Signature Version 1 (what boto2 sends: HMAC-SHA1 over
 * {@code name1value1name2value2…} of every parameter but {@code Signature}, names sorted case-insensitively) and the
 * older MTurk scheme without {@code SignatureVersion} (HMAC-SHA1 over
 * {@code "AWSMechanicalTurkRequester" + Operation + Timestamp}).
 */
public final class Signatures {
    private final String accessKey;
    private final byte[] secret;
    private final Duration tolerance;

    /** A verifier for one key pair; timestamps further than {@code tolerance} from the wall clock are stale. */
    public Signatures(String accessKey, String secretKey, Duration tolerance) {
        this.accessKey = accessKey;
        this.secret = secretKey.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** The SigV1 string to sign for the given parameters. */
    public static String stringToSignV1(Map<String, String> params) {
        return stringToSignV1(List.copyOf(params.entrySet()));
    }

    /**
     * The SigV1 string to sign for parameters as sent, in request order: a name sent more than once (a repeated
     * {@code Status} or {@code AssignmentStatus}) contributes one {@code nameValue} per occurrence. The sort is
     * stable and case-insensitive.
     */
    public static String stringToSignV1(List<Map.Entry<String, String>> pairs) {
        List<Map.Entry<String, String>> signed = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs) {
            if (!e.getKey().equals("Signature")) {
                signed.add(e);
            }
        }
        signed.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().toLowerCase(Locale.ROOT)));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : signed) {
            sb.append(e.getKey()).append(e.getValue());
        }
        return sb.toString();
    }

    /** Base64(HMAC-SHA1(secret, message)). */
    public static String hmacSha1(byte[] secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /**
     * Verifies the request or throws {@code AWS.NotAuthorized} (unknown key, signature that does not match) or
     * {@code AWS.BadClaimsSupplied} (missing signature, missing/malformed/stale timestamp, unsupported version).
     */
    public void verify(Map<String, String> params, Instant wallClock) {
        verify(params, List.copyOf(params.entrySet()), wallClock);
    }

    /**
     * Like {@link #verify(Map, Instant)}, with the parameters also as sent ({@code pairs}, request order, repeated
     * names kept) for the SigV1 string to sign.
     */
    public void verify(Map<String, String> params, List<Map.Entry<String, String>> pairs, Instant wallClock) {
        String key = params.get("AWSAccessKeyId");
        if (key == null || !key.equals(accessKey)) {
            throw notAuthorized();
        }
        String signature = params.get("Signature");
        if (signature == null || signature.isEmpty()) {
            throw new ApiException("AWS.BadClaimsSupplied", "The request is missing a Signature.");
        }
        String timestamp = params.get("Timestamp");
        String expires = params.get("Expires");
        if (timestamp == null && expires == null) {
            throw new ApiException("AWS.BadClaimsSupplied", "The request must contain a Timestamp.");
        }
        Instant t = parseTime(timestamp != null ? timestamp : expires);
        if (timestamp != null && Duration.between(t, wallClock).abs().compareTo(tolerance) > 0) {
            throw new ApiException("AWS.BadClaimsSupplied", "The Timestamp " + timestamp
                    + " is too far from the server time " + wallClock + " (more than " + tolerance.toMinutes()
                    + " minutes).");
        }
        if (timestamp == null && t.isBefore(wallClock)) {
            throw new ApiException("AWS.BadClaimsSupplied", "The request has expired (Expires " + expires + ").");
        }
        String version = params.get("SignatureVersion");
        String expected;
        if (version == null || version.equals("0")) {
            String op = params.getOrDefault("Operation", "");
            expected = hmacSha1(secret, "AWSMechanicalTurkRequester" + op + (timestamp != null ? timestamp : expires));
        } else if (version.equals("1")) {
            expected = hmacSha1(secret, stringToSignV1(pairs));
        } else {
            throw new ApiException("AWS.BadClaimsSupplied", "SignatureVersion " + version + " is not supported.");
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw notAuthorized();
        }
    }

    private static ApiException notAuthorized() {
        return new ApiException("AWS.NotAuthorized",
                "The identity contained in the request is not authorized to use this AWSAccessKeyId");
    }

    private static Instant parseTime(String s) {
        try {
            return OffsetDateTime.parse(s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$") ? s : s + "Z").toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException("AWS.BadClaimsSupplied", "The Timestamp \"" + s + "\" is not a valid dateTime.");
        }
    }
}
