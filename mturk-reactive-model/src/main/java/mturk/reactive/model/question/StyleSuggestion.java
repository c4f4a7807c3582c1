package mturk.reactive.model.question;

/** How a {@link SelectionAnswerSpec} should be displayed, {@code <StyleSuggestion>}; only a suggestion. */
public enum StyleSuggestion {
    /** Radio buttons: one choice. */
    RADIOBUTTON("radiobutton"),
    /** A drop-down menu. */
    DROPDOWN("dropdown"),
    /** Check boxes: several choices. */
    CHECKBOX("checkbox"),
    /** A list box. */
    LIST("list"),
    /** A text field with a drop-down menu. */
    COMBOBOX("combobox"),
    /** A list allowing several choices. */
    MULTICHOOSER("multichooser");

    private final String wireName;

    StyleSuggestion(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The value written in the XML.
     *
     * @return for example {@code radiobutton}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The style of a wire value.
     *
     * @param wireName for example {@code checkbox}
     * @return the style
     * @throws IllegalArgumentException listing the accepted values when {@code wireName} is none of them
     */
    public static StyleSuggestion fromWireName(String wireName) {
        for (StyleSuggestion s : values()) {
            if (s.wireName.equals(wireName)) {
                return s;
            }
        }
        throw new IllegalArgumentException("StyleSuggestion '" + wireName + "' not recognized; should be one of "
                + "radiobutton, dropdown, checkbox, list, combobox, multichooser");
    }
}
