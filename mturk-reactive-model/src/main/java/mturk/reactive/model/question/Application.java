package mturk.reactive.model.question;

import java.util.List;

/**
 * An embedded application, {@code <Application><JavaApplet>…</JavaApplet></Application>} or
 * {@code <Application><Flash>…</Flash></Application>}. boto2's {@code JavaApplet} and {@code Flash} lose their
 * content (they render empty elements) and its base {@code Application} renders the invalid
 * {@code <Application><Application>}; these types write the elements the schema defines. Note that the service
 * stopped supporting applications on 2017-12-12.
 */
public sealed interface Application extends ContentItem permits JavaApplet, Flash {

    /**
     * The {@code <Width>} (the schema types it as a string, usually pixels).
     *
     * @return the width; not blank
     */
    String width();

    /**
     * The {@code <Height>}.
     *
     * @return the height; not blank
     */
    String height();

    /**
     * The parameters, in order.
     *
     * @return the parameters; never null
     */
    List<ApplicationParameter> parameters();
}
