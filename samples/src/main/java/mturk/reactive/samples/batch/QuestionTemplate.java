package mturk.reactive.samples.batch;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A question document (QuestionForm, ExternalQuestion or HTMLQuestion XML) with {@code ${column}} placeholders, filled
 * from one input {@link Row} per HIT. Values are XML-escaped ({@code & < > " '}), so a row can never break the
 * document; characters XML cannot carry at all are refused.
 *
 * <p>The template is checked once when it is {@linkplain #parse parsed}: every placeholder must be closed and
 * named, and the document (placeholders filled with a sample value) must be well-formed XML whose root is one of
 * the three question types. Problems throw {@link InputException} naming the line and column, or the row and
 * column for a row.
 */
public final class QuestionTemplate {

    /** The service's limit on the {@code Question} parameter, in UTF-8 bytes. */
    public static final int MAX_QUESTION_BYTES = 65_535;

    private static final Set<String> ROOTS = Set.of("QuestionForm", "ExternalQuestion", "HTMLQuestion");

    private final String source;
    private final List<Object> parts;
    private final Set<String> columns;

    private QuestionTemplate(String source, List<Object> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
        Set<String> names = new LinkedHashSet<>();
        for (Object part : parts) {
            if (part instanceof Placeholder) {
                names.add(((Placeholder) part).column());
            }
        }
        this.columns = Set.copyOf(names);
    }

    private record Placeholder(String column) {
    }

    /**
     * Parses and checks a template.
     *
     * @param source the file name, for messages
     * @param text   the template text
     * @throws InputException when a placeholder is malformed or the document is not well-formed question XML
     */
    public static QuestionTemplate parse(String source, String text) {
        Objects.requireNonNull(text, "text");
        List<Object> parts = new ArrayList<>();
        int pos = 0;
        while (true) {
            int open = text.indexOf("${", pos);
            if (open < 0) {
                parts.add(text.substring(pos));
                break;
            }
            parts.add(text.substring(pos, open));
            int close = text.indexOf('}', open + 2);
            int nextOpen = text.indexOf("${", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                throw InputException.inFile(source, "at " + position(text, open) + ": '${' is never closed by '}'");
            }
            String name = text.substring(open + 2, close).strip();
            if (name.isEmpty()) {
                throw InputException.inFile(source, "at " + position(text, open) + ": '${}' names no column");
            }
            if (name.indexOf('\n') >= 0 || name.indexOf('<') >= 0) {
                throw InputException.inFile(source, "at " + position(text, open) + ": '${' is never closed by '}'");
            }
            parts.add(new Placeholder(name));
            pos = close + 1;
        }
        QuestionTemplate template = new QuestionTemplate(source, parts);
        template.checkWellFormed();
        return template;
    }

    /** The column names the template uses, in no particular order. */
    public Set<String> columns() {
        return columns;
    }

    /**
     * Fills the placeholders from {@code row}, escaping every value.
     *
     * @param inputSource the input file name, for messages
     * @return the question XML for this row
     * @throws InputException when a column is missing from the row, a value holds a character XML cannot carry, or
     *                        the filled question is over {@value #MAX_QUESTION_BYTES} bytes
     */
    public String fill(Row row, String inputSource) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Placeholder) {
                String column = ((Placeholder) part).column();
                String value = row.get(column);
                if (value == null) {
                    throw InputException.inRow(inputSource, row.number(), column,
                            "is missing (the question template " + source + " uses ${" + column + "})");
                }
                appendEscaped(sb, value, inputSource, row.number(), column);
            } else {
                sb.append((String) part);
            }
        }
        String xml = sb.toString();
        int bytes = xml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_QUESTION_BYTES) {
            throw InputException.inRow(inputSource, row.number(), "its question is " + bytes
                    + " bytes after filling; the service's limit is " + MAX_QUESTION_BYTES);
        }
        return xml;
    }

    /**
     * Escapes {@code value} for XML text or attribute content.
     *
     * @throws IllegalArgumentException when the value holds a character that XML 1.0 cannot carry
     */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        appendEscaped(sb, value, null, 0, null);
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, String value, String source, long row, String column) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        sb.append(c).append(value.charAt(++i));
                    } else if (isXmlChar(c)) {
                        sb.append(c);
                    } else {
                        String problem = String.format("holds character U+%04X at position %d, which XML cannot carry",
                                (int) c, i + 1);
                        if (source == null) {
                            throw new IllegalArgumentException("value " + problem);
                        }
                        throw InputException.inRow(source, row, column, problem);
                    }
            }
        }
    }

    private static boolean isXmlChar(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    private void checkWellFormed() {
        StringBuilder sample = new StringBuilder();
        for (Object part : parts) {
            sample.append(part instanceof Placeholder ? "0" : (String) part);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(sample.toString()));
            String root = null;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && root == null) {
                    root = reader.getLocalName();
                }
            }
            if (root == null) {
                throw InputException.inFile(source, "has no root element; expected one of " + ROOTS);
            }
            if (!ROOTS.contains(root)) {
                throw InputException.inFile(source, "has root element <" + root + ">; expected QuestionForm, "
                        + "ExternalQuestion or HTMLQuestion");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            String message = e.getMessage();
            int cut = message.indexOf("Message: ");
            throw InputException.inFile(source, "is not well-formed XML" + where + ": "
                    + (cut >= 0 ? message.substring(cut + 9) : message));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the string
                }
            }
        }
    }

    private static String position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (index - lineStart + 1);
    }
}
