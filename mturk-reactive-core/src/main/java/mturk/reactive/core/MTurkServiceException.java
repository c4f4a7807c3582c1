package mturk.reactive.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service answered, and the answer is an error: a non-2xx HTTP status, {@code Request/IsValid=False}, or an
 * {@code Errors} element anywhere in the envelope (inside {@code OperationRequest}, inside the result's
 * {@code Request}, or directly under the root as in the post-2019 {@code Response/Errors} shape).
 *
 * <p>It carries every error of the body, in document order. A body that is not XML (an HTML 502 page from a proxy,
 * say) still gives this exception, with the status and no errors.
 */
public class MTurkServiceException extends MTurkException {

    private static final long serialVersionUID = 1L;

    /** Code of a throttled or overloaded service. */
    public static final String SERVICE_UNAVAILABLE = "AWS.ServiceUnavailable";
    /** Code of a CreateHIT replay with an already used {@code UniqueRequestToken}; {@code Data} key {@code HITId}. */
    public static final String HIT_ALREADY_EXISTS = "AWS.MechanicalTurk.HitAlreadyExists";
    /** Code of an ExtendHIT or GrantBonus replay with an already used {@code UniqueRequestToken}. */
    public static final String DUPLICATE_CALL = "AWS.MechanicalTurk.DuplicateCall";

    /** HTTP status. */
    private final int statusCode;
    /** Request id, or null. */
    private final String requestId;
    /** Wire name of the operation. */
    private final String operation;
    private final transient List<ServiceError> errors;

    /**
     * @param operation  the wire name of the operation, e.g. {@code GetAccountBalance}
     * @param statusCode the HTTP status of the response
     * @param requestId  the {@code RequestId}/{@code RequestID} of the response, or {@code null} if absent
     * @param errors     every error of the body in document order, possibly empty
     */
    public MTurkServiceException(String operation, int statusCode, String requestId, List<ServiceError> errors) {
        this(operation, statusCode, requestId, errors, null);
    }

    /**
     * @param operation  the wire name of the operation
     * @param statusCode the HTTP status of the response
     * @param requestId  the request id, or {@code null}
     * @param errors     every error of the body, possibly empty
     * @param cause      why the body could not be read (a non-XML error page, say), or {@code null}
     */
    public MTurkServiceException(String operation, int statusCode, String requestId, List<ServiceError> errors,
                                 Throwable cause) {
        super(describe(operation, statusCode, requestId, errors), cause);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.errors = List.copyOf(errors);
    }

    private static String describe(String operation, int status, String requestId, List<ServiceError> errors) {
        StringBuilder b = new StringBuilder(operation).append(" failed: HTTP ").append(status);
        if (requestId != null) {
            b.append(", request id ").append(requestId);
        }
        if (errors.isEmpty()) {
            b.append(", no error details in the response");
        }
        for (ServiceError e : errors) {
            b.append("; ").append(e.code()).append(": ").append(e.message());
        }
        return b.toString();
    }

    /** @return the wire name of the failed operation */
    public String operation() {
        return operation;
    }

    /** @return the HTTP status of the response (200 for ordinary request errors, 503 for throttling) */
    public int statusCode() {
        return statusCode;
    }

    /** @return the request id reported by the service, if any */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return every error of the body, in document order (unmodifiable, possibly empty) */
    public List<ServiceError> errors() {
        return errors;
    }

    /** @return the code of the first error, or an empty string if the body carried none */
    public String errorCode() {
        return errors.isEmpty() ? "" : errors.get(0).code();
    }

    /**
     * Finds the first error with the given code, compared ignoring case.
     *
     * @param code an error code such as {@link #HIT_ALREADY_EXISTS}
     * @return that error, if present
     */
    public Optional<ServiceError> findError(String code) {
        for (ServiceError e : errors) {
            if (e.hasCode(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * For a CreateHIT replayed with a {@code UniqueRequestToken} the service has already seen, the id of the HIT that
     * the first call created (the {@code HITId} data of {@code AWS.MechanicalTurk.HitAlreadyExists}).
     *
     * @return the existing HIT id, if this is such an error and the id was reported
     */
    public Optional<String> existingHitId() {
        return findError(HIT_ALREADY_EXISTS)
                .or(() -> findError("AWS.MechanicalTurk.HITAlreadyExists"))
                .map(e -> e.data().get("HITId"));
    }

    /** @return whether the service throttled the request (HTTP 503 or {@code AWS.ServiceUnavailable}) */
    public boolean isThrottling() {
        return statusCode == 503 || findError(SERVICE_UNAVAILABLE).isPresent();
    }

    /** @return {@code true} for throttling and any 5xx status: the same request may succeed later */
    @Override
    public boolean isRetryable() {
        return isThrottling() || (statusCode >= 500 && statusCode <= 599);
    }
}
