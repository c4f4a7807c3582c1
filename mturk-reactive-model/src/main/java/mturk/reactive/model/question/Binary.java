package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A link to an image, audio or video file:
 * {@code <Binary><MimeType><Type/><SubType/></MimeType><DataURL/><AltText/></Binary>}. Used as a content item and as
 * the content of a {@link Selection}. Unlike boto2 the URL is escaped.
 *
 * @param type    the MIME top-level type: {@code image}, {@code audio} or {@code video}
 * @param subType the MIME subtype (for example {@code jpeg}), or null to omit {@code <SubType>} (optional in the schema)
 * @param dataUrl the file's http(s) URL
 * @param altText the text shown when the file cannot be; not null
 */
public record Binary(String type, String subType, String dataUrl, String altText)
        implements ContentItem, SelectionContent {

    /**
     * Validates the components.
     *
     * @param type the MIME top-level type: {@code image}, {@code audio} or {@code video}
     * @param subType the MIME subtype (for example {@code jpeg}), or null to omit {@code <SubType>} (optional in the
     *     schema)
     * @param dataUrl the file's http(s) URL
     * @param altText the text shown when the file cannot be; not null
     * @throws IllegalArgumentException when the type is not image/audio/video, the URL is not http(s), or a value is
     *                                  null (other than {@code subType}) or not representable in XML
     */
    public Binary {
        if (!"image".equals(type) && !"audio".equals(type) && !"video".equals(type)) {
            throw new IllegalArgumentException("Binary.type must be image, audio or video, was "
                    + (type == null ? "null" : "'" + type + "'"));
        }
        if (subType != null) {
            XmlChars.requireText("Binary.subType", subType);
        }
        XmlChars.requireHttpUrl("Binary.dataUrl", dataUrl);
        XmlChars.requireText("Binary.altText", altText);
    }
}
