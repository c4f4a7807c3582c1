package mturk.reactive.samples.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HIT properties of a batch, read from a properties file in the format of the legacy {@code loadHITs} tool.
 *
 * <p>Keys: {@code title}, {@code description}, {@code reward} (required); {@code keywords}, {@code assignments}
 * (default 1), {@code annotation}, {@code assignmentduration} (default 3600 s), {@code hitlifetime} (default
 * 259200 s), {@code autoapprovaldelay} (default 2592000 s); and for N = 1..10 {@code qualification.N} (a type id,
 * or one of the aliases {@code Masters}, {@code NumberHITsApproved}, {@code PercentAssignmentsApproved},
 * {@code Locale}, {@code Adult}), {@code qualification.comparator.N} (e.g. {@code greaterthan}, any case),
 * {@code qualification.value.N} (an integer, comma-separated for {@code In}/{@code NotIn}),
 * {@code qualification.locale.N} ({@code US} or {@code US-WA}, comma-separated for {@code In}/{@code NotIn}) and
 * {@code qualification.private.N} ({@code true} hides the HIT from workers who do not qualify). Durations are
 * seconds, or a number with {@code s}, {@code m}, {@code h} or {@code d}.
 *
 * @param title             ≤ 128 characters
 * @param description       ≤ 2000 characters
 * @param keywords          comma-separated, ≤ 1000 characters; null when absent
 * @param reward            USD per assignment, ≥ 0 with at most 2 decimals
 * @param assignments       assignments per HIT, 1..1,000,000,000
 * @param annotation        requester annotation, ≤ 255 characters; null when absent
 * @param assignmentDuration 30 s .. 365 days
 * @param lifetime          30 s .. 365 days
 * @param autoApprovalDelay 0 .. 30 days
 * @param qualifications    at most 10 requirements, ordered by N
 */
