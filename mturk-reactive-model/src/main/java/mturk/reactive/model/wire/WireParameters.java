package mturk.reactive.model.wire;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import mturk.reactive.model.EventType;
import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.NotificationSpecification;
import mturk.reactive.model.ParameterMapEntry;
import mturk.reactive.model.PolicyParameter;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.ReviewPolicy;
import mturk.reactive.model.WireEnum;

/**
 * The one place where value types become 2014-08-15 form parameters. Structured values are flattened with 1-based
 * ordinals as the API documents ({@code Reward.1.Amount}, {@code QualificationRequirement.2.IntegerValue.1}, ...),
 * booleans are lower-case {@code true}/{@code false}, durations are whole seconds, and a null value is never
 * emitted: every method skips a null argument instead of sending the string {@code None} as boto2 does.
 */
public final class WireParameters {

    /** {@code QualificationRequirement}: the prefix of requirement parameters. */
    public static final String QUALIFICATION_REQUIREMENT = "QualificationRequirement";
    /** {@code HITLayoutParameter}: the prefix of layout parameters. */
    public static final String HIT_LAYOUT_PARAMETER = "HITLayoutParameter";
    /** {@code Notification}: the prefix of a notification specification. */
    public static final String NOTIFICATION = "Notification";

    private WireParameters() {
    }

    /**
     * Emits {@code name=value} unless the value is null.
     *
     * @param sink  the sink
     * @param name  the parameter name
     * @param value the value, or null to emit nothing
     */
    public static void string(ParameterSink sink, String name, String value) {
        if (value != null) {
            sink.put(name, value);
        }
    }

    /**
     * Emits a number in decimal unless it is null.
     *
     * @param sink  the sink
     * @param name  the parameter name
     * @param value the value, or null to emit nothing
     */
    public static void number(ParameterSink sink, String name, Number value) {
        if (value != null) {
            sink.put(name, value.toString());
        }
    }

    /**
     * Emits a boolean as lower-case {@code true}/{@code false} unless it is null.
     *
     * @param sink  the sink
     * @param name  the parameter name
     * @param value the value, or null to emit nothing
     */
    public static void bool(ParameterSink sink, String name, Boolean value) {
        if (value != null) {
            sink.put(name, value ? "true" : "false");
        }
    }

    /**
     * Emits a duration as whole seconds ({@code ...InSeconds}) unless it is null.
     *
     * @param sink  the sink
     * @param name  the parameter name, e.g. {@code LifetimeInSeconds}
     * @param value the duration, or null to emit nothing
     */
    public static void seconds(ParameterSink sink, String name, Duration value) {
        if (value != null) {
            sink.put(name, Long.toString(value.getSeconds()));
        }
    }

    /**
     * Emits an enum's wire value unless it is null.
     *
     * @param sink  the sink
     * @param name  the parameter name
     * @param value the value, or null to emit nothing
     * @throws IllegalStateException if the value is {@code UNKNOWN} (requests refuse it earlier)
     */
    public static void enumValue(ParameterSink sink, String name, WireEnum value) {
        if (value != null) {
            sink.put(name, value.wireValue());
        }
    }

    /**
     * Emits a list as {@code name.1}, {@code name.2}, ... (e.g. {@code WorkerId.N}); nothing for an empty list.
     *
     * @param sink   the sink
     * @param name   the parameter name without ordinal
     * @param values the values; null or empty emits nothing; null elements are refused
     * @throws NullPointerException if an element is null
     */
    public static void list(ParameterSink sink, String name, Collection<String> values) {
        if (values != null) {
            int n = 1;
            for (String value : values) {
                sink.put(name + "." + n++, Objects.requireNonNull(value, name + " element"));
            }
        }
    }

    /**
     * Emits a list of enums as {@code name.1}, {@code name.2}, ... (e.g. {@code ResponseGroup.N},
     * {@code EventType.N}); nothing for an empty list.
     *
     * @param sink   the sink
     * @param name   the parameter name without ordinal
     * @param values the values; null or empty emits nothing
     */
    public static void enumList(ParameterSink sink, String name, Collection<? extends WireEnum> values) {
        if (values != null) {
            list(sink, name, values.stream().map(WireEnum::wireValue).toList());
        }
    }

    /**
     * Emits a list of enums as one comma-separated value (e.g. {@code AssignmentStatus=Approved,Rejected});
     * nothing for an empty list.
     *
     * @param sink   the sink
     * @param name   the parameter name
     * @param values the values; null or empty emits nothing
     */
    public static void enumCommaList(ParameterSink sink, String name, Collection<? extends WireEnum> values) {
        if (values != null && !values.isEmpty()) {
            sink.put(name, values.stream().map(WireEnum::wireValue).collect(Collectors.joining(",")));
        }
    }

    /**
     * Emits a price as {@code label.1.Amount} and {@code label.1.CurrencyCode}, e.g. {@code Reward} or
     * {@code BonusAmount}. The amount is {@link Price#wireAmount()}, the caller's decimal form.
     *
     * @param sink  the sink
     * @param label the structure name
     * @param price the price, or null to emit nothing
     */
    public static void price(ParameterSink sink, String label, Price price) {
        if (price != null) {
            sink.put(label + ".1.Amount", price.wireAmount());
            sink.put(label + ".1.CurrencyCode", price.currencyCode());
        }
    }

