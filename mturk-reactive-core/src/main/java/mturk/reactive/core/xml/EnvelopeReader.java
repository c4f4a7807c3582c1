package mturk.reactive.core.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.ServiceError;

/**
 * Reads the root of a 2014-08-15 REST response and routes its payload to the operation's readers.
 *
 * <pre>{@code
 * <{Op}Response>
 *   <OperationRequest><RequestId>…</RequestId><Errors>…</Errors>?</OperationRequest>
 *   <{Result}>
 *     <Request><IsValid>True|False</IsValid><Errors><Error><Code/><Message/><Data><Key/><Value/></Data>*</Error>+</Errors>?</Request>
 *     <NumResults/><TotalNumResults/><PageNumber/>   (paged results)
 *     … payload …
 *   </{Result}>
 * </{Op}Response>
 * }</pre>
 * Also the post-2019 shape {@code <Response><Errors>…</Errors><RequestID>…</RequestID></Response>}.
 *
 * <p>Records are {@linkplain Consumer emitted} as soon as they are complete, unless an error was already seen.
 * On the root's end tag it either throws {@link MTurkServiceException} (non-2xx status, {@code IsValid=False}, or any
 * {@code Error}, wherever it sits), or emits a {@link ResponseSummary} as the last element. Errors are never found by
 * searching text: only the elements above count. Element order is free; unknown elements are skipped.
 *
 * @param <T> the record type of the operation
 */
public final class EnvelopeReader<T> implements RecordReader<Object> {

    private final String operation;
    private final int statusCode;
    private final ResponseSpec<T> spec;
    private final Consumer<Object> emitter;
    private final List<ServiceError> errors = new ArrayList<>(1);

    private String requestId;
    private boolean invalid;
    private boolean resultSeen;
    private int pageNumber = -1;
    private int numResults = -1;
    private int totalNumResults = -1;
    private int itemsRead;

