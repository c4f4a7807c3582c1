package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;

/** Reads {@code RegisterHITTypeResult}: its {@code HITTypeId}, as a string. */
public final class HitTypeIdReader implements RecordReader<String> {

    private String hitTypeId;

    @Override
    public Child child(String name) {
        return name.equals("HITTypeId") ? Child.text(t -> hitTypeId = t.strip()) : Child.skip();
    }

    @Override
    public String finish() {
        String id = Values.required("HITTypeId", hitTypeId);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("<HITTypeId> is empty");
        }
        return id;
    }
}
