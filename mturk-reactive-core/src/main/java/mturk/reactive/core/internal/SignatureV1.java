package mturk.reactive.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mturk.reactive.core.Credentials;

/**
 * AWS Signature Version 1 as boto2 applies it to MTurk ({@code QuerySignatureV1AuthHandler}, HMAC-SHA1).
 *
 * <ol>
 *   <li>Add {@code Operation}, {@code Version=2014-08-15}, {@code AWSAccessKeyId}, {@code SignatureVersion=1} and
 *       {@code Timestamp} ({@code yyyy-MM-dd'T'HH:mm:ss'Z'}, UTC, no milliseconds) to the parameters.</li>
 *   <li>Sort the names with a stable sort on their lower-case form ({@code QualificationRequirement.10.*} sorts
 *       before {@code QualificationRequirement.2.*}).</li>
 *   <li>String to sign: {@code name1value1name2value2…}, raw values, no separators.</li>
 *   <li>{@code Signature = Base64(HMAC-SHA1(UTF-8(secret), UTF-8(stringToSign)))}.</li>
 *   <li>Body: {@code name=quote(value)} joined by {@code &} in the same order, then
 *       {@code &Signature=quote_plus(signature)}.</li>
 * </ol>
 */
public final class SignatureV1 {

    /** The API version every request carries. */
    public static final String API_VERSION = "2014-08-15";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Comparator<String> ORDER = Comparator.comparing(k -> k.toLowerCase(Locale.ROOT));

    private SignatureV1() {
    }

    /**
     * @param instant any instant
     * @return the {@code Timestamp} value, truncated to seconds, e.g. {@code 2014-08-15T12:00:00Z}
     */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Signs one attempt.
     *
     * @param operation   the wire name, e.g. {@code GetAccountBalance}
     * @param params      the operation's own parameters (no common ones)
     * @param credentials the key and secret
     * @param now         the attempt's time; gives {@code Timestamp}
     * @return the signed request
     */
    public static SignedRequest sign(String operation, Map<String, String> params, Credentials credentials,
                                     Instant now) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("Operation", operation);
        all.put("Version", API_VERSION);
        all.put("AWSAccessKeyId", credentials.accessKeyId());
        all.put("SignatureVersion", "1");
        all.put("Timestamp", timestamp(now));

        List<String> keys = new ArrayList<>(all.keySet());
        keys.sort(ORDER); // List.sort is stable, as Python's sort is

        StringBuilder toSign = new StringBuilder(256);
        StringBuilder body = new StringBuilder(256);
        Map<String, String> sorted = new LinkedHashMap<>();
        for (String k : keys) {
            String v = all.get(k);
            sorted.put(k, v);
            toSign.append(k).append(v);
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(k).append('=').append(PercentEncoding.encodeValue(v));
        }
        String stringToSign = toSign.toString();
        String signature = hmacSha1Base64(credentials.secretAccessKey(), stringToSign);
        body.append("&Signature=").append(PercentEncoding.encodePlus(signature));
        return new SignedRequest(Collections.unmodifiableMap(sorted), stringToSign, signature, body.toString());
    }

    /**
     * @param secret the key (UTF-8)
     * @param data   the message (UTF-8)
     * @return standard Base64, padded, of HMAC-SHA1
     */
    public static String hmacSha1Base64(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable in this JVM", e);
        }
    }
}
