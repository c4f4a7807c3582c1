package mturk.reactive.model.question;

import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A plain-text content item, {@code <Title>} or {@code <Text>}: boto2's {@code SimpleField(field, value)} restricted
 * to the two fields the schema allows in content. The value is written escaped.
 *
 * @param field which element to write
 * @param value the plain text; not null, only characters XML allows
 */
public record SimpleField(Field field, String value) implements ContentItem {

    /** The element a {@link SimpleField} is written as. */
    public enum Field {
        /** {@code <Title>}. */
        TITLE("Title"),
        /** {@code <Text>}. */
        TEXT("Text");

        private final String element;

        Field(String element) {
            this.element = element;
        }

        /**
         * The element name.
         *
         * @return {@code Title} or {@code Text}
         */
        public String element() {
            return element;
        }
    }

    /**
     * Validates the components.
     *
     * @param field which element to write
     * @param value the plain text; not null, only characters XML allows
     * @throws IllegalArgumentException when the value is null or holds characters XML cannot carry
     * @throws NullPointerException     when the field is null
     */
    public SimpleField {
        Objects.requireNonNull(field, "field");
        XmlChars.requireText(field.element(), value);
    }

    /**
     * A {@code <Title>}.
     *
     * @param value the title
     * @return the item
     */
    public static SimpleField title(String value) {
        return new SimpleField(Field.TITLE, value);
    }

    /**
     * A {@code <Text>}.
     *
     * @param value the text
     * @return the item
     */
    public static SimpleField text(String value) {
        return new SimpleField(Field.TEXT, value);
    }
}
