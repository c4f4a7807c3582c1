package mturk.reactive.simulator.client;

import java.time.Duration;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Hit;
import mturk.reactive.model.Price;
import mturk.reactive.simulator.SimulatedWorkers;

/** Question documents and small set-ups shared by the client-against-simulator tests. */
final class Scenarios {
    static final String FORM_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd";
    static final String ANSWERS_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";

    /** One free-text question {@code q1}. */
    static final String FREE_TEXT_FORM = "<QuestionForm xmlns=\"" + FORM_NS + "\"><Question><QuestionIdentifier>q1"
            + "</QuestionIdentifier><QuestionContent><Text>Say something</Text></QuestionContent><AnswerSpecification>"
            + "<FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    /** Free text {@code t}, a multi-select {@code s} allowing other text, a file upload {@code f}. */
    static final String TYPED_FORM = "<QuestionForm xmlns=\"" + FORM_NS + "\">"
            + "<Question><QuestionIdentifier>t</QuestionIdentifier><QuestionContent><Text>t</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>"
            + "<Question><QuestionIdentifier>s</QuestionIdentifier><QuestionContent><Text>s</Text></QuestionContent>"
            + "<AnswerSpecification><SelectionAnswer><MinSelectionCount>1</MinSelectionCount><MaxSelectionCount>3"
            + "</MaxSelectionCount><StyleSuggestion>checkbox</StyleSuggestion><Selections><Selection>"
            + "<SelectionIdentifier>a</SelectionIdentifier><Text>A</Text></Selection><Selection>"
            + "<SelectionIdentifier>b</SelectionIdentifier><Text>B</Text></Selection><Selection>"
            + "<SelectionIdentifier>c</SelectionIdentifier><Text>C</Text></Selection><OtherSelection><FreeTextAnswer/>"
            + "</OtherSelection></Selections></SelectionAnswer></AnswerSpecification></Question>"
            + "<Question><QuestionIdentifier>f</QuestionIdentifier><QuestionContent><Text>f</Text></QuestionContent>"
            + "<AnswerSpecification><FileUploadAnswer><MaxFileSizeInBytes>3000</MaxFileSizeInBytes>"
            + "<MinFileSizeInBytes>2000</MinFileSizeInBytes></FileUploadAnswer></AnswerSpecification></Question>"
            + "</QuestionForm>";

    private Scenarios() {
    }

    /** A free-text answer document for question {@code q1}. */
    static String freeTextAnswer(String text) {
        return "<QuestionFormAnswers xmlns=\"" + ANSWERS_NS + "\"><Answer><QuestionIdentifier>q1</QuestionIdentifier>"
                + "<FreeText>" + text + "</FreeText></Answer></QuestionFormAnswers>";
    }

    /** Creates a free-text HIT with the given number of assignments through the client. */
    static Hit newHit(MTurkClient client, String title, int maxAssignments) {
        return client.createHit(b -> b.title(title).description("A client-against-simulator test HIT")
                .reward(Price.usd("0.10")).assignmentDuration(Duration.ofHours(1)).lifetime(Duration.ofDays(1))
                .maxAssignments(maxAssignments).question(FREE_TEXT_FORM)).block();
    }

    /** The id of the {@code index}-th simulated worker. */
    static String worker(SimulatedWorkers workers, int index) {
        return workers.list().get(index).id();
    }

    /** Has the {@code index}-th worker accept and submit {@code text} on the HIT; returns the assignment id. */
    static String submitted(SimulatedWorkers workers, int index, String hitId, String text) {
        String assignmentId = workers.accept(worker(workers, index), hitId);
        workers.submit(assignmentId, freeTextAnswer(text));
        return assignmentId;
    }
}
