package mturk.reactive.model.question;

import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * One choice of a {@link SelectionAnswerSpec}: {@code <Selection><SelectionIdentifier/>(<Text/>|<Binary/>|
 * <FormattedContent/>)</Selection>}. boto2 takes {@code (content, identifier)} tuples; note the order here is
 * identifier first, as in the XML.
 *
 * @param identifier the {@code SelectionIdentifier} reported in a {@code SelectionAnswer}; not blank
 * @param content    what the choice shows
 */
public record Selection(String identifier, SelectionContent content) {

    /**
     * Validates the components.
     *
     * @param identifier the {@code SelectionIdentifier} reported in a {@code SelectionAnswer}; not blank
     * @param content what the choice shows
     * @throws IllegalArgumentException when the identifier is blank or not representable in XML
     * @throws NullPointerException     when the content is null
     */
    public Selection {
        XmlChars.requireNonBlank("Selection.identifier", identifier);
        Objects.requireNonNull(content, "Selection.content");
    }

    /**
     * A text choice.
     *
     * @param identifier the identifier
     * @param text       the label
     * @return the choice
     */
    public static Selection text(String identifier, String text) {
        return new Selection(identifier, new SelectionText(text));
    }

    /**
     * An image, audio or video choice.
     *
     * @param identifier the identifier
     * @param binary     the file
     * @return the choice
     */
    public static Selection binary(String identifier, Binary binary) {
        return new Selection(identifier, binary);
    }

    /**
     * A formatted-content choice.
     *
     * @param identifier the identifier
     * @param content    the XHTML fragment
     * @return the choice
     */
    public static Selection formatted(String identifier, String content) {
        return new Selection(identifier, new FormattedContent(content));
    }
}
