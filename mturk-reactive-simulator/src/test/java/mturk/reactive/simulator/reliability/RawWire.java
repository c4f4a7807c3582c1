package mturk.reactive.simulator.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mturk.reactive.simulator.MTurkSimulator;

/**
 * An independent wire client for drills and for checking the simulator's state afterwards: JDK {@link HttpClient},
 * its own SignatureVersion 1 signer, and plain pattern matching on the response (no code shared with the SDK).
 */
final class RawWire {

    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final HttpClient http;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    RawWire(MTurkSimulator sim) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = sim.endpoint();
        this.accessKey = sim.accessKey();
        this.secretKey = sim.secretKey();
    }

    /** A response: HTTP status and body. */
    record Reply(int status, String body) {
        /** @return the text of the first element with that name, or {@code ""} */
        String first(String element) {
            List<String> all = all(element);
            return all.isEmpty() ? "" : all.get(0);
        }

        /** @return the texts of every element with that name, in document order */
        List<String> all(String element) {
            Matcher m = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(body);
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }

        /** @return whether the body reports a valid request and no error */
        boolean valid() {
            return status == 200 && body.contains("<IsValid>True</IsValid>") && !body.contains("<Errors>");
        }
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    HttpRequest request(String op, Map<String, String> p) {
        Map<String, String> all = new LinkedHashMap<>(p);
        all.put("Operation", op);
        all.put("Version", "2014-08-15");
        all.put("AWSAccessKeyId", accessKey);
        all.put("SignatureVersion", "1");
        all.put("Timestamp", TS.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        List<String> keys = new ArrayList<>(all.keySet());
        keys.sort(Comparator.comparing((String k) -> k.toLowerCase(Locale.ROOT)));
        StringBuilder toSign = new StringBuilder();
        for (String k : keys) {
            toSign.append(k).append(all.get(k));
        }
        all.put("Signature", hmac(toSign.toString()));
        StringBuilder form = new StringBuilder();
        all.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Reply call(String op, String... kv) {
        try {
            HttpResponse<String> r = http.send(request(op, params(kv)), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    CompletableFuture<Reply> callAsync(String op, Map<String, String> p) {
        return http.sendAsync(request(op, p), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Reply(r.statusCode(), r.body()));
    }

    /** @return every HIT id of the account, read page by page (100 per page) */
    List<String> allHitIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            Reply r = call("SearchHITs", "PageSize", "100", "PageNumber", Integer.toString(page),
                    "SortProperty", "CreationTime", "SortDirection", "Ascending");
            if (!r.valid()) {
                throw new AssertionError(r.body());
            }
            List<String> found = r.all("HITId");
            ids.addAll(found);
            if (found.size() < 100) {
                return ids;
            }
        }
    }

    /** A QuestionForm with one free-text question. */
    static final String QUESTION = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q1"
            + "</QuestionIdentifier><QuestionContent><Text>Say hi</Text></QuestionContent><AnswerSpecification>"
            + "<FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";
}
