package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;
import org.junit.jupiter.api.Test;

class BatchRequestsTest {

    private static final HitProperties PROPS = HitProperties.parse("h", """
            title=Label a picture
            description=Say what you see
            keywords=image, label
            reward=0.05
            assignments=3
            annotation=batch 7
            assignmentduration=600
            hitlifetime=1d
            autoapprovaldelay=3600
            qualification.1=PercentAssignmentsApproved
            qualification.comparator.1=greaterthanorequalto
            qualification.value.1=95
            qualification.private.1=true
            qualification.2=Locale
            qualification.comparator.2=In
            qualification.locale.2=US-WA,DE
            """);

    @Test
    void theHitTypeCarriesTheSharedProperties() {
        RegisterHitTypeRequest r = BatchRequests.hitType(PROPS);
        assertEquals("Label a picture", r.title());
        assertEquals(new BigDecimal("0.05"), r.reward().amount());
        assertEquals(Duration.ofMinutes(10), r.assignmentDuration());
        assertEquals(Duration.ofHours(1), r.autoApprovalDelay());
        assertEquals("image, label", r.keywords());
        List<QualificationRequirement> q = r.qualificationRequirements();
        assertEquals("000000000000000000L0", q.get(0).qualificationTypeId());
        assertEquals(Comparator.GREATER_THAN_OR_EQUAL_TO, q.get(0).comparator());
        assertEquals(List.of(95), q.get(0).integerValues());
        assertTrue(q.get(0).requiredToPreview());
        assertEquals(List.of(LocaleValue.of("US", "WA"), LocaleValue.of("DE")), q.get(1).localeValues());
    }

    @Test
    void eachHitNamesTheTypeAndCarriesItsQuestionAndToken() {
        CreateHitRequest r = BatchRequests.hit(PROPS, "TYPE1", "<QuestionForm/>", "tok");
        assertEquals("TYPE1", r.hitTypeId());
        assertEquals("<QuestionForm/>", r.question());
        assertEquals("tok", r.uniqueRequestToken());
        assertEquals(3, r.maxAssignments());
        assertEquals(Duration.ofDays(1), r.lifetime());
        assertEquals("batch 7", r.requesterAnnotation());
    }
}
