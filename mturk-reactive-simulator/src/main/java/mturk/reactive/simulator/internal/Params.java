package mturk.reactive.simulator.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The decoded request parameters with validators that throw the documented errors
 * ({@code AWS.MissingParameters}, {@code AWS.ParameterOutOfRange}, {@code AWS.MechanicalTurk.InvalidParameterValue}).
 */
public final class Params {
    private final Map<String, String> values;

    /** Wraps decoded parameters (the map is copied). */
    public Params(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** All parameters as decoded. */
    public Map<String, String> all() {
        return values;
    }

    /** The raw value, or null. */
    public String raw(String name) {
        return values.get(name);
    }

    /** The value if present and non-empty. */
    public Optional<String> opt(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Like {@link #opt} but the literal {@code None} that boto2 sends for unset optional values counts as absent. */
    public Optional<String> optNotNone(String name) {
        return opt(name).filter(v -> !v.equals("None"));
    }

    /** A required non-empty value. */
    public String required(String name) {
        return opt(name).orElseThrow(() -> ApiException.missing(name));
    }

    /** A required string with a maximum length in characters. */
    public String requiredString(String name, int maxLength) {
        String v = required(name);
        checkLength(name, v, maxLength);
        return v;
    }

    /** An optional string with a maximum length. */
    public Optional<String> optString(String name, int maxLength) {
        Optional<String> v = opt(name);
        v.ifPresent(s -> checkLength(name, s, maxLength));
        return v;
    }

    static void checkLength(String name, String v, int maxLength) {
        if (v.length() > maxLength) {
            throw ApiException.invalid(name, abbreviate(v),
                    "It must be at most " + maxLength + " characters long (it has " + v.length() + ").");
        }
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }

    /** An optional integer in {@code [min, max]}. */
    public Optional<Long> optLong(String name, long min, long max) {
        Optional<String> v = opt(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        long n;
        try {
            n = Long.parseLong(v.get().trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, v.get(), "It must be an integer.");
        }
        if (n < min || n > max) {
            throw ApiException.outOfRange(name, v.get(), min + " to " + max);
        }
        return Optional.of(n);
    }

    /** A required integer in range. */
    public long requiredLong(String name, long min, long max) {
        required(name);
        return optLong(name, min, max).orElseThrow();
    }

    /** An integer in range with a default. */
    public long longOr(String name, long min, long max, long dflt) {
        return optLong(name, min, max).orElse(dflt);
    }

    /** A boolean accepting {@code true/false/1/0} in any case (boto2 sends {@code True}). */
    public Optional<Boolean> optBoolean(String name) {
        Optional<String> v = opt(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseBoolean(name, v.get()));
    }

    static boolean parseBoolean(String name, String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.invalid(name, v, "It must be true or false.");
        };
    }

    /** An enumerated value: one of {@code allowed} (case-sensitive, as the service). */
    public Optional<String> optEnum(String name, List<String> allowed) {
        Optional<String> v = opt(name);
        v.ifPresent(s -> {
            if (!allowed.contains(s)) {
                throw ApiException.invalid(name, s, "Valid values: " + String.join(", ", allowed) + ".");
            }
        });
        return v;
    }

    /** A price {@code prefix.1.Amount} / {@code prefix.1.CurrencyCode} (also accepts {@code prefix.Amount}). */
    public Optional<BigDecimal> optPrice(String prefix) {
        String amountKey = values.containsKey(prefix + ".1.Amount") ? prefix + ".1.Amount" : prefix + ".Amount";
        String currencyKey = values.containsKey(prefix + ".1.CurrencyCode") ? prefix + ".1.CurrencyCode"
                : prefix + ".CurrencyCode";
        Optional<String> amount = opt(amountKey);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        String currency = opt(currencyKey).orElse("USD");
        if (!currency.equals("USD")) {
            throw ApiException.invalid(currencyKey, currency, "Only USD is supported.");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(amount.get().trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(amountKey, amount.get(), "It must be a decimal amount.");
        }
        if (d.signum() < 0) {
            throw ApiException.outOfRange(amountKey, amount.get(), "0.00 or more");
        }
        if (d.stripTrailingZeros().scale() > 2) {
            throw ApiException.invalid(amountKey, amount.get(), "It must have at most 2 decimal places.");
        }
        return Optional.of(d.setScale(2));
    }

    /** A required price. */
    public BigDecimal requiredPrice(String prefix) {
        return optPrice(prefix).orElseThrow(() -> ApiException.missing(prefix));
    }

    /**
     * Values of a repeated parameter: {@code name}, {@code name.1}, {@code name.2}… in ordinal order, and
     * comma-separated lists inside each value when {@code splitCommas}.
     */
    public List<String> list(String name, boolean splitCommas) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String k = e.getKey();
            if (k.equals(name)) {
                byIndex.put(0, e.getValue());
            } else if (k.startsWith(name + ".")) {
                String rest = k.substring(name.length() + 1);
                if (rest.chars().allMatch(Character::isDigit) && !rest.isEmpty() && rest.length() < 9) {
                    byIndex.put(Integer.parseInt(rest), e.getValue());
                }
            }
        }
        for (String v : byIndex.values()) {
            if (splitCommas) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            } else if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * A structured repeated parameter: {@code prefix.N.field...} grouped by N (ordinal order), each group as the
     * map of the remaining key path to value. Unnumbered {@code prefix.field} counts as ordinal 1.
     */
    public List<Params> structured(String prefix) {
        TreeMap<Integer, Map<String, String>> groups = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(prefix + ".")) {
                continue;
            }
            String rest = k.substring(prefix.length() + 1);
            int dot = rest.indexOf('.');
            String head = dot < 0 ? rest : rest.substring(0, dot);
            if (!head.isEmpty() && head.length() < 9 && head.chars().allMatch(Character::isDigit)) {
                if (dot < 0) {
                    continue;
                }
                groups.computeIfAbsent(Integer.parseInt(head), i -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), e.getValue());
            } else {
                groups.computeIfAbsent(1, i -> new LinkedHashMap<>()).put(rest, e.getValue());
            }
        }
        List<Params> out = new ArrayList<>();
        groups.values().forEach(m -> out.add(new Params(m)));
        return out;
    }

    /** PageSize with the documented range (1..max, default 10). */
    public int pageSize(int max) {
        return (int) longOr("PageSize", 1, max, 10);
    }

    /** PageNumber (1 or more, default 1). */
    public int pageNumber() {
        return (int) longOr("PageNumber", 1, Integer.MAX_VALUE, 1);
    }
}
