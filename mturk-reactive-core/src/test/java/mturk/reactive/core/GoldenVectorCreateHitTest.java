package mturk.reactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.Price;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.question.ExternalQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * boto2's golden vector 4 (boto2-mturk.md §2.3) reproduced end to end through {@link MTurkClient#createHit}, with a
 * fixed clock, byte for byte.
 *
 * <p>The one deliberate difference: our client always sends a {@code UniqueRequestToken} on CreateHIT (boto2 never
 * does), because the token is what makes a retried CreateHIT safe. There is no option to omit it. The test passes a
 * fixed caller token, so the expected body is boto2's body with {@code UniqueRequestToken=tok} in its sorted place
 * (between {@code Title} and {@code Version}) and the signature recomputed over that one extra pair by an HMAC-SHA1
 * written here, independently of the client's signer (and itself checked against boto2's signature).
 */
@ExtendWith(LeakCheckExtension.class)
class GoldenVectorCreateHitTest {

    private static final String BOTO2_SIGNATURE = "WVNxwhPhiLwOgMvVLZfX+GzO5VA=";
    private static final String BOTO2_BODY_UNSIGNED = "AssignmentDurationInSeconds=360&AutoApprovalDelayInSeconds=3600"
            + "&AWSAccessKeyId=AKIDEXAMPLE&Description=desc&Keywords=boto%2C%20test%2C%20doctest"
            + "&LifetimeInSeconds=3900&MaxAssignments=2&Operation=CreateHIT"
            + "&QualificationRequirement.1.Comparator=In&QualificationRequirement.1.LocaleValue.1.Country=US"
            + "&QualificationRequirement.1.LocaleValue.1.Subdivision=WA&QualificationRequirement.1.LocaleValue.2.Country=CA"
            + "&QualificationRequirement.1.QualificationTypeId=00000000000000000071"
            + "&QualificationRequirement.2.Comparator=GreaterThanOrEqualTo&QualificationRequirement.2.IntegerValue=95"
            + "&QualificationRequirement.2.QualificationTypeId=000000000000000000L0"
            + "&QualificationRequirement.2.RequiredToPreview=true"
            + "&Question=%3CExternalQuestion%20xmlns%3D%22http%3A//mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd%22%3E%3CExternalURL%3Ehttps%3A//example.com/"
            + "task%3Fx%3D1%26amp%3By%3D2%3C/ExternalURL%3E%3CFrameHeight%3E600%3C/FrameHeight%3E%3C/ExternalQuestion%3E"
            + "&RequesterAnnotation=ann&Reward.1.Amount=0.05&Reward.1.CurrencyCode=USD&SignatureVersion=1"
            + "&Timestamp=2014-08-15T12%3A00%3A00Z&Title=Boto%20External%20Question%20Test&Version=2014-08-15";

    /** HMAC-SHA1 of the concatenated name+value pairs in the body's (already case-insensitively sorted) order. */
    private static String sign(String unsignedBody) throws Exception {
        StringBuilder toSign = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String pair : unsignedBody.split("&")) {
            int eq = pair.indexOf('=');
            names.add(pair.substring(0, eq));
            toSign.append(pair, 0, eq).append(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.util.Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
        assertEquals(sorted, names, "the body must be in boto2's case-insensitive order");
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("SECRETEXAMPLE".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(toSign.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String signatureParameter(String signature) {
        return "&Signature=" + signature.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    }

    @Test
    void theTestsOwnSignerReproducesBoto2sSignature() throws Exception {
        assertEquals(BOTO2_SIGNATURE, sign(BOTO2_BODY_UNSIGNED));
    }

    @Test
    void createHitSendsBoto2sBodyPlusTheTokenByteForByte() throws Exception {
        String unsigned = BOTO2_BODY_UNSIGNED.replace("&Version=", "&UniqueRequestToken=tok&Version=");
        String expected = unsigned + signatureParameter(sign(unsigned));

        try (RecordingServer server = new RecordingServer();
             MTurkClient client = server.clientBuilder()
                     .clock(Clock.fixed(Instant.parse("2014-08-15T12:00:00Z"), ZoneOffset.UTC)).build()) {
            client.createHit(b -> b
                            .question(new ExternalQuestion("https://example.com/task?x=1&y=2", 600).toXml())
                            .lifetime(Duration.ofSeconds(3900)).maxAssignments(2)
                            .title("Boto External Question Test").description("desc")
                            .keywords(List.of("boto", "test", "doctest")).reward(Price.usd("0.05"))
                            .assignmentDuration(Duration.ofSeconds(360)).autoApprovalDelay(Duration.ofSeconds(3600))
                            .requesterAnnotation("ann")
                            .qualificationRequirement(Requirements.locale(Comparator.IN, LocaleValue.of("US", "WA"),
                                    LocaleValue.of("CA")))
                            .qualificationRequirement(Requirements.percentAssignmentsApproved(
                                    Comparator.GREATER_THAN_OR_EQUAL_TO, 95).withRequiredToPreview(true))
                            .uniqueRequestToken("tok"))
                    .block(Duration.ofSeconds(10));

            assertEquals(List.of(expected), server.rawBodies());
        }
    }
}
