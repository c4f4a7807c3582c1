package mturk.reactive.model.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed element: namespace, local name, attributes, child elements in document order, and its text. Internal
 * API; built by {@link XmlInput#parse}.
 *
 * <p>{@code text} is the element's character data exactly as parsed (CDATA merged in) when the element has no child
 * elements; for an element with children it is the empty string (whitespace between children is dropped, other
 * text is refused by the parser).
 *
 * @param namespace  the namespace URI, or the empty string for none
 * @param name       the local name
 * @param attributes attribute values by local name
 * @param children   the child elements in document order
 * @param text       the character content of a leaf element
 */
public record XmlElement(String namespace, String name, Map<String, String> attributes, List<XmlElement> children,
                         String text) {

    /**
     * Copies the collections.
     *
     * @param namespace the namespace URI, or the empty string for none
     * @param name the local name
     * @param attributes attribute values by local name
     * @param children the child elements in document order
     * @param text the character content of a leaf element
     */
    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /**
     * The children with the given local name, in document order.
     *
     * @param childName the local name
     * @return the matching children, possibly empty
     */
    public List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /**
     * The only child with the given name, if present.
     *
     * @param childName the local name
     * @return the child, or empty when absent
     * @throws IllegalArgumentException when the child occurs more than once
     */
    public Optional<XmlElement> optionalChild(String childName) {
        List<XmlElement> found = children(childName);
        if (found.size() > 1) {
            throw new IllegalArgumentException("<" + name + "> has " + found.size() + " <" + childName
                    + "> elements, at most 1 allowed");
        }
        return found.stream().findFirst();
    }

    /**
     * The only child with the given name.
     *
     * @param childName the local name
     * @return the child
     * @throws IllegalArgumentException when the child is absent or repeated
     */
    public XmlElement child(String childName) {
        return optionalChild(childName).orElseThrow(() -> new IllegalArgumentException(
                "<" + name + "> lacks the required <" + childName + "> element"));
    }

    /**
     * The text of the only child with the given name.
     *
     * @param childName the local name
     * @return its text
     * @throws IllegalArgumentException when the child is absent, repeated, or has child elements
     */
    public String childText(String childName) {
        return child(childName).leafText();
    }

    /**
     * The text of this element, which must not have child elements.
     *
     * @return the text
     * @throws IllegalArgumentException when the element has child elements
     */
    public String leafText() {
        if (!children.isEmpty()) {
            throw new IllegalArgumentException("<" + name + "> must hold text, found element <"
                    + children.get(0).name + ">");
        }
        return text;
    }

    /**
     * Refuses any child whose name is not in {@code allowed}.
     *
     * @param allowed the permitted local names
     * @throws IllegalArgumentException naming the first unexpected child
     */
    public void requireOnly(String... allowed) {
        for (XmlElement c : children) {
            boolean ok = false;
            for (String a : allowed) {
                if (a.equals(c.name)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                throw new IllegalArgumentException("unexpected element <" + c.name + "> in <" + name + ">");
            }
        }
    }

    /**
     * Parses the trimmed leaf text of a child as an {@code int}.
     *
     * @param childName the local name
     * @return the value
     * @throws IllegalArgumentException when absent or not an integer
     */
    public int childInt(String childName) {
        return parseInt(childName, childText(childName));
    }

    /**
     * Parses the trimmed leaf text of a child as a {@code long}.
     *
     * @param childName the local name
     * @return the value
     * @throws IllegalArgumentException when absent or not an integer
     */
    public long childLong(String childName) {
        String s = childText(childName).trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<" + childName + "> must be an integer, was '" + s + "'");
        }
    }

    /**
     * Parses an integer written in an element or attribute named {@code what}.
     *
     * @param what  the element or attribute name, for the message
     * @param value the text, trimmed before parsing
     * @return the value
     * @throws IllegalArgumentException when not an integer in {@code int} range
     */
    public static int parseInt(String what, String value) {
        String s = value.trim();
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be an integer, was '" + value + "'");
        }
    }

    /**
     * Parses an {@code xs:boolean} ({@code true}, {@code false}, {@code 1}, {@code 0}, surrounding whitespace
     * allowed).
     *
     * @param what  the element name, for the message
     * @param value the text
     * @return the value
     * @throws IllegalArgumentException when not a boolean
     */
    public static boolean parseBoolean(String what, String value) {
        switch (value.trim()) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new IllegalArgumentException(what + " must be true or false, was '" + value + "'");
        }
    }
}
