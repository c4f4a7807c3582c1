package mturk.reactive.core.xml;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link RecordReader}'s answer to "a child element started: how do I read it?".
 *
 * <ul>
 *   <li>{@link #text(Consumer)}: a leaf; its text (every piece up to the end tag, joined) is handed to the sink.
 *       Elements nested inside a text leaf are skipped.</li>
 *   <li>{@link #field(int)}: a leaf whose text goes back to the reader itself, {@link RecordReader#text(int, String)}
 *       (shared constants: nothing is allocated per element).</li>
 *   <li>{@link #record(RecordReader, Consumer)}: a nested structure, read by another reader whose record is handed to
 *       the sink on the child's end tag (for example a {@code Reward} inside a {@code HIT}).</li>
 *   <li>{@link #skip()}: ignore the element and everything inside it.</li>
 * </ul>
 */
public sealed interface Child {

    /** @return ignore this element and its whole subtree */
    static Child skip() {
        return Skip.INSTANCE;
    }

    /**
     * @param sink receives the element's complete text (possibly empty, never {@code null}) on its end tag
     * @return read this element as a text leaf
     */
    static Child text(Consumer<String> sink) {
        return new Text(sink);
    }

    /**
     * A text leaf whose text goes back to the reader that asked, as {@link RecordReader#text(int, String)} with this
     * id: the allocation-free form of {@link #text(Consumer)} for readers on hot paths. The instances are shared
     * constants, so a reader can return them from {@code child} without building anything.
     *
     * @param id the reader's own number for the element, 0 to 63
     * @return read this element as a text leaf handed to the reader under {@code id}
     */
    static Child field(int id) {
        if (id < 0 || id >= Field.CACHED.length) {
            throw new IllegalArgumentException("field id must be 0 to " + (Field.CACHED.length - 1) + ", was " + id);
        }
        return Field.CACHED[id];
    }

    /**
     * @param reader a fresh reader for this element
     * @param sink   receives the reader's record on the element's end tag (not called if the record is {@code null})
     * @param <R>    the record type
     * @return read this element with {@code reader}
     */
    static <R> Child record(RecordReader<R> reader, Consumer<? super R> sink) {
        return new Nested<>(reader, sink);
    }

    /** The element is skipped. */
    final class Skip implements Child {
        static final Skip INSTANCE = new Skip();

        private Skip() {
        }
    }

    /** The element is a text leaf handed back to the asking reader under {@link #id()}. */
    final class Field implements Child {
        private static final Field[] CACHED = new Field[64];

        static {
            for (int i = 0; i < CACHED.length; i++) {
                CACHED[i] = new Field(i);
            }
        }

        private final int id;

        private Field(int id) {
            this.id = id;
        }

        /** @return the reader's number for the element */
        public int id() {
            return id;
        }
    }

    /**
     * The element is a text leaf.
     *
     * @param sink receives the text
     */
    record Text(Consumer<String> sink) implements Child {
        /**
     * Checks the sink.
     *
     * @param sink receives the text
     */
        public Text {
            Objects.requireNonNull(sink, "sink");
        }
    }

    /**
     * The element is read by a nested reader.
     *
     * @param reader the reader
     * @param sink   receives its record
     * @param <R>    the record type
     */
    record Nested<R>(RecordReader<R> reader, Consumer<? super R> sink) implements Child {
        /**
     * Checks the fields.
     *
     * @param reader the reader
     * @param sink receives its record
     */
        public Nested {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(sink, "sink");
        }
    }
}
