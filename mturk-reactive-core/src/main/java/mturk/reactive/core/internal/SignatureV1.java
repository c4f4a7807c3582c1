package mturk.reactive.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
    private static final Comparator<Param> ORDER = Comparator.comparing(Param::lower);
    private static final ThreadLocal<LastTimestamp> LAST_TIMESTAMP = ThreadLocal.withInitial(LastTimestamp::new);
    private static final ThreadLocal<ThreadMac> MACS = ThreadLocal.withInitial(ThreadMac::new);

    private SignatureV1() {
    }

    /**
     * @param instant any instant
     * @return the {@code Timestamp} value, truncated to seconds, e.g. {@code 2014-08-15T12:00:00Z}
     */
    public static String timestamp(Instant instant) {
        long second = instant.getEpochSecond();
        LastTimestamp last = LAST_TIMESTAMP.get();
        if (last.text == null || last.second != second) {
            last.text = TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
            last.second = second;
        }
        return last.text;
    }

    /** The last {@code Timestamp} this thread formatted: calls within one second share it. */
    private static final class LastTimestamp {
        long second;
        String text;
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
        int n = params.size() + 5;
        Param[] all = new Param[n];
        int i = 0;
        int chars = 64;
        for (Map.Entry<String, String> e : params.entrySet()) {
            all[i++] = new Param(e.getKey(), e.getValue());
            chars += e.getKey().length() + e.getValue().length() + 2;
        }
        all[i++] = new Param("Operation", operation);
        all[i++] = new Param("Version", API_VERSION);
        all[i++] = new Param("AWSAccessKeyId", credentials.accessKeyId());
        all[i++] = new Param("SignatureVersion", "1");
        all[i] = new Param("Timestamp", timestamp(now));
        chars += operation.length() + credentials.accessKeyId().length() + 100;
        Arrays.sort(all, ORDER); // stable on objects, as Python's sort is; each key lower-cased once, in Param

        StringBuilder toSign = new StringBuilder(chars);
        StringBuilder body = new StringBuilder(chars + chars / 4 + 40);
        Map<String, String> sorted = new LinkedHashMap<>(n * 4 / 3 + 1);
        for (Param p : all) {
            sorted.put(p.key, p.value);
            toSign.append(p.key).append(p.value);
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(p.key).append('=').append(PercentEncoding.encodeValue(p.value));
        }
        String stringToSign = toSign.toString();
        String signature = hmacSha1Base64(credentials.secretAccessKey(), stringToSign);
        body.append("&Signature=").append(PercentEncoding.encodePlus(signature));
        return new SignedRequest(Collections.unmodifiableMap(sorted), stringToSign, signature, body.toString());
    }

    /** A parameter with its sort key, lower-cased once. Duplicate names cannot occur: the parameters are a map. */
    private record Param(String key, String value, String lower) {
        Param(String key, String value) {
            this(key, value, key.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param secret the key (UTF-8)
     * @param data   the message (UTF-8)
     * @return standard Base64, padded, of HMAC-SHA1
     */
    public static String hmacSha1Base64(String secret, String data) {
        Mac mac = MACS.get().forKey(secret);
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One HmacSHA1 instance per thread, keyed with the last secret it signed with ({@code doFinal} resets it for the
     * next message). Looking the algorithm up and expanding the key per request cost more than the HMAC itself.
     */
    private static final class ThreadMac {
        private final Mac mac;
        private String secret;

        ThreadMac() {
            try {
                mac = Mac.getInstance("HmacSHA1");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA1 is unavailable in this JVM", e);
            }
        }

        Mac forKey(String key) {
            if (secret == null || !secret.equals(key)) {
                try {
                    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                } catch (GeneralSecurityException e) {
                    secret = null;
                    throw new IllegalStateException("HmacSHA1 refused the key", e);
                }
                secret = key;
            }
            return mac;
        }
    }
}
