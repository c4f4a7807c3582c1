package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.FileUploadUrl;

/** Reads {@code GetFileUploadURLResult}: its {@code FileUploadURL}. */
public final class FileUploadUrlReader implements RecordReader<FileUploadUrl> {

    private String url;

    @Override
    public Child child(String name) {
        return name.equals("FileUploadURL") ? Child.text(t -> url = t.strip()) : Child.skip();
    }

    @Override
    public FileUploadUrl finish() {
        return new FileUploadUrl(Values.required("FileUploadURL", url));
    }
}
