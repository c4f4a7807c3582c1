package mturk.reactive.simulator.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny compact XML writer: no namespaces, no whitespace between elements, text escaped.
 * It is the simulator's own writer and shares nothing with the client's reader on purpose.
 */
public final class XmlOut {
    private final StringBuilder sb = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element. */
    public XmlOut start(String name) {
        sb.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    /** Opens an element with one attribute. */
    public XmlOut start(String name, String attribute, String value) {
        sb.append('<').append(name).append(' ').append(attribute).append("=\"");
        escape(value, true);
        sb.append("\">");
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. */
    public XmlOut end() {
        sb.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes {@code <name>text</name>}, or nothing when {@code text} is null. */
    public XmlOut leaf(String name, Object text) {
        if (text == null) {
            return this;
        }
        sb.append('<').append(name).append('>');
        escape(text.toString(), false);
        sb.append("</").append(name).append('>');
        return this;
    }

    /** Appends another writer's output verbatim. */
    public XmlOut append(XmlOut other) {
        sb.append(other.sb);
        return this;
    }

    /** Appends already-escaped text verbatim. */
    XmlOut appendRaw(String escaped) {
        sb.append(escaped);
        return this;
    }

    /** Whether nothing has been written yet. */
    public boolean isEmpty() {
        return sb.length() == 0;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return sb.toString();
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t', '\n' -> sb.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c); // surrogate pairs pass through unchanged
                    }
                    // other control characters cannot appear in XML 1.0 and are dropped
                }
            }
        }
    }
}
