package mturk.reactive.core.xml;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where an operation's payload sits in the {@code {Op}Response} envelope and which reader reads it.
 *
 * <ul>
 *   <li>{@link #result}: the result element itself is the record, as {@code HIT} for CreateHIT/GetHIT,
 *       {@code QualificationType}, or {@code GetAccountBalanceResult} (read by a reader of its children). The
 *       {@code Request} child (validity and errors) is handled by the envelope, never seen by the reader.</li>
 *   <li>{@link #items}: the result element holds paging fields ({@code NumResults}, {@code TotalNumResults},
 *       {@code PageNumber}) and repeated item elements, each read by a fresh reader and emitted as soon as its end tag
 *       is parsed, as {@code HIT} in {@code SearchHITsResult}.</li>
 *   <li>{@link #empty}: the result carries nothing but {@code Request}, as {@code ApproveAssignmentResult}.</li>
 * </ul>
 *
 * @param resultElement name of the result element directly under the root
 * @param itemElement   name of the repeated item element ({@link #items} only), else {@code null}
 * @param reader        creates one reader per result ({@link #result}) or per item ({@link #items}); {@code null}
 *                      for {@link #empty}
 * @param <T>           the record type produced
 */
public record ResponseSpec<T>(String resultElement, String itemElement,
                              Supplier<? extends RecordReader<? extends T>> reader) {

    /**
     * Checks the fields.
     *
     * @param resultElement the result element
     * @param itemElement the item element, or {@code null}
     * @param reader the reader factory, or {@code null} for {@link #empty}
     */
    public ResponseSpec {
        Objects.requireNonNull(resultElement, "resultElement");
        if (itemElement != null) {
            Objects.requireNonNull(reader, "reader");
        }
    }

    /**
     * @param resultElement the element that is the record, e.g. {@code HIT}
     * @param reader        creates a reader for it
     * @param <T>           the record type
     * @return a spec producing one record
     */
    public static <T> ResponseSpec<T> result(String resultElement, Supplier<? extends RecordReader<? extends T>> reader) {
        return new ResponseSpec<>(resultElement, null, Objects.requireNonNull(reader, "reader"));
    }

    /**
     * @param resultElement the result element, e.g. {@code SearchHITsResult}
     * @param itemElement   the repeated element, e.g. {@code HIT}
     * @param reader        creates a reader per item
     * @param <T>           the item type
     * @return a spec producing zero or more records plus paging fields
     */
    public static <T> ResponseSpec<T> items(String resultElement, String itemElement,
                                            Supplier<? extends RecordReader<? extends T>> reader) {
        return new ResponseSpec<>(resultElement, Objects.requireNonNull(itemElement, "itemElement"), reader);
    }

    /**
     * @param resultElement the result element, e.g. {@code ApproveAssignmentResult}
     * @return a spec producing no record
     */
    public static ResponseSpec<Void> empty(String resultElement) {
        return new ResponseSpec<>(resultElement, null, null);
    }

    /** @return whether this spec reads repeated items with paging fields */
    public boolean isItems() {
        return itemElement != null;
    }
}
