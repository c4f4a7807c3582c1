package mturk.reactive.model.question;

import java.util.List;

/**
 * What a {@link Question} shows the worker, {@code <QuestionContent>…</QuestionContent>}: content items in order.
 *
 * @param items the items; at least one (the schema's {@code ContentType} needs one); copied
 */
public record QuestionContent(List<ContentItem> items) {

    /**
     * Validates and copies the items.
     *
     * @param items the items; at least one (the schema's {@code ContentType} needs one); copied
     * @throws IllegalArgumentException when there is no item or an item is null
     */
    public QuestionContent {
        items = ContentChecks.items("QuestionContent", items);
    }

    /**
     * Content of the given items.
     *
     * @param items the items, in order
     * @return the content
     */
    public static QuestionContent of(ContentItem... items) {
        return new QuestionContent(List.of(items));
    }

    /**
     * The common case: a title and a text.
     *
     * @param title the {@code <Title>}
     * @param text  the {@code <Text>}
     * @return the content
     */
    public static QuestionContent of(String title, String text) {
        return of(SimpleField.title(title), SimpleField.text(text));
    }
}
