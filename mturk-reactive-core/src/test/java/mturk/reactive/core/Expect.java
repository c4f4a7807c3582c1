package mturk.reactive.core;

import java.util.Map;
import java.util.TreeMap;

/** Builds expected parameter maps for client tests. */
final class Expect {

    private Expect() {
    }

    /**
     * @param namesAndValues name, value, name, value, …
     * @return the sorted map
     */
    static Map<String, String> params(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments");
        }
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (m.put(namesAndValues[i], namesAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("duplicate " + namesAndValues[i]);
            }
        }
        return m;
    }
}
