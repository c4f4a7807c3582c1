package mturk.reactive.benchmarks.bodies;

import java.util.SplittableRandom;

/** Word material for free-text answers and HIT texts, including characters that must be escaped and non-ASCII ones. */
final class Words {

    private static final String[] WORDS = {
        "the", "photo", "shows", "a", "small", "red", "car", "parked", "near", "street", "corner", "and", "two",
        "people", "walking", "dog", "it", "looks", "like", "late", "afternoon", "light", "is", "warm", "sign",
        "reads", "\"Café & Bar\"", "price", "<5", "dollars", "café", "naïve", "über", "rating:", "4/5", "I'm",
        "sure", "maybe", "background", "building", "trees", "sky", "clear", "text", "blurry", "O'Brien's",
        "A&B", "—", "x>y", "résumé", "label", "bottle", "table", "window", "receipt", "total", "$12.40",
    };

    private Words() {
    }

    /** A sentence of roughly {@code approxChars} characters, ending with a full stop. */
    static String sentence(SplittableRandom random, int approxChars) {
        StringBuilder text = new StringBuilder(approxChars + 16);
        while (text.length() < approxChars) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.append('.').toString();
    }
}
