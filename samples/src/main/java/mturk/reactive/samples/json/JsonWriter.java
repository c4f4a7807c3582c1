package mturk.reactive.samples.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A minimal streaming JSON writer: objects, arrays, strings, numbers, booleans and null, written straight to an
 * {@link Appendable} with no intermediate tree, so a line costs only what it prints.
 *
 * <p>Strings are escaped as RFC 8259 requires ({@code "}, {@code \}, control characters), plus U+2028/U+2029 so that
 * a line is also valid JavaScript. The writer checks nesting (a name only inside an object, values separated
 * correctly) and throws {@link IllegalStateException} on misuse. I/O failures surface as {@link UncheckedIOException}.
 * It does not close or flush the target.
 */
public final class JsonWriter {

    private enum Scope { OBJECT, ARRAY }

    private final Appendable out;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean nameWritten;
    private boolean rootWritten;

    /** Creates a writer appending to {@code out}. */
    public JsonWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Starts an object ({@code {}). */
    public JsonWriter beginObject() {
        beforeValue();
        raw('{');
        scopes.push(Scope.OBJECT);
        first.push(true);
        return this;
    }

    /** Ends the current object. */
    public JsonWriter endObject() {
        end(Scope.OBJECT, '}');
        return this;
    }

    /** Starts an array ({@code [}). */
    public JsonWriter beginArray() {
        beforeValue();
        raw('[');
        scopes.push(Scope.ARRAY);
        first.push(true);
        return this;
    }

    /** Ends the current array. */
    public JsonWriter endArray() {
        end(Scope.ARRAY, ']');
        return this;
    }

    /** Writes a member name; the next call must write its value. */
    public JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        if (scopes.peek() != Scope.OBJECT || nameWritten) {
            throw new IllegalStateException("a name is only allowed directly inside an object, before its value");
        }
        separator();
        string(name);
        raw(':');
        nameWritten = true;
        return this;
    }

    /** Writes a string value, or {@code null} when {@code value} is null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    /** Writes a number value in plain notation (no exponent), or {@code null}. */
    public JsonWriter value(BigDecimal value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        raw(value.toPlainString());
        return this;
    }

    /** Writes an integer value. */
    public JsonWriter value(long value) {
        beforeValue();
        raw(Long.toString(value));
        return this;
    }

    /** Writes a boolean value. */
    public JsonWriter value(boolean value) {
        beforeValue();
        raw(value ? "true" : "false");
        return this;
    }

    /**
     * Writes an already rendered JSON value as it is (for instance a line of {@code AssignmentJson}). The caller
     * vouches that {@code json} is one complete JSON value.
     */
    public JsonWriter rawValue(String json) {
        beforeValue();
        raw(json);
        return this;
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() {
        beforeValue();
        raw("null");
        return this;
    }

    /** Writes {@code "name": value} for a string member, omitting the member when {@code value} is null. */
    public JsonWriter member(String name, String value) {
        if (value != null) {
            name(name).value(value);
        }
        return this;
    }

    /** Returns whether a complete top-level value has been written. */
    public boolean isComplete() {
        return rootWritten && scopes.isEmpty();
    }

    private void end(Scope scope, char closing) {
        if (scopes.peek() != scope || nameWritten) {
            throw new IllegalStateException("cannot close " + scope + " here");
        }
        scopes.pop();
        first.pop();
        raw(closing);
    }

    private void beforeValue() {
        Scope scope = scopes.peek();
        if (scope == null) {
            if (rootWritten) {
                throw new IllegalStateException("only one top-level value per writer");
            }
            rootWritten = true;
        } else if (scope == Scope.OBJECT) {
            if (!nameWritten) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            nameWritten = false;
        } else {
            separator();
        }
    }

    private void separator() {
        if (first.peek()) {
            first.pop();
            first.push(false);
        } else {
            raw(',');
        }
    }

    private void string(String s) {
        try {
            out.append('"');
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String escape = escapeOf(c);
                if (escape != null) {
                    out.append(s, start, i).append(escape);
                    start = i + 1;
                }
            }
            out.append(s, start, s.length()).append('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\u2028': return "\\u2028";
            case '\u2029': return "\\u2029";
            default:
                return c < 0x20 ? String.format("\\u%04x", (int) c) : null;
        }
    }

    private void raw(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void raw(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
