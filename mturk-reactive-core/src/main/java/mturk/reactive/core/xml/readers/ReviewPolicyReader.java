package mturk.reactive.core.xml.readers;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.ParameterMapEntry;
import mturk.reactive.model.PolicyParameter;
import mturk.reactive.model.ReviewPolicy;

/**
 * Reads a ReviewPolicy ({@code AssignmentReviewPolicy}, {@code HITReviewPolicy}): {@code PolicyName} and every
 * {@code Parameter} ({@code Key}, {@code Value*}, {@code MapEntry*} of {@code Key}, {@code Value*}).
 */
public final class ReviewPolicyReader implements RecordReader<ReviewPolicy> {

    private String policyName;
    private final List<PolicyParameter> parameters = new ArrayList<>();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "PolicyName" -> Child.text(t -> policyName = t.strip());
            case "Parameter" -> Child.record(new ParameterReader(), parameters::add);
            default -> Child.skip();
        };
    }

    @Override
    public ReviewPolicy finish() {
        return new ReviewPolicy(Values.required("PolicyName", policyName), parameters);
    }

    /** One {@code Parameter}. */
    private static final class ParameterReader implements RecordReader<PolicyParameter> {
        private String key;
        private final List<String> values = new ArrayList<>();
        private final List<ParameterMapEntry> entries = new ArrayList<>();

        @Override
        public Child child(String name) {
            return switch (name) {
                case "Key" -> Child.text(t -> key = t.strip());
                case "Value" -> Child.text(values::add);
                case "MapEntry" -> Child.record(new MapEntryReader(), entries::add);
                default -> Child.skip();
            };
        }

        @Override
        public PolicyParameter finish() {
            return new PolicyParameter(Values.required("Key", key), values, entries);
        }
    }

    /** One {@code MapEntry}. */
    private static final class MapEntryReader implements RecordReader<ParameterMapEntry> {
        private String key;
        private final List<String> values = new ArrayList<>();

        @Override
        public Child child(String name) {
            return switch (name) {
                case "Key" -> Child.text(t -> key = t.strip());
                case "Value" -> Child.text(values::add);
                default -> Child.skip();
            };
        }

        @Override
        public ParameterMapEntry finish() {
            return new ParameterMapEntry(Values.required("Key", key), values);
        }
    }
}
