package mturk.reactive.model.question;

import java.util.List;
import mturk.reactive.model.internal.xml.XmlOutput;

/** Writes question documents with the element order boto2 uses; see the package documentation. */
final class QuestionXmlWriter {

    private QuestionXmlWriter() {
    }

    static String write(QuestionForm form) {
        return XmlOutput.render("", out -> {
            out.startRoot("QuestionForm", QuestionForm.NAMESPACE);
            for (QuestionFormItem item : form.items()) {
                if (item instanceof Overview) {
                    out.start("Overview");
                    content(out, ((Overview) item).items());
                    out.end();
                } else {
                    question(out, (Question) item);
                }
            }
            out.end();
        });
    }

    static String write(ExternalQuestion q) {
        return XmlOutput.render("", out -> out.startRoot("ExternalQuestion", ExternalQuestion.NAMESPACE)
                .element("ExternalURL", q.externalUrl())
                .element("FrameHeight", Integer.toString(q.frameHeight()))
                .end());
    }

    static String write(HtmlQuestion q) {
        return XmlOutput.render("", out -> out.startRoot("HTMLQuestion", HtmlQuestion.NAMESPACE)
                .cdataElement("HTMLContent", q.htmlContent())
                .element("FrameHeight", Integer.toString(q.frameHeight()))
                .end());
    }

    private static void question(XmlOutput out, Question q) {
        out.start("Question").element("QuestionIdentifier", q.identifier());
        if (q.displayName() != null) {
            out.element("DisplayName", q.displayName());
        }
        out.element("IsRequired", Boolean.toString(q.required()));
        out.start("QuestionContent");
        content(out, q.content().items());
        out.end();
        out.start("AnswerSpecification");
        AnswerSpecification spec = q.answerSpecification();
        if (spec instanceof FreeTextAnswerSpec) {
            freeText(out, "FreeTextAnswer", (FreeTextAnswerSpec) spec);
        } else if (spec instanceof SelectionAnswerSpec) {
            selection(out, (SelectionAnswerSpec) spec);
        } else {
            FileUploadAnswerSpec f = (FileUploadAnswerSpec) spec;
            out.start("FileUploadAnswer")
                    .element("MaxFileSizeInBytes", Long.toString(f.maxFileSizeInBytes()))
                    .element("MinFileSizeInBytes", Long.toString(f.minFileSizeInBytes()))
                    .end();
        }
        out.end().end();
    }

    private static void content(XmlOutput out, List<ContentItem> items) {
        for (ContentItem item : items) {
            if (item instanceof SimpleField) {
                SimpleField f = (SimpleField) item;
                out.element(f.field().element(), f.value());
            } else if (item instanceof BulletList) {
                out.start("List");
                for (String li : ((BulletList) item).items()) {
                    out.element("ListItem", li);
                }
                out.end();
            } else if (item instanceof FormattedContent) {
                out.cdataElement("FormattedContent", ((FormattedContent) item).content());
            } else if (item instanceof Binary) {
                binary(out, (Binary) item);
            } else if (item instanceof JavaApplet) {
                JavaApplet a = (JavaApplet) item;
                out.start("Application").start("JavaApplet")
                        .element("AppletPath", a.appletPath())
                        .element("AppletFilename", a.appletFilename());
                sizeAndParameters(out, a.width(), a.height(), a.parameters());
                out.end().end();
            } else if (item instanceof Flash) {
                Flash f = (Flash) item;
                out.start("Application").start("Flash").element("FlashMovieURL", f.flashMovieUrl());
                sizeAndParameters(out, f.width(), f.height(), f.parameters());
                out.end().end();
            } else {
                EmbeddedBinary e = (EmbeddedBinary) item;
                out.start("EmbeddedBinary").start("EmbeddedMimeType")
                        .element("Type", e.type()).element("SubType", e.subType()).end()
                        .element("DataURL", e.dataUrl())
                        .element("AltText", e.altText());
                sizeAndParameters(out, e.width(), e.height(), e.parameters());
                out.end();
            }
        }
    }

    private static void sizeAndParameters(XmlOutput out, String width, String height,
                                          List<ApplicationParameter> parameters) {
        out.element("Width", width).element("Height", height);
        for (ApplicationParameter p : parameters) {
            out.start("ApplicationParameter").element("Name", p.name()).element("Value", p.value()).end();
        }
    }

    private static void binary(XmlOutput out, Binary b) {
        out.start("Binary").start("MimeType").element("Type", b.type());
        if (b.subType() != null) {
            out.element("SubType", b.subType());
        }
        out.end().element("DataURL", b.dataUrl()).element("AltText", b.altText()).end();
    }

    private static void freeText(XmlOutput out, String element, FreeTextAnswerSpec spec) {
        out.start(element).start("Constraints");
        Constraints c = spec.constraints();
        if (c.numeric() != null) {
            out.empty("IsNumeric");
            if (c.numeric().minValue() != null) {
                out.attribute("minValue", c.numeric().minValue().toString());
            }
            if (c.numeric().maxValue() != null) {
                out.attribute("maxValue", c.numeric().maxValue().toString());
            }
        }
        if (c.length() != null) {
            out.empty("Length");
            if (c.length().minLength() != null) {
                out.attribute("minLength", c.length().minLength().toString());
            }
            if (c.length().maxLength() != null) {
                out.attribute("maxLength", c.length().maxLength().toString());
            }
        }
        for (RegexConstraint r : c.regexes()) {
            out.empty("AnswerFormatRegex").attribute("regex", r.regex());
            if (r.errorText() != null) {
                out.attribute("errorText", r.errorText());
            }
            if (r.flags() != null) {
                out.attribute("flags", r.flags());
            }
        }
        out.end();
        if (spec.defaultText() != null) {
            out.element("DefaultText", spec.defaultText());
        }
        if (spec.numberOfLinesSuggestion() != null) {
            out.element("NumberOfLinesSuggestion", spec.numberOfLinesSuggestion().toString());
        }
        out.end();
    }

    private static void selection(XmlOutput out, SelectionAnswerSpec s) {
        out.start("SelectionAnswer");
        boolean defaultCounts = s.minSelectionCount() == 1 && s.maxSelectionCount() == 1;
        if (s.style() != StyleSuggestion.RADIOBUTTON || !defaultCounts) {
            out.element("MinSelectionCount", Integer.toString(s.minSelectionCount()))
                    .element("MaxSelectionCount", Integer.toString(s.maxSelectionCount()));
        }
        if (s.style() != null) {
            out.element("StyleSuggestion", s.style().wireName());
        }
        out.start("Selections");
        for (Selection sel : s.selections()) {
            out.start("Selection").element("SelectionIdentifier", sel.identifier());
            SelectionContent c = sel.content();
            if (c instanceof SelectionText) {
                out.element("Text", ((SelectionText) c).text());
            } else if (c instanceof Binary) {
                binary(out, (Binary) c);
            } else {
                out.cdataElement("FormattedContent", ((FormattedContent) c).content());
            }
            out.end();
        }
        if (s.otherSelection() != null) {
            if (s.otherSelection().isUnconstrained()) {
                out.empty("OtherSelection");
            } else {
                freeText(out, "OtherSelection", s.otherSelection());
            }
        }
        out.end().end();
    }
}
