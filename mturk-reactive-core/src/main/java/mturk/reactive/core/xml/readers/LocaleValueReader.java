package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.LocaleValue;

/** Reads a Locale structure ({@code LocaleValue}): {@code Country} and the optional {@code Subdivision}. */
public final class LocaleValueReader implements RecordReader<LocaleValue> {

    private String country;
    private String subdivision;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "Country" -> Child.field(0);
            case "Subdivision" -> Child.field(1);
            default -> Child.skip();
        };
    }

    @Override
    public void text(int id, String t) {
        switch (id) {
            case 0 -> country = t.strip();
            case 1 -> subdivision = Readers.emptyToNull(t);
            default -> throw new IllegalStateException("unexpected field " + id);
        }
    }

    @Override
    public LocaleValue finish() {
        return new LocaleValue(Values.required("Country", country), subdivision);
    }
}
