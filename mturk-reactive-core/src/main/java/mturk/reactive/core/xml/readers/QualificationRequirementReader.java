package mturk.reactive.core.xml.readers;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.QualificationRequirement;

/**
 * Reads a {@code QualificationRequirement} of a HIT with all of its nested data (boto2 flattened it and kept only
 * the last value, B10): {@code QualificationTypeId}, {@code Comparator} (kept verbatim, unknown comparators read as
 * {@code UNKNOWN}), every {@code IntegerValue}, every {@code LocaleValue}, and {@code RequiredToPreview}
 * ({@code 0}/{@code 1}/{@code true}/{@code false}, absent = false).
 */
public final class QualificationRequirementReader implements RecordReader<QualificationRequirement> {

    private String qualificationTypeId;
    private String comparator;
    private final List<Integer> integerValues = new ArrayList<>(1);
    private final List<LocaleValue> localeValues = new ArrayList<>(1);
    private boolean requiredToPreview;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "QualificationTypeId" -> Child.field(0);
            case "Comparator" -> Child.field(1);
            case "IntegerValue" -> Child.field(2);
            case "LocaleValue" -> Child.record(new LocaleValueReader(), localeValues::add);
            case "RequiredToPreview" -> Child.field(3);
            default -> Child.skip();
        };
    }

    @Override
    public void text(int id, String t) {
        switch (id) {
            case 0 -> qualificationTypeId = t.strip();
            case 1 -> comparator = t.strip();
            case 2 -> integerValues.add(Values.integer("IntegerValue", t));
            case 3 -> requiredToPreview = Values.bool("RequiredToPreview", t);
            default -> throw new IllegalStateException("unexpected field " + id);
        }
    }

    @Override
    public QualificationRequirement finish() {
        return new QualificationRequirement(Values.required("QualificationTypeId", qualificationTypeId), null,
                Values.required("Comparator", comparator), integerValues, localeValues, requiredToPreview);
    }
}
