package mturk.reactive.model.request;

import java.util.List;
import mturk.reactive.model.HelpType;
import mturk.reactive.model.Limits;

/**
 * The parameters of {@code Help}: descriptions of operations or response groups. Default help type:
 * {@code Operation} (boto2's).
 *
 * @param about the operation or response-group names ({@code About}); at least one
 * @param helpType what the names denote; default {@code Operation}
 */
public record HelpRequest(List<String> about,
                          HelpType helpType) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param about the operation or response-group names ({@code About}); at least one
     * @param helpType what the names denote; default {@code Operation}
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public HelpRequest {
        about = about == null ? List.of()
                : List.copyOf(Limits.noNullElements("about", about));
        Limits.size("about", about, 1, Integer.MAX_VALUE);
        about.forEach(a -> Limits.requireNonBlank("about", a));
        helpType = Limits.known("helpType", RequestRules.orDefault(helpType, HelpType.OPERATION));
    }
}
