package mturk.reactive.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.Credentials;
import org.junit.jupiter.api.Test;

/** The golden vectors of boto2-mturk.md §2.3 (boto 2.49 output), byte for byte. */
class SignatureV1Test {

    private static final Credentials KEYS = Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE");
    private static final Instant NOON = Instant.parse("2014-08-15T12:00:00Z");

    @Test
    void vector1GetAccountBalance() {
        SignedRequest r = SignatureV1.sign("GetAccountBalance", Map.of(), KEYS, NOON);
        assertEquals("AWSAccessKeyIdAKIDEXAMPLEOperationGetAccountBalanceSignatureVersion1"
                + "Timestamp2014-08-15T12:00:00ZVersion2014-08-15", r.stringToSign());
        assertEquals("WmTVW1LR8/klVbmP2fRVwxwCkyM=", r.signature());
        assertEquals("AWSAccessKeyId=AKIDEXAMPLE&Operation=GetAccountBalance&SignatureVersion=1"
                + "&Timestamp=2014-08-15T12%3A00%3A00Z&Version=2014-08-15&Signature=WmTVW1LR8%2FklVbmP2fRVwxwCkyM%3D",
                r.body());
        assertEquals(170, r.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void vector2SearchHits() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SortProperty", "CreationTime");
        p.put("SortDirection", "Ascending");
        p.put("PageSize", "10");
        p.put("PageNumber", "1");
        SignedRequest r = SignatureV1.sign("SearchHITs", p, KEYS, NOON);
        assertEquals("AWSAccessKeyIdAKIDEXAMPLEOperationSearchHITsPageNumber1PageSize10SignatureVersion1"
                + "SortDirectionAscendingSortPropertyCreationTimeTimestamp2014-08-15T12:00:00ZVersion2014-08-15",
                r.stringToSign());
        assertEquals("IAEbQnN7SEuvodDzDu6wEa4NbNE=", r.signature());
    }

    @Test
    void vector3NotifyWorkersWithUnicodeNewlineAndReservedCharacters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Subject", "Hëllo wörld");
        p.put("MessageText", "Line1\nLine2 & <tag> = +/?");
        p.put("WorkerId.1", "W1");
        SignedRequest r = SignatureV1.sign("NotifyWorkers", p, KEYS, NOON);
        assertEquals("AWSAccessKeyIdAKIDEXAMPLEMessageTextLine1\nLine2 & <tag> = +/?OperationNotifyWorkers"
                + "SignatureVersion1SubjectHëllo wörldTimestamp2014-08-15T12:00:00ZVersion2014-08-15WorkerId.1W1",
                r.stringToSign());
        assertEquals("1BaK46dkD00OIhJqR2H26oHbAhI=", r.signature());
        assertEquals("AWSAccessKeyId=AKIDEXAMPLE&MessageText=Line1%0ALine2%20%26%20%3Ctag%3E%20%3D%20%2B/%3F"
                + "&Operation=NotifyWorkers&SignatureVersion=1&Subject=H%C3%ABllo%20w%C3%B6rld"
                + "&Timestamp=2014-08-15T12%3A00%3A00Z&Version=2014-08-15&WorkerId.1=W1"
                + "&Signature=1BaK46dkD00OIhJqR2H26oHbAhI%3D", r.body());
    }

