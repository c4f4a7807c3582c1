package mturk.reactive.benchmarks.report;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The heap size of the distinct strings a decoded record holds (record components, list elements and nested records
 * walked recursively), for the "bytes allocated per record beyond its strings" figure. A string is counted as a
 * 24-byte {@code String} plus its 16-byte-header {@code byte[]} (Latin-1 or UTF-16), rounded up to 8 bytes, as on a
 * 64-bit JVM with compressed pointers; a string shared by several records is counted once.
 */
public final class StringBytes {

    private StringBytes() {
    }

    /** The size of the distinct strings reachable from {@code roots}. */
    public static long of(Collection<?> roots) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        long total = 0;
        for (Object root : roots) {
            total += walk(root, seen);
        }
        return total;
    }

    private static long walk(Object value, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return 0;
        }
        if (value instanceof String string) {
            return size(string);
        }
        if (value instanceof Collection<?> collection) {
            long total = 0;
            for (Object element : collection) {
                total += walk(element, seen);
            }
            return total;
        }
        if (value instanceof Record record) {
            long total = 0;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    total += walk(component.getAccessor().invoke(record), seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return total;
        }
        return 0;
    }

    /** The heap bytes of one string. */
    static long size(String string) {
        boolean latin1 = string.chars().allMatch(c -> c < 256);
        long array = 16L + (latin1 ? string.length() : 2L * string.length());
        return 24 + ((array + 7) & ~7L);
    }
}
