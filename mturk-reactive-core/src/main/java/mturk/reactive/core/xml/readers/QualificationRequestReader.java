package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.QualificationRequest;

/**
 * Reads a {@code QualificationRequest} element (GetQualificationRequests). The {@code Test} document is kept as
 * text; the {@code Answer} document is kept as text and parsed into typed answers by
 * {@link QuestionFormAnswersReader} (an empty {@code <Answer/>} gives none).
 */
public final class QualificationRequestReader implements RecordReader<QualificationRequest> {

    private final QualificationRequest.Builder request = QualificationRequest.builder();
    private String answerXml;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "QualificationRequestId" -> Child.text(t -> request.qualificationRequestId(t.strip()));
            case "QualificationTypeId" -> Child.text(t -> request.qualificationTypeId(t.strip()));
            case "SubjectId" -> Child.text(t -> request.subjectId(t.strip()));
            case "Test" -> Child.text(request::test);
            case "Answer" -> Child.text(t -> answerXml = t);
            case "SubmitTime" -> Child.text(t -> request.submitTime(Values.instant(name, t)));
            default -> Child.skip();
        };
    }

    @Override
    public QualificationRequest finish() {
        if (answerXml != null) {
            request.answerXml(answerXml).answers(QuestionFormAnswersReader.parse(answerXml));
        }
        return request.build();
    }
}
