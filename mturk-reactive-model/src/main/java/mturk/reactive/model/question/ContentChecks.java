package mturk.reactive.model.question;

import java.util.List;
import java.util.Objects;

/** Checks shared by the two content holders. */
final class ContentChecks {

    private ContentChecks() {
    }

    static List<ContentItem> items(String owner, List<ContentItem> items) {
        Objects.requireNonNull(items, owner + ".items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException(owner + " must hold at least one content item");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new IllegalArgumentException(owner + ".items[" + i + "] must not be null");
            }
        }
        return List.copyOf(items);
    }
}
