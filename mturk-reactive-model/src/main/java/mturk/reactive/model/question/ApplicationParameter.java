package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A name/value pair passed to an {@link Application} or {@link EmbeddedBinary}:
 * {@code <ApplicationParameter><Name/><Value/></ApplicationParameter>} (boto2's {@code **parameters}).
 *
 * @param name  the parameter name; not blank
 * @param value the value; not null
 */
public record ApplicationParameter(String name, String value) {

    /**
     * Validates the components.
     *
     * @param name the parameter name; not blank
     * @param value the value; not null
     * @throws IllegalArgumentException when the name is blank or a value is not representable in XML
     */
    public ApplicationParameter {
        XmlChars.requireNonBlank("ApplicationParameter.name", name);
        XmlChars.requireText("ApplicationParameter.value", value);
    }
}
