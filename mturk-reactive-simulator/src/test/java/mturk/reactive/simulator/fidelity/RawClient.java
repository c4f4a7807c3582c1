package mturk.reactive.simulator.fidelity;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import mturk.reactive.simulator.MTurkSimulator;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An independent legacy-era REST client for fidelity tests: JDK HttpClient, its own signers (SigV1 as boto2 and the
 * older {@code "AWSMechanicalTurkRequester" + Operation + Timestamp} scheme), DOM + XPath to read replies.
 */
final class RawClient {
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** How a request is signed. */
    enum Scheme { SIGV1, VERSION0_IMPLICIT, VERSION0_EXPLICIT }

    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    RawClient(MTurkSimulator sim) {
        this.endpoint = sim.endpoint();
        this.accessKey = sim.accessKey();
        this.secretKey = sim.secretKey();
    }

    /** A reply: status and body, with XPath helpers over the DOM. */
    record Reply(int status, String body) {
        Document doc() {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                return f.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            } catch (Exception e) {
                throw new AssertionError("not XML: " + body, e);
            }
        }

        String text(String xpath) {
            try {
                return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc(), XPathConstants.STRING);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        int count(String xpath) {
            try {
                return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc(),
                        XPathConstants.NODESET)).getLength();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        /** The element names of the children of the first node matching {@code xpath}, in order. */
        List<String> children(String xpath) {
            try {
                Node n = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, doc(), XPathConstants.NODE);
                List<String> out = new ArrayList<>();
                if (n == null) {
                    return out;
                }
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeType() == Node.ELEMENT_NODE) {
                        out.add(c.getNodeName());
                    }
                }
                return out;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        String root() {
            return doc().getDocumentElement().getNodeName();
        }

        /** The first error code anywhere in the reply. */
        String errorCode() {
            return text("(//Errors/Error/Code)[1]");
        }
    }

    Reply post(String operation, String... keyValues) {
        return send(operation, Scheme.SIGV1, false, Instant.now(), Map.of(), keyValues);
    }

    Reply get(String operation, String... keyValues) {
        return send(operation, Scheme.SIGV1, true, Instant.now(), Map.of(), keyValues);
    }

    Reply send(String operation, Scheme scheme, boolean useGet, Instant timestamp, Map<String, String> extra,
               String... keyValues) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Service", "AWSMechanicalTurkRequester");
        p.put("Operation", operation);
        p.put("Version", "2014-08-15");
        p.put("AWSAccessKeyId", accessKey);
        p.put("Timestamp", TS.format(timestamp));
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        p.putAll(extra);
        switch (scheme) {
            case SIGV1 -> {
                p.put("SignatureVersion", "1");
                List<String> keys = new ArrayList<>(p.keySet());
                keys.sort((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
                StringBuilder sb = new StringBuilder();
                keys.forEach(k -> sb.append(k).append(p.get(k)));
                p.put("Signature", hmac(sb.toString()));
            }
            case VERSION0_IMPLICIT -> p.put("Signature",
                    hmac("AWSMechanicalTurkRequester" + operation + p.get("Timestamp")));
            case VERSION0_EXPLICIT -> {
                p.put("SignatureVersion", "0");
                p.put("Signature", hmac("AWSMechanicalTurkRequester" + operation + p.get("Timestamp")));
            }
        }
        return raw(p, useGet);
    }

    /**
     * A SigV1 POST whose parameters may repeat a name (as the docs allow for {@code Status}): the string to sign has
     * one {@code nameValue} per occurrence, names sorted case-insensitively (stable).
     */
    Reply postRepeated(String operation, List<String[]> pairs) {
        List<String[]> p = new ArrayList<>();
        p.add(new String[] {"Operation", operation});
        p.add(new String[] {"Version", "2014-08-15"});
        p.add(new String[] {"AWSAccessKeyId", accessKey});
        p.add(new String[] {"Timestamp", TS.format(Instant.now())});
        p.add(new String[] {"SignatureVersion", "1"});
        p.addAll(pairs);
        List<String[]> sorted = new ArrayList<>(p);
        sorted.sort((a, b) -> a[0].toLowerCase(Locale.ROOT).compareTo(b[0].toLowerCase(Locale.ROOT)));
        StringBuilder sts = new StringBuilder();
        sorted.forEach(kv -> sts.append(kv[0]).append(kv[1]));
        p.add(new String[] {"Signature", hmac(sts.toString())});
        StringBuilder q = new StringBuilder();
        for (String[] kv : p) {
            if (q.length() > 0) {
                q.append('&');
            }
            q.append(enc(kv[0])).append('=').append(enc(kv[1]));
        }
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(q.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Reply raw(Map<String, String> p, boolean useGet) {
        StringBuilder q = new StringBuilder();
        p.forEach((k, v) -> {
            if (q.length() > 0) {
                q.append('&');
            }
            q.append(enc(k)).append('=').append(enc(v));
        });
        HttpRequest.Builder b = useGet
                ? HttpRequest.newBuilder(endpoint.resolve("/?" + q)).GET()
                : HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(q.toString()));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
