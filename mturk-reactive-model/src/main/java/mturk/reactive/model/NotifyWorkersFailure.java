package mturk.reactive.model;


/**
 * A worker {@code NotifyWorkers} could not reach ({@code NotifyWorkersFailureStatus}).
 *
 * @param code the failure code ({@code NotifyWorkersFailureCode}); nullable; filled from {@code codeWire} when null
 * @param codeWire the exact wire string of {@code code}; filled from {@code code} when null
 * @param message the failure message; nullable
 * @param workerId the worker; nullable
 */
public record NotifyWorkersFailure(NotifyWorkersFailureCode code,
                                   String codeWire,
                                   String message,
                                   String workerId) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param code the failure code ({@code NotifyWorkersFailureCode}); nullable; filled from {@code codeWire} when
     *   null
     * @param codeWire the exact wire string of {@code code}; filled from {@code code} when null
     * @param message the failure message; nullable
     * @param workerId the worker; nullable
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public NotifyWorkersFailure {
        code = WireEnums.resolve(code, codeWire, NotifyWorkersFailureCode::fromWire);
        codeWire = WireEnums.wire("code", code, codeWire, NotifyWorkersFailureCode::fromWire);
    }
}
