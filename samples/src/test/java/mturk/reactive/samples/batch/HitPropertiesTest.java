package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitPropertiesTest {

    private static final String BASE = "title=Label a picture\ndescription=Say what you see\nreward=0.05\n";

    @Test
    void readsTheLoadHitsKeysWithDefaults() {
        HitProperties p = HitProperties.parse("h.properties", BASE);
        assertEquals("Label a picture", p.title());
        assertEquals(new BigDecimal("0.05"), p.reward());
        assertEquals(1, p.assignments());
        assertNull(p.keywords());
        assertEquals(Duration.ofHours(1), p.assignmentDuration());
        assertEquals(Duration.ofDays(3), p.lifetime());
        assertEquals(Duration.ofDays(30), p.autoApprovalDelay());
        assertTrue(p.qualifications().isEmpty());
    }

    @Test
    void readsDurationsInSecondsOrWithAUnit() {
        HitProperties p = HitProperties.parse("h", BASE + "assignmentduration=600\nhitlifetime=2d\n"
                + "autoapprovaldelay=90m\nassignments=3\nkeywords=image, label\nannotation=batch 7\n");
        assertEquals(Duration.ofMinutes(10), p.assignmentDuration());
        assertEquals(Duration.ofDays(2), p.lifetime());
        assertEquals(Duration.ofMinutes(90), p.autoApprovalDelay());
        assertEquals(3, p.assignments());
        assertEquals("image, label", p.keywords());
        assertEquals("batch 7", p.annotation());
    }

    @Test
    void readsNumberedQualificationsInOrder() {
        HitProperties p = HitProperties.parse("h", BASE
                + "qualification.2=Locale\nqualification.comparator.2=in\nqualification.locale.2=US, ca-QC\n"
                + "qualification.1=000000000000000000L0\nqualification.comparator.1=greaterthan\n"
                + "qualification.value.1=95\nqualification.private.1=true\n"
                + "qualification.3=3ABCDEF\nqualification.comparator.3=Exists\n");
        List<QualificationProperty> q = p.qualifications();
        assertEquals(3, q.size());
        assertEquals(new QualificationProperty(1, "000000000000000000L0", "GreaterThan", List.of(95), List.of(), true),
                q.get(0));
        assertEquals(new QualificationProperty(2, "00000000000000000071", "In", List.of(), List.of("US", "CA-QC"),
                false), q.get(1));
        assertEquals("Exists", q.get(2).comparator());
        assertFalse(q.get(2).requiredToPreview());
    }

    @Test
    void aMissingRequiredPropertyIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> HitProperties.parse("h.properties", "title=t\nreward=0.10\n"));
        assertEquals("h.properties: 'description' is missing; it is required", e.getMessage());
    }

    @Test
    void aRewardWithMoreThanTwoDecimalsIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> HitProperties.parse("h", BASE.replace("0.05", "0.9752")));
        assertEquals("h: 'reward' is 0.9752; the service takes whole cents (at most 2 decimals)", e.getMessage());
    }

    @Test
    void aRewardThatIsNotANumberIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> HitProperties.parse("h", BASE.replace("0.05", "five cents")));
        assertEquals("h: 'reward' is 'five cents', which is not an amount such as 0.25", e.getMessage());
    }

    @Test
    void outOfRangeValuesNameTheLimit() {
        assertEquals("h: 'assignmentduration' is 10 seconds; it must be between 30 and 31536000",
                assertThrows(InputException.class,
                        () -> HitProperties.parse("h", BASE + "assignmentduration=10\n")).getMessage());
        assertEquals("h: 'title' is 129 characters; the limit is 128",
                assertThrows(InputException.class,
                        () -> HitProperties.parse("h", BASE.replace("Label a picture", "t".repeat(129))))
                        .getMessage());
    }

    @Test
    void anUnknownPropertyIsRefused() {
        InputException e = assertThrows(InputException.class, () -> HitProperties.parse("h", BASE + "titel=x\n"));
        assertTrue(e.getMessage().startsWith("h: 'titel' is not a known property"), e.getMessage());
    }

    @Test
    void anUnknownComparatorIsRefused() {
        InputException e = assertThrows(InputException.class, () -> HitProperties.parse("h", BASE
                + "qualification.1=X\nqualification.comparator.1=bigger\nqualification.value.1=1\n"));
        assertTrue(e.getMessage().startsWith("h: 'qualification.comparator.1' is 'bigger'; expected one of"),
                e.getMessage());
    }

    @Test
    void aComparatorWithoutItsValueIsRefused() {
        InputException e = assertThrows(InputException.class, () -> HitProperties.parse("h", BASE
                + "qualification.1=X\nqualification.comparator.1=GreaterThan\n"));
        assertEquals("h: 'qualification.value.1' is missing; comparator GreaterThan needs a value", e.getMessage());
    }

    @Test
    void severalValuesNeedInOrNotIn() {
        InputException e = assertThrows(InputException.class, () -> HitProperties.parse("h", BASE
                + "qualification.1=X\nqualification.comparator.1=EqualTo\nqualification.value.1=1,2\n"));
        assertEquals("h: 'qualification.value.1' has 2 values; only the comparators In and NotIn take several",
                e.getMessage());
    }

    @Test
    void moreThanTenRequirementsAreRefused() {
        StringBuilder sb = new StringBuilder(BASE);
        for (int i = 1; i <= 11; i++) {
            sb.append("qualification.").append(i).append("=X").append(i).append('\n')
                    .append("qualification.comparator.").append(i).append("=Exists\n");
        }
        InputException e = assertThrows(InputException.class, () -> HitProperties.parse("h", sb.toString()));
        assertTrue(e.getMessage().contains("at most 10"), e.getMessage());
    }
}