    /**
     * Emits requirements as {@code QualificationRequirement.N.*}, N from 1.
     *
     * @param sink         the sink
     * @param requirements the requirements; null or empty emits nothing
     * @see #qualificationRequirement(ParameterSink, String, QualificationRequirement)
     */
    public static void qualificationRequirements(ParameterSink sink, List<QualificationRequirement> requirements) {
        if (requirements != null) {
            int n = 1;
            for (QualificationRequirement requirement : requirements) {
                qualificationRequirement(sink, QUALIFICATION_REQUIREMENT + "." + n++, requirement);
            }
        }
    }

    /**
     * Emits one requirement under {@code prefix} as boto2 does: {@code QualificationTypeId}, {@code Comparator} (its
     * raw wire string), then for {@code In}/{@code NotIn} the indexed {@code IntegerValue.M} or
     * {@code LocaleValue.M.Country}/{@code .Subdivision}, for other comparators the single unindexed
     * {@code IntegerValue} or {@code LocaleValue.Country}/{@code .Subdivision}; {@code RequiredToPreview=true} only
     * when true.
     *
     * @param sink        the sink
     * @param prefix      e.g. {@code QualificationRequirement.1}
     * @param requirement the requirement; not null
     */
    public static void qualificationRequirement(ParameterSink sink, String prefix,
                                                QualificationRequirement requirement) {
        sink.put(prefix + ".QualificationTypeId", requirement.qualificationTypeId());
        sink.put(prefix + ".Comparator", requirement.comparatorWire());
        boolean indexed = switch (requirement.comparator()) {
            case IN, NOT_IN -> true;
            default -> requirement.integerValues().size() + requirement.localeValues().size() > 1;
        };
        List<Integer> integers = requirement.integerValues();
        for (int m = 0; m < integers.size(); m++) {
            sink.put(prefix + ".IntegerValue" + (indexed ? "." + (m + 1) : ""), integers.get(m).toString());
        }
        List<LocaleValue> locales = requirement.localeValues();
        for (int m = 0; m < locales.size(); m++) {
            String localePrefix = prefix + ".LocaleValue" + (indexed ? "." + (m + 1) : "");
            sink.put(localePrefix + ".Country", locales.get(m).country());
            string(sink, localePrefix + ".Subdivision", locales.get(m).subdivision());
        }
        if (requirement.requiredToPreview()) {
            sink.put(prefix + ".RequiredToPreview", "true");
        }
    }

    /**
     * Emits layout parameters as {@code HITLayoutParameter.N.Name} and {@code .Value}, N from 1.
     *
     * @param sink       the sink
     * @param parameters the parameters; null or empty emits nothing
     */
    public static void layoutParameters(ParameterSink sink, List<HitLayoutParameter> parameters) {
        if (parameters != null) {
            int n = 1;
            for (HitLayoutParameter parameter : parameters) {
                String prefix = HIT_LAYOUT_PARAMETER + "." + n++;
                sink.put(prefix + ".Name", parameter.name());
                sink.put(prefix + ".Value", parameter.value());
            }
        }
    }

    /**
     * Emits a notification specification as {@code Notification.1.Destination}, {@code .Transport},
     * {@code .Version} and {@code .EventType.M}. {@code Active} is not part of the structure: the documented
     * protocol makes it a top-level parameter of {@code SetHITTypeNotification} (boto2's nested
     * {@code Notification.1.Active} is a bug), which the caller emits with {@link #bool}.
     *
     * @param sink          the sink
     * @param specification the specification, or null to emit nothing
     */
    public static void notification(ParameterSink sink, NotificationSpecification specification) {
        if (specification != null) {
            String prefix = NOTIFICATION + ".1";
            sink.put(prefix + ".Destination", specification.destination());
            sink.put(prefix + ".Transport", specification.transport().wireValue());
            sink.put(prefix + ".Version", specification.version());
            List<EventType> eventTypes = specification.eventTypes();
            enumList(sink, prefix + ".EventType", eventTypes);
        }
    }

    /**
     * Emits a review policy under {@code label} ({@code AssignmentReviewPolicy} or {@code HITReviewPolicy}):
     * {@code label.PolicyName}, {@code label.Parameter.N.Key}, {@code label.Parameter.N.Value.M},
     * {@code label.Parameter.N.MapEntry.M.Key} and {@code label.Parameter.N.MapEntry.M.Value.K}.
     *
     * @param sink   the sink
     * @param label  the structure name
     * @param policy the policy, or null to emit nothing
     */
    public static void reviewPolicy(ParameterSink sink, String label, ReviewPolicy policy) {
        if (policy == null) {
            return;
        }
        sink.put(label + ".PolicyName", policy.policyName());
        int n = 1;
        for (PolicyParameter parameter : policy.parameters()) {
            String prefix = label + ".Parameter." + n++;
            sink.put(prefix + ".Key", parameter.key());
            list(sink, prefix + ".Value", parameter.values());
            int m = 1;
            for (ParameterMapEntry entry : parameter.mapEntries()) {
                String entryPrefix = prefix + ".MapEntry." + m++;
                sink.put(entryPrefix + ".Key", entry.key());
                list(sink, entryPrefix + ".Value", entry.values());
            }
        }
    }
}
