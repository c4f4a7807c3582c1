package mturk.reactive.model.question;

import java.util.List;
import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * Plug-in content shown inside the page: {@code <EmbeddedBinary><EmbeddedMimeType><Type/><SubType/>
 * </EmbeddedMimeType><DataURL/><AltText/><Width/><Height/><ApplicationParameter/>*</EmbeddedBinary>}. Defined by the
 * QuestionForm schema; boto2 has no class for it.
 *
 * @param type       the MIME type (free text in the schema); not blank
 * @param subType    the MIME subtype; not blank
 * @param dataUrl    the content's http(s) URL
 * @param altText    the alternative text; not null
 * @param width      the width; not blank
 * @param height     the height; not blank
 * @param parameters the parameters in order; copied
 */
public record EmbeddedBinary(String type, String subType, String dataUrl, String altText, String width,
                             String height, List<ApplicationParameter> parameters) implements ContentItem {

    /**
     * Validates and copies the components.
     *
     * @param type the MIME type (free text in the schema); not blank
     * @param subType the MIME subtype; not blank
     * @param dataUrl the content's http(s) URL
     * @param altText the alternative text; not null
     * @param width the width; not blank
     * @param height the height; not blank
     * @param parameters the parameters in order; copied
     * @throws IllegalArgumentException when the URL is not http(s) or a value is blank or not representable in XML
     */
    public EmbeddedBinary {
        XmlChars.requireNonBlank("EmbeddedBinary.type", type);
        XmlChars.requireNonBlank("EmbeddedBinary.subType", subType);
        XmlChars.requireHttpUrl("EmbeddedBinary.dataUrl", dataUrl);
        XmlChars.requireText("EmbeddedBinary.altText", altText);
        XmlChars.requireNonBlank("EmbeddedBinary.width", width);
        XmlChars.requireNonBlank("EmbeddedBinary.height", height);
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }
}
