package mturk.reactive.model.question;

import java.util.List;
import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A bulleted list, {@code <List><ListItem>…</ListItem>…</List>} (boto2's {@code List}).
 *
 * @param items the list items in order; at least one; each plain text
 */
public record BulletList(List<String> items) implements ContentItem {

    /**
     * Validates and copies the items.
     *
     * @param items the list items in order; at least one; each plain text
     * @throws IllegalArgumentException when the list is empty or an item is null or not representable in XML
     */
    public BulletList {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("List items must not be empty (the schema requires 1 ListItem or more)");
        }
        for (int i = 0; i < items.size(); i++) {
            XmlChars.requireText("ListItem[" + i + "]", items.get(i));
        }
    }

    /**
     * A list of the given items.
     *
     * @param items the items
     * @return the list
     */
    public static BulletList of(String... items) {
        return new BulletList(List.of(items));
    }
}
