package mturk.reactive.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A test-only wire client written independently of the simulator and of the core client: JDK HttpClient, its own
 * SigV1 signer, DOM + XPath to read responses.
 */
final class Wire {
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    Wire(MTurkSimulator sim) {
        this(sim.endpoint(), sim.accessKey(), sim.secretKey());
    }

    Wire(URI endpoint, String accessKey, String secretKey) {
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** A response: status and parsed body. */
    record Reply(int status, String body) {
        Document doc() {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            } catch (Exception e) {
                throw new AssertionError("not well-formed XML: " + body, e);
            }
        }

        String x(String xpath) {
            try {
                return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc(), XPathConstants.STRING);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        List<String> all(String xpath) {
            try {
                NodeList n = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc(),
                        XPathConstants.NODESET);
                List<String> out = new ArrayList<>();
                for (int i = 0; i < n.getLength(); i++) {
                    out.add(n.item(i).getTextContent());
                }
                return out;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        /** The first error code anywhere, or "" when none. */
        String errorCode() {
            return x("//Errors/Error/Code");
        }

        boolean valid() {
            return x("/*/*[2]/Request/IsValid").equals("True");
        }
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    Map<String, String> signed(String op, Map<String, String> p) {
        Map<String, String> all = new LinkedHashMap<>(p);
        all.put("Operation", op);
        all.put("Version", "2014-08-15");
        all.put("AWSAccessKeyId", accessKey);
        all.put("SignatureVersion", "1");
        all.putIfAbsent("Timestamp", TS.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        List<String> keys = new ArrayList<>(all.keySet());
        keys.sort(Comparator.comparing((String k) -> k.toLowerCase(Locale.ROOT)));
        StringBuilder sts = new StringBuilder();
        for (String k : keys) {
            sts.append(k).append(all.get(k));
        }
        all.put("Signature", hmac(secretKey, sts.toString()));
        return all;
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String form(Map<String, String> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    Reply call(String op, String... kv) {
        return call(op, params(kv));
    }

    Reply call(String op, Map<String, String> p) {
        return postRaw(signed(op, p));
    }

    CompletableFuture<HttpResponse<String>> callAsync(String op, Map<String, String> p) {
        return HTTP.sendAsync(request(signed(op, p)), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(Map<String, String> all) {
        return HttpRequest.newBuilder(endpoint).timeout(java.time.Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))).build();
    }

    Reply postRaw(Map<String, String> all) {
        try {
            HttpResponse<String> r = HTTP.send(request(all), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply get(Map<String, String> all) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?" + form(all))).timeout(java.time.Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static final String FREE_TEXT_FORM = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q1"
            + "</QuestionIdentifier><QuestionContent><Text>Say hi</Text></QuestionContent><AnswerSpecification>"
            + "<FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    /** Creates a HIT without a type: title/description/reward/duration inline. */
    Reply createHit(String... extra) {
        Map<String, String> p = params("Title", "Test HIT", "Description", "A test", "Reward.1.Amount", "0.50",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "600", "LifetimeInSeconds", "3600",
                "AutoApprovalDelayInSeconds", "86400", "Question", FREE_TEXT_FORM);
        p.putAll(params(extra));
        return call("CreateHIT", p);
    }

    String newHit(String... extra) {
        Reply r = createHit(extra);
        if (!r.valid()) {
            throw new AssertionError(r.body());
        }
        return r.x("/CreateHITResponse/HIT/HITId");
    }
}
