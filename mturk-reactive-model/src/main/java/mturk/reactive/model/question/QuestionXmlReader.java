package mturk.reactive.model.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mturk.reactive.model.internal.xml.XmlElement;
import mturk.reactive.model.internal.xml.XmlInput;

/** Reads question documents into the model; see {@link QuestionDocument#parse(String)}. */
final class QuestionXmlReader {

    private QuestionXmlReader() {
    }

    static QuestionDocument read(String xml) {
        XmlElement root = XmlInput.parse(xml, "Question");
        switch (root.name()) {
            case "QuestionForm":
                requireNamespace(root, QuestionForm.NAMESPACE);
                return questionForm(root);
            case "ExternalQuestion":
                requireNamespace(root, ExternalQuestion.NAMESPACE);
                root.requireOnly("ExternalURL", "FrameHeight");
                return new ExternalQuestion(root.childText("ExternalURL").trim(), root.childInt("FrameHeight"));
            case "HTMLQuestion":
                requireNamespace(root, HtmlQuestion.NAMESPACE);
                root.requireOnly("HTMLContent", "FrameHeight");
                return new HtmlQuestion(root.childText("HTMLContent"), root.childInt("FrameHeight"));
            default:
                throw new IllegalArgumentException("Question XML root must be QuestionForm, ExternalQuestion or "
                        + "HTMLQuestion, was <" + root.name() + ">");
        }
    }

    private static void requireNamespace(XmlElement e, String namespace) {
        if (!e.namespace().equals(namespace)) {
            throw new IllegalArgumentException("<" + e.name() + "> must be in namespace " + namespace + ", was "
                    + (e.namespace().isEmpty() ? "no namespace" : e.namespace()));
        }
        for (XmlElement c : e.children()) {
            requireNamespace(c, namespace);
        }
    }

    private static QuestionForm questionForm(XmlElement root) {
        root.requireOnly("Overview", "Question");
        List<QuestionFormItem> items = new ArrayList<>();
        for (XmlElement c : root.children()) {
            items.add(c.name().equals("Overview") ? new Overview(content(c)) : question(c));
        }
        return new QuestionForm(items);
    }

    private static Question question(XmlElement q) {
        q.requireOnly("QuestionIdentifier", "DisplayName", "IsRequired", "QuestionContent", "AnswerSpecification");
        String id = q.childText("QuestionIdentifier");
        String displayName = q.optionalChild("DisplayName").map(XmlElement::leafText).orElse(null);
        boolean required = q.optionalChild("IsRequired")
                .map(e -> XmlElement.parseBoolean("IsRequired", e.leafText())).orElse(false);
        QuestionContent content = new QuestionContent(content(q.child("QuestionContent")));
        XmlElement spec = q.child("AnswerSpecification");
        spec.requireOnly("FreeTextAnswer", "SelectionAnswer", "FileUploadAnswer");
        if (spec.children().size() != 1) {
            throw new IllegalArgumentException("<AnswerSpecification> of question '" + id
                    + "' must hold exactly one of FreeTextAnswer, SelectionAnswer, FileUploadAnswer");
        }
        XmlElement s = spec.children().get(0);
        AnswerSpecification answer;
        switch (s.name()) {
            case "FreeTextAnswer":
                answer = freeText(s);
                break;
            case "SelectionAnswer":
                answer = selection(s);
                break;
            default:
                s.requireOnly("MaxFileSizeInBytes", "MinFileSizeInBytes");
                answer = new FileUploadAnswerSpec(s.childLong("MinFileSizeInBytes"), s.childLong("MaxFileSizeInBytes"));
                break;
        }
        return new Question(id, content, answer, required, displayName);
    }

    private static List<ContentItem> content(XmlElement holder) {
        List<ContentItem> items = new ArrayList<>();
        for (XmlElement c : holder.children()) {
            switch (c.name()) {
                case "Title":
                    items.add(SimpleField.title(c.leafText()));
                    break;
                case "Text":
                    items.add(SimpleField.text(c.leafText()));
                    break;
                case "List":
                    c.requireOnly("ListItem");
                    List<String> li = new ArrayList<>();
                    for (XmlElement i : c.children()) {
                        li.add(i.leafText());
                    }
                    items.add(new BulletList(li));
                    break;
                case "FormattedContent":
                    items.add(new FormattedContent(c.leafText()));
                    break;
                case "Binary":
                    items.add(binary(c));
                    break;
                case "Application":
                    items.add(application(c));
                    break;
                case "EmbeddedBinary":
                    c.requireOnly("EmbeddedMimeType", "DataURL", "AltText", "Width", "Height", "ApplicationParameter");
                    XmlElement mime = c.child("EmbeddedMimeType");
                    mime.requireOnly("Type", "SubType");
                    items.add(new EmbeddedBinary(mime.childText("Type"), mime.childText("SubType"),
                            c.childText("DataURL").trim(), c.childText("AltText"), c.childText("Width"),
                            c.childText("Height"), parameters(c)));
                    break;
                default:
                    throw new IllegalArgumentException("unexpected element <" + c.name() + "> in <" + holder.name()
                            + ">");
            }
        }
        return items;
    }

