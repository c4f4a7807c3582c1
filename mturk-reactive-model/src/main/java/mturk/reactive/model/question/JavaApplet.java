package mturk.reactive.model.question;

import java.util.List;
import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A Java applet: {@code <Application><JavaApplet><AppletPath/><AppletFilename/><Width/><Height/>
 * <ApplicationParameter/>*</JavaApplet></Application>}.
 *
 * @param appletPath     the http(s) URL of the directory holding the applet
 * @param appletFilename the applet's file name; not blank
 * @param width          the width; not blank
 * @param height         the height; not blank
 * @param parameters     the parameters in order; copied
 */
public record JavaApplet(String appletPath, String appletFilename, String width, String height,
                         List<ApplicationParameter> parameters) implements Application {

    /**
     * Validates and copies the components.
     *
     * @param appletPath the http(s) URL of the directory holding the applet
     * @param appletFilename the applet's file name; not blank
     * @param width the width; not blank
     * @param height the height; not blank
     * @param parameters the parameters in order; copied
     * @throws IllegalArgumentException when the path is not http(s) or a value is blank or not representable in XML
     */
    public JavaApplet {
        XmlChars.requireHttpUrl("JavaApplet.appletPath", appletPath);
        XmlChars.requireNonBlank("JavaApplet.appletFilename", appletFilename);
        XmlChars.requireNonBlank("JavaApplet.width", width);
        XmlChars.requireNonBlank("JavaApplet.height", height);
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * An applet with pixel dimensions.
     *
     * @param appletPath     the directory URL
     * @param appletFilename the file name
     * @param width          the width in pixels
     * @param height         the height in pixels
     * @param parameters     the parameters
     * @return the applet
     */
    public static JavaApplet of(String appletPath, String appletFilename, int width, int height,
                                ApplicationParameter... parameters) {
        return new JavaApplet(appletPath, appletFilename, Integer.toString(width), Integer.toString(height),
                List.of(parameters));
    }
}
