package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * The plain-text label of a {@link Selection}, written as {@code <Text>} (boto2's {@code type='text'}).
 *
 * @param text the label; not null, only characters XML allows
 */
public record SelectionText(String text) implements SelectionContent {

    /**
     * Validates the text.
     *
     * @param text the label; not null, only characters XML allows
     * @throws IllegalArgumentException when null or not representable in XML
     */
    public SelectionText {
        XmlChars.requireText("Selection.text", text);
    }
}