    private static Binary binary(XmlElement b) {
        b.requireOnly("MimeType", "DataURL", "AltText");
        XmlElement mime = b.child("MimeType");
        mime.requireOnly("Type", "SubType");
        return new Binary(mime.childText("Type").trim(),
                mime.optionalChild("SubType").map(XmlElement::leafText).orElse(null),
                b.childText("DataURL").trim(), b.childText("AltText"));
    }

    private static Application application(XmlElement a) {
        a.requireOnly("JavaApplet", "Flash");
        if (a.children().size() != 1) {
            throw new IllegalArgumentException("<Application> must hold exactly one of JavaApplet, Flash");
        }
        XmlElement e = a.children().get(0);
        if (e.name().equals("JavaApplet")) {
            e.requireOnly("AppletPath", "AppletFilename", "Width", "Height", "ApplicationParameter");
            return new JavaApplet(e.childText("AppletPath").trim(), e.childText("AppletFilename"),
                    e.childText("Width"), e.childText("Height"), parameters(e));
        }
        e.requireOnly("FlashMovieURL", "Width", "Height", "ApplicationParameter");
        return new Flash(e.childText("FlashMovieURL").trim(), e.childText("Width"), e.childText("Height"),
                parameters(e));
    }

    private static List<ApplicationParameter> parameters(XmlElement holder) {
        List<ApplicationParameter> ps = new ArrayList<>();
        for (XmlElement p : holder.children("ApplicationParameter")) {
            p.requireOnly("Name", "Value");
            ps.add(new ApplicationParameter(p.childText("Name"), p.childText("Value")));
        }
        return ps;
    }

    private static FreeTextAnswerSpec freeText(XmlElement f) {
        f.requireOnly("Constraints", "DefaultText", "NumberOfLinesSuggestion");
        Constraints constraints = f.optionalChild("Constraints").map(QuestionXmlReader::constraints)
                .orElse(Constraints.NONE);
        String defaultText = f.optionalChild("DefaultText").map(XmlElement::leafText).orElse(null);
        Integer lines = f.optionalChild("NumberOfLinesSuggestion")
                .map(e -> XmlElement.parseInt("NumberOfLinesSuggestion", e.leafText())).orElse(null);
        return new FreeTextAnswerSpec(constraints, defaultText, lines);
    }

    private static Constraints constraints(XmlElement c) {
        c.requireOnly("IsNumeric", "Length", "AnswerFormatRegex");
        NumericConstraint numeric = c.optionalChild("IsNumeric")
                .map(e -> new NumericConstraint(intAttribute(e, "minValue"), intAttribute(e, "maxValue")))
                .orElse(null);
        LengthConstraint length = c.optionalChild("Length")
                .map(e -> new LengthConstraint(intAttribute(e, "minLength"), intAttribute(e, "maxLength")))
                .orElse(null);
        List<RegexConstraint> regexes = new ArrayList<>();
        for (XmlElement r : c.children("AnswerFormatRegex")) {
            String regex = r.attributes().get("regex");
            if (regex == null) {
                throw new IllegalArgumentException("<AnswerFormatRegex> lacks the required regex attribute");
            }
            regexes.add(new RegexConstraint(regex, r.attributes().get("errorText"), r.attributes().get("flags")));
        }
        return new Constraints(numeric, length, regexes);
    }

    private static Integer intAttribute(XmlElement e, String name) {
        String v = e.attributes().get(name);
        return v == null ? null : XmlElement.parseInt(e.name() + "@" + name, v);
    }

    private static SelectionAnswerSpec selection(XmlElement s) {
        s.requireOnly("MinSelectionCount", "MaxSelectionCount", "StyleSuggestion", "Selections");
        int min = s.optionalChild("MinSelectionCount")
                .map(e -> XmlElement.parseInt("MinSelectionCount", e.leafText())).orElse(1);
        int max = s.optionalChild("MaxSelectionCount")
                .map(e -> XmlElement.parseInt("MaxSelectionCount", e.leafText())).orElse(1);
        StyleSuggestion style = s.optionalChild("StyleSuggestion")
                .map(e -> StyleSuggestion.fromWireName(e.leafText().trim())).orElse(null);
        XmlElement selections = s.child("Selections");
        selections.requireOnly("Selection", "OtherSelection");
        List<Selection> list = new ArrayList<>();
        for (XmlElement sel : selections.children("Selection")) {
            sel.requireOnly("SelectionIdentifier", "Text", "Binary", "FormattedContent");
            String id = sel.childText("SelectionIdentifier");
            if (sel.children().size() != 2) {
                throw new IllegalArgumentException("<Selection> '" + id
                        + "' must hold exactly one of Text, Binary, FormattedContent");
            }
            Optional<XmlElement> text = sel.optionalChild("Text");
            Optional<XmlElement> bin = sel.optionalChild("Binary");
            SelectionContent content = text.isPresent() ? new SelectionText(text.get().leafText())
                    : bin.isPresent() ? binary(bin.get())
                    : new FormattedContent(sel.childText("FormattedContent"));
            list.add(new Selection(id, content));
        }
        FreeTextAnswerSpec other = selections.optionalChild("OtherSelection").map(QuestionXmlReader::freeText)
                .orElse(null);
        return new SelectionAnswerSpec(min, max, style, list, other);
    }
}
