package mturk.reactive.core.xml;

/**
 * The last element the envelope emits for a successful response, after every record: the request id and, for
 * {@link ResponseSpec#items} responses, the paging fields.
 *
 * @param requestId       {@code OperationRequest/RequestId}, or {@code null} if absent
 * @param pageNumber      {@code PageNumber}, or -1 if absent
 * @param numResults      {@code NumResults}, or the number of items read if absent
 * @param totalNumResults {@code TotalNumResults}, or -1 if absent
 */
public record ResponseSummary(String requestId, int pageNumber, int numResults, int totalNumResults) {
}
