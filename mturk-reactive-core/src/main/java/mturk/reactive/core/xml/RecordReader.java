package mturk.reactive.core.xml;

/**
 * A small state machine that turns the XML of one element into one immutable record.
 *
 * <p>The {@link XmlDecoder} drives it: {@link #child(String, XmlAttributes)} for every direct child element
 * (the reader answers how to read it, see {@link Child}), then {@link #finish()} on the reader's own end tag.
 * The decoder counts depth, accumulates text split across buffers, and skips whatever the reader
 * {@linkplain Child#skip() skips}, so a reader only ever sees its direct children, and unknown elements (new server
 * fields) never break it. A reader is used for exactly one element: create a fresh one per element (readers are
 * obtained from a {@code Supplier}, never shared).
 *
 * <p>A typical reader, for {@code <AvailableBalance><Amount>1.50</Amount><CurrencyCode>USD</CurrencyCode>
 * <FormattedPrice>$1.50</FormattedPrice></AvailableBalance>}:
 *
 * <pre>{@code
 * final class PriceReader implements RecordReader<Price> {
 *     private BigDecimal amount;
 *     private String currency;
 *     private String formatted;
 *
 *     public Child child(String name) {
 *         return switch (name) {
 *             case "Amount" -> Child.text(t -> amount = Values.decimal(name, t));
 *             case "CurrencyCode" -> Child.text(t -> currency = t);
 *             case "FormattedPrice" -> Child.text(t -> formatted = t);
 *             default -> Child.skip();
 *         };
 *     }
 *
 *     public Price finish() {
 *         return new Price(Values.required("Amount", amount), currency, formatted);
 *     }
 * }
 * }</pre>
 *
 * <p>Exceptions thrown by a reader (an {@link IllegalArgumentException} from a record's compact constructor, a
 * parse failure in {@link Values}) fail the response with a
 * {@link mturk.reactive.core.MalformedResponseException} naming the element.
 *
 * @param <T> the record type
 */
public interface RecordReader<T> {

    /**
     * A direct child element of this reader's element started.
     *
     * @param name the child's local name (namespaces are ignored)
     * @return how to read the child: {@link Child#text}, {@link Child#record}, or {@link Child#skip()}
     */
    Child child(String name);

    /**
     * Like {@link #child(String)}, with the child's attributes (valid only during this call). The legacy REST
     * responses carry almost no attributes, so the default ignores them.
     *
     * @param name       the child's local name
     * @param attributes the child's attributes
     * @return how to read the child
     */
    default Child child(String name, XmlAttributes attributes) {
        return child(name);
    }

    /**
     * The complete text of a child this reader answered with {@link Child#field(int)}, on the child's end tag.
     *
     * @param id   the id given to {@link Child#field(int)}
     * @param text the child's text (possibly empty, never {@code null})
     * @throws UnsupportedOperationException by default: a reader that returns fields must override this
     */
    default void text(int id, String text) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " returned Child.field(" + id
                + ") but does not read fields");
    }

    /**
     * This reader's end tag was parsed: build the record. Text directly inside this element (mixed content) is
     * ignored.
     *
     * @return the record, or {@code null} to produce nothing
     */
    T finish();
}