    @Test
    void vector4CreateHitWithQualificationRequirementsBuiltByHand() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Question", "<ExternalQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2006-07-14/ExternalQuestion.xsd\"><ExternalURL>https://example.com/task?x=1&amp;y=2</ExternalURL>"
                + "<FrameHeight>600</FrameHeight></ExternalQuestion>");
        p.put("LifetimeInSeconds", "3900");
        p.put("MaxAssignments", "2");
        p.put("Title", "Boto External Question Test");
        p.put("Description", "desc");
        p.put("Keywords", "boto, test, doctest");
        p.put("Reward.1.Amount", "0.05");
        p.put("Reward.1.CurrencyCode", "USD");
        p.put("AssignmentDurationInSeconds", "360");
        p.put("AutoApprovalDelayInSeconds", "3600");
        p.put("RequesterAnnotation", "ann");
        p.put("QualificationRequirement.1.QualificationTypeId", "00000000000000000071");
        p.put("QualificationRequirement.1.Comparator", "In");
        p.put("QualificationRequirement.1.LocaleValue.1.Country", "US");
        p.put("QualificationRequirement.1.LocaleValue.1.Subdivision", "WA");
        p.put("QualificationRequirement.1.LocaleValue.2.Country", "CA");
        p.put("QualificationRequirement.2.QualificationTypeId", "000000000000000000L0");
        p.put("QualificationRequirement.2.Comparator", "GreaterThanOrEqualTo");
        p.put("QualificationRequirement.2.IntegerValue", "95");
        p.put("QualificationRequirement.2.RequiredToPreview", "true");
        SignedRequest r = SignatureV1.sign("CreateHIT", p, KEYS, NOON);
        assertEquals("WVNxwhPhiLwOgMvVLZfX+GzO5VA=", r.signature());
        assertEquals("AssignmentDurationInSeconds=360&AutoApprovalDelayInSeconds=3600&AWSAccessKeyId=AKIDEXAMPLE"
                + "&Description=desc&Keywords=boto%2C%20test%2C%20doctest&LifetimeInSeconds=3900&MaxAssignments=2"
                + "&Operation=CreateHIT&QualificationRequirement.1.Comparator=In"
                + "&QualificationRequirement.1.LocaleValue.1.Country=US"
                + "&QualificationRequirement.1.LocaleValue.1.Subdivision=WA"
                + "&QualificationRequirement.1.LocaleValue.2.Country=CA"
                + "&QualificationRequirement.1.QualificationTypeId=00000000000000000071"
                + "&QualificationRequirement.2.Comparator=GreaterThanOrEqualTo"
                + "&QualificationRequirement.2.IntegerValue=95"
                + "&QualificationRequirement.2.QualificationTypeId=000000000000000000L0"
                + "&QualificationRequirement.2.RequiredToPreview=true"
                + "&Question=%3CExternalQuestion%20xmlns%3D%22http%3A//mechanicalturk.amazonaws.com/"
                + "AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd%22%3E%3CExternalURL%3Ehttps%3A//"
                + "example.com/task%3Fx%3D1%26amp%3By%3D2%3C/ExternalURL%3E%3CFrameHeight%3E600%3C/FrameHeight%3E"
                + "%3C/ExternalQuestion%3E&RequesterAnnotation=ann&Reward.1.Amount=0.05&Reward.1.CurrencyCode=USD"
                + "&SignatureVersion=1&Timestamp=2014-08-15T12%3A00%3A00Z&Title=Boto%20External%20Question%20Test"
                + "&Version=2014-08-15&Signature=WVNxwhPhiLwOgMvVLZfX%2BGzO5VA%3D", r.body());
    }

    @Test
    void namesSortCaseInsensitivelyAndStably() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("QualificationRequirement.2.Comparator", "a");
        p.put("QualificationRequirement.10.Comparator", "b");
        p.put("AWSAccessKeyIdExtra", "c");
        p.put("Description", "d");
        SignedRequest r = SignatureV1.sign("X", p, KEYS, NOON);
        assertEquals(List.of("AWSAccessKeyId", "AWSAccessKeyIdExtra", "Description", "Operation",
                "QualificationRequirement.10.Comparator", "QualificationRequirement.2.Comparator",
                "SignatureVersion", "Timestamp", "Version"), List.copyOf(r.params().keySet()));
    }

    @Test
    void timestampsDropMilliseconds() {
        assertEquals("2014-08-15T12:00:00Z", SignatureV1.timestamp(Instant.parse("2014-08-15T12:00:00.999Z")));
    }

    @Test
    void valuesKeepTildeAndSlashLiteralAndEncodeSpaceAsPercent20() {
        assertEquals("a~b/c%20d%2B%2A", PercentEncoding.encodeValue("a~b/c d+*"));
        assertEquals("a%2Fb%2Bc%3D+d", PercentEncoding.encodePlus("a/b+c= d"));
    }

    @Test
    void theSignedRequestNeverShowsTheSecretOrTheParameters() {
        SignedRequest r = SignatureV1.sign("GetAccountBalance", Map.of("X", "private"), KEYS, NOON);
        assertFalse(r.toString().contains("SECRETEXAMPLE"));
        assertFalse(r.toString().contains("private"));
        assertFalse(KEYS.toString().contains("SECRETEXAMPLE"));
    }
}