public record HitProperties(String title, String description, String keywords, BigDecimal reward, int assignments,
                            String annotation, Duration assignmentDuration, Duration lifetime,
                            Duration autoApprovalDelay, List<QualificationProperty> qualifications) {

    /** Copies the qualification list. */
    public HitProperties {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reward, "reward");
        qualifications = List.copyOf(qualifications);
    }

    private static final Set<String> SIMPLE_KEYS = Set.of("title", "description", "keywords", "reward",
            "assignments", "annotation", "assignmentduration", "hitlifetime", "autoapprovaldelay");
    private static final Pattern QUALIFICATION_KEY =
            Pattern.compile("qualification\\.(?:(comparator|value|locale|private)\\.)?(\\d+)");
    private static final Map<String, String> ALIASES = Map.of(
            "masters", "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH",
            "numberhitsapproved", "00000000000000000040",
            "percentassignmentsapproved", "000000000000000000L0",
            "locale", "00000000000000000071",
            "adult", "00000000000000000060");
    private static final String LOCALE_TYPE = "00000000000000000071";
    private static final List<String> COMPARATORS = List.of("LessThan", "LessThanOrEqualTo", "GreaterThan",
            "GreaterThanOrEqualTo", "EqualTo", "NotEqualTo", "Exists", "DoesNotExist", "In", "NotIn");
    private static final Pattern LOCALE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final long MAX_SECONDS = 31_536_000L;

    /**
     * Reads and validates a properties file.
     *
     * @throws InputException naming the property and the limit when a value is missing or invalid
     * @throws UncheckedIOException when the file cannot be read
     */
    public static HitProperties read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses properties text; {@code source} names it in messages. See {@link #read(Path)}. */
    public static HitProperties parse(String source, String text) {
        try {
            return parse(source, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HitProperties parse(String source, Reader reader) throws IOException {
        Properties raw = new Properties();
        try {
            raw.load(reader);
        } catch (IllegalArgumentException e) {
            throw InputException.inFile(source, "is not a valid properties file: " + e.getMessage());
        }
        Map<Integer, Map<String, String>> quals = new TreeMap<>();
        for (String key : new TreeSet<>(raw.stringPropertyNames())) {
            if (SIMPLE_KEYS.contains(key)) {
                continue;
            }
            Matcher m = QUALIFICATION_KEY.matcher(key);
            if (!m.matches()) {
                throw InputException.inField(source, key, "is not a known property; expected one of "
                        + new TreeSet<>(SIMPLE_KEYS) + " or qualification[.comparator|.value|.locale|.private].N");
            }
            int n = Integer.parseInt(m.group(2));
            quals.computeIfAbsent(n, k -> new TreeMap<>()).put(m.group(1) == null ? "type" : m.group(1),
                    raw.getProperty(key).strip());
        }
        Fields f = new Fields(source, raw);
        String title = f.text("title", true, 128);
        String description = f.text("description", true, 2000);
        String keywords = f.text("keywords", false, 1000);
        BigDecimal reward = f.money("reward");
        int assignments = (int) f.integer("assignments", 1, 1, 1_000_000_000);
        String annotation = f.text("annotation", false, 255);
        Duration duration = f.duration("assignmentduration", 3600, 30, MAX_SECONDS);
        Duration lifetime = f.duration("hitlifetime", 259_200, 30, MAX_SECONDS);
        Duration approvalDelay = f.duration("autoapprovaldelay", 2_592_000, 0, 2_592_000);
        if (quals.size() > 10) {
            throw InputException.inField(source, "qualification.N", "is given " + quals.size()
                    + " times; the service allows at most 10 requirements");
        }
        List<QualificationProperty> requirements = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, String>> q : quals.entrySet()) {
            requirements.add(qualification(source, q.getKey(), q.getValue()));
        }
        return new HitProperties(title, description, keywords, reward, assignments, annotation, duration, lifetime,
                approvalDelay, requirements);
    }

    private static QualificationProperty qualification(String source, int n, Map<String, String> parts) {
        String typeKey = "qualification." + n;
        String type = parts.get("type");
        if (type == null || type.isEmpty()) {
            throw InputException.inField(source, typeKey, "is missing; qualification." + (parts.keySet().iterator()
                    .next()) + "." + n + " needs it to name the qualification type");
        }
        String typeId = ALIASES.getOrDefault(type.toLowerCase(Locale.ROOT), type);
        String comparatorKey = "qualification.comparator." + n;
        String rawComparator = parts.get("comparator");
        if (rawComparator == null || rawComparator.isEmpty()) {
            throw InputException.inField(source, comparatorKey, "is missing; one of " + COMPARATORS
                    + " (any case) is required");
        }
        String comparator = COMPARATORS.stream().filter(c -> c.equalsIgnoreCase(rawComparator)).findFirst()
                .orElseThrow(() -> InputException.inField(source, comparatorKey, "is '" + rawComparator
                        + "'; expected one of " + COMPARATORS + " (any case)"));
        boolean many = comparator.equals("In") || comparator.equals("NotIn");
        boolean none = comparator.equals("Exists") || comparator.equals("DoesNotExist");
        String valueKey = "qualification.value." + n;
        String localeKey = "qualification.locale." + n;
        List<Integer> values = new ArrayList<>();
        List<String> locales = new ArrayList<>();
        String rawValue = parts.get("value");
        String rawLocale = parts.get("locale");
        if (rawValue != null && !rawValue.isEmpty()) {
            if (none) {
                throw InputException.inField(source, valueKey, "is given but comparator " + comparator
                        + " takes no value");
            }
            for (String v : split(rawValue, many, source, valueKey, 15)) {
                try {
                    values.add(Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    throw InputException.inField(source, valueKey, "has '" + v + "', which is not an integer");
                }
            }
        }
        if (rawLocale != null && !rawLocale.isEmpty()) {
            if (none) {
                throw InputException.inField(source, localeKey, "is given but comparator " + comparator
                        + " takes no value");
            }
            for (String v : split(rawLocale, many, source, localeKey, 30)) {
                String locale = v.toUpperCase(Locale.ROOT);
                if (!LOCALE.matcher(locale).matches()) {
                    throw InputException.inField(source, localeKey, "has '" + v
                            + "'; expected an ISO 3166 country code such as US, or US-WA with a subdivision");
                }
                locales.add(locale);
            }
        }
        if (!none && values.isEmpty() && locales.isEmpty()) {
            throw InputException.inField(source, LOCALE_TYPE.equals(typeId) ? localeKey : valueKey,
                    "is missing; comparator " + comparator + " needs a value");
        }
        if (!values.isEmpty() && !locales.isEmpty()) {
            throw InputException.inField(source, localeKey, "is given together with " + valueKey
                    + "; a requirement takes integers or locales, not both");
        }
        if (LOCALE_TYPE.equals(typeId) && !values.isEmpty()) {
            throw InputException.inField(source, valueKey, "is given for the Locale qualification; use " + localeKey);
        }
        String rawPrivate = parts.getOrDefault("private", "false");
        if (!rawPrivate.equalsIgnoreCase("true") && !rawPrivate.equalsIgnoreCase("false")) {
            throw InputException.inField(source, "qualification.private." + n, "is '" + rawPrivate
                    + "'; expected true or false");
        }
        return new QualificationProperty(n, typeId, comparator, values, locales, Boolean.parseBoolean(rawPrivate));
    }

    private static List<String> split(String raw, boolean many, String source, String key, int max) {
        List<String> items = Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!many && items.size() != 1) {
            throw InputException.inField(source, key, "has " + items.size()
                    + " values; only the comparators In and NotIn take several");
        }
        if (items.size() > max) {
            throw InputException.inField(source, key, "has " + items.size() + " values; the limit is " + max);
        }
        return items;
    }

    /** Field readers that name the property and the limit in every error. */
    private static final class Fields {
        private final String source;
        private final Properties raw;

        Fields(String source, Properties raw) {
            this.source = source;
            this.raw = raw;
        }

        String text(String key, boolean required, int max) {
            String value = raw.getProperty(key);
            if (value == null || value.isBlank()) {
                if (required) {
                    throw InputException.inField(source, key, "is missing; it is required");
                }
                return null;
            }
            value = value.strip();
            if (value.length() > max) {
                throw InputException.inField(source, key, "is " + value.length() + " characters; the limit is " + max);
            }
            return value;
        }

        BigDecimal money(String key) {
            String value = text(key, true, 32);
            BigDecimal amount;
            try {
                amount = new BigDecimal(value.startsWith("$") ? value.substring(1) : value);
            } catch (NumberFormatException e) {
                throw InputException.inField(source, key, "is '" + value + "', which is not an amount such as 0.25");
            }
            if (amount.signum() < 0) {
                throw InputException.inField(source, key, "is " + value + "; it must not be negative");
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw InputException.inField(source, key, "is " + value
                        + "; the service takes whole cents (at most 2 decimals)");
            }
            return amount.setScale(2);
        }

        long integer(String key, long defaultValue, long min, long max) {
            String value = text(key, false, 32);
            if (value == null) {
                return defaultValue;
            }
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw InputException.inField(source, key, "is '" + value + "', which is not an integer");
            }
            if (n < min || n > max) {
                throw InputException.inField(source, key, "is " + n + "; it must be between " + min + " and " + max);
            }
            return n;
        }

        Duration duration(String key, long defaultSeconds, long min, long max) {
            String value = text(key, false, 32);
            if (value == null) {
                return Duration.ofSeconds(defaultSeconds);
            }
            long unit = 1;
            String digits = value.toLowerCase(Locale.ROOT);
            char last = digits.charAt(digits.length() - 1);
            int suffix = "smhd".indexOf(last);
            if (suffix >= 0) {
                unit = new long[] {1, 60, 3600, 86_400}[suffix];
                digits = digits.substring(0, digits.length() - 1).strip();
            }
            long seconds;
            try {
                seconds = Math.multiplyExact(Long.parseLong(digits), unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw InputException.inField(source, key, "is '" + value
                        + "'; expected seconds, or a number with s, m, h or d");
            }
            if (seconds < min || seconds > max) {
                throw InputException.inField(source, key, "is " + seconds + " seconds; it must be between " + min
                        + " and " + max);
            }
            return Duration.ofSeconds(seconds);
        }
    }
}
