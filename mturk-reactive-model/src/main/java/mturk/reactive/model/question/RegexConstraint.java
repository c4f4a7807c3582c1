package mturk.reactive.model.question;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * The answer must match a regular expression: {@code <AnswerFormatRegex regex=".." errorText=".." flags=".."/>}
 * (boto2's {@code RegExConstraint}). The attribute values are escaped when written (boto2 writes them raw).
 *
 * <p>Because XML parsers turn tabs and line breaks in attribute values into spaces, the three values must not hold
 * them (write {@code \t} or {@code \n} in the pattern instead).
 *
 * @param regex     the pattern (the service evaluates it as a JavaScript regular expression); not empty
 * @param errorText the message shown when the answer does not match, or null for the service's default
 * @param flags     the flags, such as {@code i} for case-insensitive, or null for none
 */
public record RegexConstraint(String regex, String errorText, String flags) {

    /**
     * Validates the components.
     *
     * @param regex the pattern (the service evaluates it as a JavaScript regular expression); not empty
     * @param errorText the message shown when the answer does not match, or null for the service's default
     * @param flags the flags, such as {@code i} for case-insensitive, or null for none
     * @throws IllegalArgumentException when the regex is empty, or a value holds a tab, line break or a character
     *                                  XML cannot carry
     */
    public RegexConstraint {
        XmlChars.requireAttributeText("AnswerFormatRegex.regex", regex);
        if (regex.isEmpty()) {
            throw new IllegalArgumentException("AnswerFormatRegex.regex must not be empty");
        }
        if (errorText != null) {
            XmlChars.requireAttributeText("AnswerFormatRegex.errorText", errorText);
        }
        if (flags != null) {
            XmlChars.requireAttributeText("AnswerFormatRegex.flags", flags);
        }
    }

    /**
     * A pattern without error text or flags.
     *
     * @param regex the pattern
     * @return the constraint
     */
    public static RegexConstraint of(String regex) {
        return new RegexConstraint(regex, null, null);
    }

    /**
     * Compiles the pattern with {@link java.util.regex.Pattern}, honouring the {@code i} flag. Java and JavaScript
     * syntax agree on common patterns only; a simulator uses this to check answers.
     *
     * @return the compiled pattern
     * @throws IllegalArgumentException when Java cannot compile the pattern
     */
    public Pattern toPattern() {
        int f = flags != null && flags.indexOf('i') >= 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            return Pattern.compile(regex, f);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("AnswerFormatRegex.regex does not compile in Java: " + e.getMessage(),
                    e);
        }
    }
}
