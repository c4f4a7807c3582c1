package mturk.reactive.simulator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Response envelopes exactly as the REST service sent them: {@code <?xml version="1.0"?>}, a newline, then compact
 * XML with no namespace: {@code {Op}Response / OperationRequest / RequestId}, then the result element whose first child
 * is {@code Request/IsValid} (with {@code Errors} when invalid).
 */
public final class Envelope {
    static final String PROLOG = "<?xml version=\"1.0\"?>\n";
    private static final Set<String> NOT_ECHOED = Set.of("AWSAccessKeyId", "Signature", "SignatureVersion",
            "Timestamp", "Expires");

    private Envelope() {
    }

    /** A successful response. */
    public static String success(String op, String requestId, Params p, XmlOut payload, boolean echo) {
        XmlOut o = new XmlOut();
        o.start(op + "Response").start("OperationRequest").leaf("RequestId", requestId).end();
        o.start(State.resultElement(op)).start("Request").leaf("IsValid", "True");
        if (echo) {
            echo(o, op, p);
        }
        o.end().append(payload).end().end();
        return PROLOG + o;
    }

    /** A request-level error: {@code {Result}/Request/IsValid=False} plus {@code Errors}. */
    public static String requestError(String op, String requestId, Params p, ApiException e, boolean echo) {
        XmlOut o = new XmlOut();
        o.start(op + "Response").start("OperationRequest").leaf("RequestId", requestId).end();
        o.start(State.resultElement(op)).start("Request").leaf("IsValid", "False");
        if (echo) {
            echo(o, op, p);
        }
        errors(o, e);
        o.end().end().end();
        return PROLOG + o;
    }

    /**
     * An operation-level error (authentication, throttling): {@code OperationRequest/Errors}, no result element. The
     * root is {@code {Op}Response} for a known operation and plain {@code Response} otherwise.
     */
    public static String operationError(String op, String requestId, ApiException e) {
        XmlOut o = new XmlOut();
        o.start(op == null || !State.OPERATIONS.contains(op) ? "Response" : op + "Response").start("OperationRequest")
                .leaf("RequestId", requestId);
        errors(o, e);
        o.end().end();
        return PROLOG + o;
    }

    private static void errors(XmlOut o, ApiException e) {
        o.start("Errors").start("Error").leaf("Code", e.code())
                .leaf("Message", e.getMessage() + " (" + System.currentTimeMillis() + " s)");
        e.data().forEach((k, v) -> o.start("Data").leaf("Key", k).leaf("Value", v).end());
        o.end().end();
    }

    private static final class Node {
        String tag;
        String value;
        final Map<String, Node> children = new LinkedHashMap<>();
    }

    /** The {@code {Op}Request} echo: parameters alphabetically, structured ones nested with {@code tag="N"}. */
    private static void echo(XmlOut o, String op, Params p) {
        Node root = new Node();
        for (Map.Entry<String, String> e : p.all().entrySet()) {
            if (NOT_ECHOED.contains(e.getKey())) {
                continue;
            }
            String[] parts = e.getKey().split("\\.");
            Node n = root;
            String pendingName = null;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean numeric = !part.isEmpty() && part.chars().allMatch(Character::isDigit);
                if (numeric && pendingName != null) {
                    String key = pendingName + "#" + part;
                    Node child = n.children.computeIfAbsent(key, k -> new Node());
                    child.tag = part;
                    n = child;
                    pendingName = null;
                    continue;
                }
                if (pendingName != null) {
                    n = n.children.computeIfAbsent(pendingName, k -> new Node());
                }
                pendingName = part;
            }
            if (pendingName != null) {
                n = n.children.computeIfAbsent(pendingName, k -> new Node());
            }
            n.value = e.getValue();
        }
        o.start(op + "Request");
        writeNode(o, root);
        o.end();
    }

    private static void writeNode(XmlOut o, Node n) {
        List<Map.Entry<String, Node>> entries = new ArrayList<>(n.children.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, Node> e) -> e.getKey().toLowerCase(Locale.ROOT)));
        for (Map.Entry<String, Node> e : entries) {
            String name = e.getKey().contains("#") ? e.getKey().substring(0, e.getKey().indexOf('#')) : e.getKey();
            Node c = e.getValue();
            if (c.children.isEmpty()) {
                if (c.tag != null) {
                    o.start(name, "tag", c.tag);
                    if (c.value != null) {
                        o.append(text(c.value));
                    }
                    o.end();
                } else {
                    o.leaf(name, c.value == null ? "" : c.value);
                }
            } else {
                if (c.tag != null) {
                    o.start(name, "tag", c.tag);
                } else {
                    o.start(name);
                }
                writeNode(o, c);
                o.end();
            }
        }
    }

    private static XmlOut text(String value) {
        XmlOut x = new XmlOut();
        String leaf = new XmlOut().leaf("x", value).toString();
        x.appendRaw(leaf.substring(3, leaf.length() - 4));
        return x;
    }
}
