package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.QualificationType;

/**
 * Reads a {@code QualificationType} element (Create/Get/UpdateQualificationType, SearchQualificationTypes). The
 * {@code Test} and {@code AnswerKey} documents are kept as their unescaped text; booleans accept
 * {@code true}/{@code false}/{@code 1}/{@code 0}.
 */
public final class QualificationTypeReader implements RecordReader<QualificationType> {

    private final QualificationType.Builder type = QualificationType.builder();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "QualificationTypeId" -> Child.text(t -> type.qualificationTypeId(t.strip()));
            case "CreationTime" -> Child.text(t -> type.creationTime(Values.instant(name, t)));
            case "Name" -> Child.text(type::name);
            case "Description" -> Child.text(type::description);
            case "Keywords" -> Child.text(type::keywords);
            case "QualificationTypeStatus" -> Child.text(t -> type.qualificationTypeStatusWire(t.strip()));
            case "Test" -> Child.text(type::test);
            case "TestDurationInSeconds" -> Child.text(t -> type.testDuration(Readers.seconds(name, t)));
            case "AnswerKey" -> Child.text(type::answerKey);
            case "RetryDelayInSeconds" -> Child.text(t -> type.retryDelay(Readers.seconds(name, t)));
            case "IsRequestable" -> Child.text(t -> type.isRequestable(Values.bool(name, t)));
            case "AutoGranted" -> Child.text(t -> type.autoGranted(Values.bool(name, t)));
            case "AutoGrantedValue" -> Child.text(t -> type.autoGrantedValue(Values.integer(name, t)));
            default -> Child.skip();
        };
    }

    @Override
    public QualificationType finish() {
        return type.build();
    }
}
