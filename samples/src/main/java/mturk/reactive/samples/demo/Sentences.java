package mturk.reactive.samples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Random;

/**
 * The demo's work: short product reviews, each with the sentiment it was written to have, generated from a seed so
 * every run publishes the same batch.
 */
final class Sentences {

    /** One sentence to label, with the label it was written to have. */
    record Item(int number, String text, String label) {
    }

    static final List<String> LABELS = List.of("positive", "negative", "neutral");

    private static final String[] SUBJECTS = {"The battery", "The screen", "The delivery", "The price", "The manual",
        "The camera", "The keyboard", "The support team", "The packaging", "The speaker"};
    private static final String[][] PHRASES = {
        {"is wonderful", "exceeded my expectations", "works perfectly", "is a delight", "is excellent value"},
        {"broke after a week", "is a disappointment", "never worked properly", "is far too slow", "is awful"},
        {"arrived on Tuesday", "is about what I expected", "comes in grey", "is the usual size", "is unremarkable"}};
    private static final String[] ENDINGS = {".", " overall.", " so far.", " in my experience.", ", I would say."};

    private Sentences() {
    }

    /** The label of each of the {@code count} sentences of {@code seed}, by sentence text. */
    static Map<String, String> labels(int count, long seed) {
        return generate(count, seed).stream().collect(Collectors.toMap(Item::text, Item::label));
    }

    /** {@code count} items from {@code seed}. */
    static List<Item> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int label = random.nextInt(LABELS.size());
            String text = SUBJECTS[random.nextInt(SUBJECTS.length)] + " "
                    + PHRASES[label][random.nextInt(PHRASES[label].length)] + ENDINGS[random.nextInt(ENDINGS.length)];
            items.add(new Item(i, "#" + i + ": " + text, LABELS.get(label)));
        }
        return items;
    }
}
