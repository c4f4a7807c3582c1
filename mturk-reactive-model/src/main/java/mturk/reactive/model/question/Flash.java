package mturk.reactive.model.question;

import java.util.List;
import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A Flash movie: {@code <Application><Flash><FlashMovieURL/><Width/><Height/><ApplicationParameter/>*</Flash>
 * </Application>}.
 *
 * @param flashMovieUrl the movie's http(s) URL
 * @param width         the width; not blank
 * @param height        the height; not blank
 * @param parameters    the parameters in order; copied
 */
public record Flash(String flashMovieUrl, String width, String height, List<ApplicationParameter> parameters)
        implements Application {

    /**
     * Validates and copies the components.
     *
     * @param flashMovieUrl the movie's http(s) URL
     * @param width the width; not blank
     * @param height the height; not blank
     * @param parameters the parameters in order; copied
     * @throws IllegalArgumentException when the URL is not http(s) or a value is blank or not representable in XML
     */
    public Flash {
        XmlChars.requireHttpUrl("Flash.flashMovieUrl", flashMovieUrl);
        XmlChars.requireNonBlank("Flash.width", width);
        XmlChars.requireNonBlank("Flash.height", height);
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * A movie with pixel dimensions.
     *
     * @param flashMovieUrl the movie URL
     * @param width         the width in pixels
     * @param height        the height in pixels
     * @param parameters    the parameters
     * @return the movie
     */
    public static Flash of(String flashMovieUrl, int width, int height, ApplicationParameter... parameters) {
        return new Flash(flashMovieUrl, Integer.toString(width), Integer.toString(height), List.of(parameters));
    }
}
