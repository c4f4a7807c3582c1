package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.Qualification;

/**
 * Reads a {@code Qualification} element (GetQualificationScore, GetQualificationsForQualificationType):
 * {@code QualificationTypeId}, {@code SubjectId}, {@code GrantTime} (milliseconds allowed), {@code IntegerValue},
 * {@code LocaleValue} and {@code Status}.
 */
public final class QualificationReader implements RecordReader<Qualification> {

    private final Qualification.Builder qualification = Qualification.builder();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "QualificationTypeId" -> Child.text(t -> qualification.qualificationTypeId(t.strip()));
            case "SubjectId" -> Child.text(t -> qualification.subjectId(t.strip()));
            case "GrantTime" -> Child.text(t -> qualification.grantTime(Values.instant(name, t)));
            case "IntegerValue" -> Child.text(t -> qualification.integerValue(Values.integer(name, t)));
            case "LocaleValue" -> Child.record(new LocaleValueReader(), qualification::localeValue);
            case "Status" -> Child.text(t -> qualification.statusWire(t.strip()));
            default -> Child.skip();
        };
    }

    @Override
    public Qualification finish() {
        return qualification.build();
    }
}
