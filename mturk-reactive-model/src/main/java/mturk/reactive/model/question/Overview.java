package mturk.reactive.model.question;

import java.util.List;

/**
 * Instructions or context shown between questions, {@code <Overview>…</Overview>}.
 *
 * @param items the content items in order; at least one; copied
 */
public record Overview(List<ContentItem> items) implements QuestionFormItem {

    /**
     * Validates and copies the items.
     *
     * @param items the content items in order; at least one; copied
     * @throws IllegalArgumentException when there is no item or an item is null
     */
    public Overview {
        items = ContentChecks.items("Overview", items);
    }

    /**
     * An overview of the given items.
     *
     * @param items the items, in order
     * @return the overview
     */
    public static Overview of(ContentItem... items) {
        return new Overview(List.of(items));
    }
}
