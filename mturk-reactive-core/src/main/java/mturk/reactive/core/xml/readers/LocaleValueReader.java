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
            case "Country" -> Child.text(t -> country = t.strip());
            case "Subdivision" -> Child.text(t -> subdivision = Readers.emptyToNull(t));
            default -> Child.skip();
        };
    }

    @Override
    public LocaleValue finish() {
        return new LocaleValue(Values.required("Country", country), subdivision);
    }
}