    /**
     * @param operation  wire name of the operation, for error messages
     * @param statusCode HTTP status of the response: anything but 2xx makes it an error whatever the body says, and
     *                   suppresses records
     * @param spec       where the payload is
     * @param emitter    receives each record, then the {@link ResponseSummary}
     */
    public EnvelopeReader(String operation, int statusCode, ResponseSpec<T> spec, Consumer<Object> emitter) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.statusCode = statusCode;
        this.spec = Objects.requireNonNull(spec, "spec");
        this.emitter = Objects.requireNonNull(emitter, "emitter");
    }

    private boolean failed() {
        return invalid || !errors.isEmpty() || statusCode < 200 || statusCode > 299;
    }

    /** @return the request id read so far, or {@code null} */
    public String requestId() {
        return requestId;
    }

    /** @return the errors read so far (live list) */
    public List<ServiceError> errors() {
        return errors;
    }

    @Override
    public Child child(String name) {
        if (name.equals(spec.resultElement())) {
            resultSeen = true;
            return Child.record(new ResultReader(), r -> { });
        }
        if (name.equals(operation + "Result")) {
            // The documentation's samples of GetQualificationScore and GetQualificationType wrap the record in an
            // {Op}Result element that the XSD does not have (mturk-legacy-api §3.12, §8): read through it.
            return Child.record(new WrapperReader(), r -> { });
        }
        return switch (name) {
            case "OperationRequest" -> Child.record(new RequestReader(), r -> { });
            case "RequestId", "RequestID" -> Child.text(t -> requestId = t.strip());
            case "Errors" -> Child.record(new ErrorsReader(errors), r -> { });
            default -> Child.skip();
        };
    }

    @Override
    public Object finish() {
        if (failed()) {
            throw new MTurkServiceException(operation, statusCode, requestId, errors);
        }
        if (!resultSeen) {
            throw new MalformedResponseException("response to " + operation + " has no <" + spec.resultElement()
                    + "> element" + (requestId == null ? "" : " (request id " + requestId + ")"), null);
        }
        emitter.accept(new ResponseSummary(requestId, pageNumber,
                numResults >= 0 ? numResults : itemsRead, totalNumResults));
        return null;
    }

    /** An {@code {Op}Result} wrapper around the payload: its {@code Request}, then children read as at the root. */
    private final class WrapperReader implements RecordReader<Object> {
        @Override
        public Child child(String name) {
            return "Request".equals(name) ? Child.record(new RequestReader(), r -> { }) : EnvelopeReader.this.child(name);
        }

        @Override
        public Object finish() {
            return null;
        }
    }

    /** {@code OperationRequest} and the result's {@code Request}: request id, validity, errors. */
    private final class RequestReader implements RecordReader<Object> {
        @Override
        public Child child(String name) {
            return switch (name) {
                case "RequestId", "RequestID" -> Child.text(t -> requestId = t.strip());
                case "IsValid" -> Child.text(t -> {
                    if (!Values.bool("IsValid", t)) {
                        invalid = true;
                    }
                });
                case "Errors" -> Child.record(new ErrorsReader(errors), r -> { });
                default -> Child.skip();
            };
        }

        @Override
        public Object finish() {
            return null;
        }
    }

    /** The result element: its {@code Request}, paging fields, and the payload. */
    private final class ResultReader implements RecordReader<Object> {
        private final RecordReader<? extends T> record = spec.isItems() || spec.reader() == null
                ? null : spec.reader().get();
        private final Consumer<T> itemSink = item -> {
            itemsRead++;
            if (!failed()) {
                emitter.accept(item);
            }
        };

        @Override
        public Child child(String name) {
            if (name.equals("Request")) {
                return Child.record(new RequestReader(), r -> { });
            }
            if (spec.isItems()) {
                if (name.equals(spec.itemElement())) {
                    return Child.record(spec.reader().get(), itemSink);
                }
                return switch (name) {
                    case "NumResults" -> Child.text(t -> numResults = Values.integer(name, t));
                    case "TotalNumResults" -> Child.text(t -> totalNumResults = Values.integer(name, t));
                    case "PageNumber" -> Child.text(t -> pageNumber = Values.integer(name, t));
                    default -> Child.skip();
                };
            }
            return record == null || failed() ? Child.skip() : record.child(name);
        }

        @Override
        public Child child(String name, XmlAttributes attributes) {
            if (record != null && !name.equals("Request") && !failed()) {
                return record.child(name, attributes);
            }
            return child(name);
        }

        @Override
        public void text(int id, String text) {
            // fields of the single record, which this reader's child() delegated to it
            record.text(id, text);
        }

        @Override
        public Object finish() {
            if (record != null && !failed()) {
                T value = record.finish();
                if (value != null) {
                    emitter.accept(value);
                }
            }
            return null;
        }
    }

    /** {@code Errors}: one {@link ServiceError} per {@code Error}. */
    private static final class ErrorsReader implements RecordReader<Object> {
        private final List<ServiceError> sink;

        ErrorsReader(List<ServiceError> sink) {
            this.sink = sink;
        }

        @Override
        public Child child(String name) {
            return name.equals("Error") ? Child.record(new ErrorReader(), sink::add) : Child.skip();
        }

        @Override
        public Object finish() {
            return null;
        }
    }

    /** {@code Error}: {@code Code}, {@code Message}, {@code Data*}. */
    private static final class ErrorReader implements RecordReader<ServiceError> {
        private String code = "";
        private String message = "";
        private final Map<String, String> data = new LinkedHashMap<>();

        @Override
        public Child child(String name) {
            return switch (name) {
                case "Code" -> Child.text(t -> code = t.strip());
                case "Message" -> Child.text(t -> message = t.strip());
                case "Data" -> Child.record(new DataReader(), e -> data.putIfAbsent(e[0], e[1]));
                default -> Child.skip();
            };
        }

        @Override
        public ServiceError finish() {
            return new ServiceError(code, message, data);
        }
    }

    /** {@code Data}: one {@code Key}/{@code Value} pair. */
    private static final class DataReader implements RecordReader<String[]> {
        private String key = "";
        private String value = "";

        @Override
        public Child child(String name) {
            return switch (name) {
                case "Key" -> Child.text(t -> key = t.strip());
                case "Value" -> Child.text(t -> value = t);
                default -> Child.skip();
            };
        }

        @Override
        public String[] finish() {
            return new String[] {key, value};
        }
    }
}
