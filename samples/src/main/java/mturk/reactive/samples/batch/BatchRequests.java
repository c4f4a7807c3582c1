package mturk.reactive.samples.batch;

import java.util.List;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;

/**
 * Turns the {@link HitProperties} of a batch into the SDK's request records: one {@code RegisterHITType} for the
 * batch, then one {@code CreateHIT} per row that names the HIT type, carries the row's question and its
 * deterministic {@code UniqueRequestToken}.
 */
public final class BatchRequests {

    private BatchRequests() {
    }

    /** The HIT type of the batch. */
    public static RegisterHitTypeRequest hitType(HitProperties p) {
        RegisterHitTypeRequest.Builder b = RegisterHitTypeRequest.builder()
                .title(p.title())
                .description(p.description())
                .reward(Price.usd(p.reward()))
                .assignmentDuration(p.assignmentDuration())
                .autoApprovalDelay(p.autoApprovalDelay())
                .qualificationRequirements(requirements(p.qualifications()));
        if (p.keywords() != null) {
            b.keywords(p.keywords());
        }
        return b.build();
    }

    /** The HIT of one row: the batch's HIT type, the filled question and the row's request token. */
    public static CreateHitRequest hit(HitProperties p, String hitTypeId, String question, String token) {
        CreateHitRequest.Builder b = CreateHitRequest.builder()
                .hitTypeId(hitTypeId)
                .question(question)
                .lifetime(p.lifetime())
                .maxAssignments(p.assignments())
                .uniqueRequestToken(token);
        if (p.annotation() != null) {
            b.requesterAnnotation(p.annotation());
        }
        return b.build();
    }

    /** The model's requirements for the properties' qualifications. */
    public static List<QualificationRequirement> requirements(List<QualificationProperty> qualifications) {
        return qualifications.stream().map(BatchRequests::requirement).toList();
    }

    private static QualificationRequirement requirement(QualificationProperty q) {
        Comparator comparator = Comparator.fromWire(q.comparator());
        QualificationRequirement r = q.locales().isEmpty()
                ? QualificationRequirement.ofIntegers(q.typeId(), comparator, q.integerValues())
                : QualificationRequirement.ofLocales(q.typeId(), comparator, q.locales().stream()
                        .map(l -> QualificationProperty.subdivision(l) == null
                                ? LocaleValue.of(QualificationProperty.country(l))
                                : LocaleValue.of(QualificationProperty.country(l), QualificationProperty.subdivision(l)))
                        .toList());
        return r.withRequiredToPreview(q.requiredToPreview());
    }
}
