package mturk.reactive.model.question;

import java.util.List;

/** Documents whose every text and attribute holds characters that break naive XML writers such as boto2's. */
final class HostileDocuments {

    /** Markup, quotes, ampersands, a CDATA terminator, a carriage return, accents, CJK and an emoji. */
    static final String HOSTILE = "Tom & \"Jerry\" <b>'s</b> ]]> caf\u00e9 \u65e5\u672c \uD83D\uDE00\r\nend";

    /** The same without line breaks, for attribute values. */
    static final String HOSTILE_ATTRIBUTE = "Tom & \"Jerry\" <b>'s</b> ]]> caf\u00e9 \u65e5\u672c \uD83D\uDE00";

    private HostileDocuments() {
    }

    static QuestionForm form() {
        return QuestionForm.builder()
                .overview(SimpleField.title(HOSTILE), SimpleField.text(HOSTILE), BulletList.of(HOSTILE, "plain"),
                        new FormattedContent("<p>a]]>b</p>" + HOSTILE),
                        new Binary("image", "png", "http://example.com/a.png?x=1&y=\"2\"<3>", HOSTILE))
                .question(Question.builder("q&<1>\"")
                        .displayName(HOSTILE)
                        .required(true)
                        .content(SimpleField.text(HOSTILE))
                        .answer(FreeTextAnswerSpec.builder()
                                .numeric(-5, 5)
                                .length(0, 40)
                                .regex("^[<>&\"']+$", HOSTILE_ATTRIBUTE, "i")
                                .defaultText(HOSTILE)
                                .numberOfLinesSuggestion(3)
                                .build())
                        .build())
                .question(Question.builder("pick")
                        .content(SimpleField.text("Pick"))
                        .answer(SelectionAnswerSpec.builder()
                                .minSelectionCount(0).maxSelectionCount(3).style(StyleSuggestion.MULTICHOOSER)
                                .text("a&b", HOSTILE)
                                .selection(Selection.formatted("f]]>", "<i>x]]>y</i>"))
                                .selection(Selection.binary("bin<", new Binary("video", null,
                                        "https://example.com/v.mp4?a&b", HOSTILE)))
                                .other(FreeTextAnswerSpec.builder().regex("\\d+", null, null).build())
                                .build())
                        .build())
                .build();
    }

    static QuestionForm applications() {
        return QuestionForm.of(Question.of("app", QuestionContent.of(
                JavaApplet.of("http://example.com/applets/", "Game.class", 400, 300,
                        new ApplicationParameter("level", "1&2"), new ApplicationParameter("name", HOSTILE)),
                Flash.of("https://example.com/movie.swf?a=1&b=2", 640, 480),
                new EmbeddedBinary("application", "x-shockwave-flash", "http://example.com/e.swf", HOSTILE,
                        "100", "50%", List.of(new ApplicationParameter("p", "<v>")))),
                FreeTextAnswerSpec.UNCONSTRAINED));
    }

    static ExternalQuestion external() {
        return new ExternalQuestion("https://example.com/task?a=1&b=\"2\"&c=<3>&d=caf\u00e9", 450);
    }

    static HtmlQuestion html() {
        return new HtmlQuestion("<!DOCTYPE html>\r\n<html><body><script>if (a]]>b && c < d) {}</script>"
                + "<p>" + HOSTILE + "</p></body></html>", 0);
    }
}
