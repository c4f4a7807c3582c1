package mturk.reactive.benchmarks.bodies;

/** XML text escaping for the generators: the characters the service escapes in element content. */
final class Xml {

    private Xml() {
    }

    /** Appends {@code text} with {@code &}, {@code <} and {@code >} escaped, as the service writes element text. */
    static StringBuilder appendEscaped(StringBuilder out, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Appends {@code <name>escaped text</name>}. */
    static StringBuilder element(StringBuilder out, String name, CharSequence text) {
        out.append('<').append(name).append('>');
        appendEscaped(out, text);
        return out.append("</").append(name).append('>');
    }
}
