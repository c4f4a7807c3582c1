package mturk.reactive.core.xml;

/** The attributes of the element being started; a view valid only during {@link RecordReader#child}. */
public interface XmlAttributes {

    /** @return how many attributes the element has */
    int count();

    /**
     * @param index 0-based attribute index
     * @return that attribute's local name
     */
    String name(int index);

    /**
     * @param index 0-based attribute index
     * @return that attribute's value (entities resolved)
     */
    String value(int index);

    /**
     * @param localName an attribute name (namespaces ignored)
     * @return its value, or {@code null} if absent
     */
    default String get(String localName) {
        for (int i = 0; i < count(); i++) {
            if (name(i).equals(localName)) {
                return value(i);
            }
        }
        return null;
    }
}
