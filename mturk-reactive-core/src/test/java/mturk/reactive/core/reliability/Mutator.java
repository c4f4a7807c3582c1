package mturk.reactive.core.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded, structure-aware byte mutator for XML response bodies: flips, deletions, duplications, truncations,
 * splices, and insertions of XML tokens, hostile constructs and odd values from a dictionary. The same seed gives the
 * same mutants, so a failure is reproduced from the seed printed with it.
 */
final class Mutator {

    private static final List<byte[]> DICTIONARY = List.of(
            "<", ">", "</", "/>", "&", "&amp;", "&lt;", "&#0;", "&#xD800;", "&#x10FFFF;", "&#1114112;", "&bogus;",
            "<![CDATA[", "]]>", "<![CDATA[x]]>", "<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY e \"v\">]>", "<?pi x?>",
            "<?xml version=\"1.0\"?>", "<!--", "-->", "<!-- c -->", "\"", "'", "=", " a=\"1\"", " xmlns=\"urn:x\"",
            " xmlns:p=\"urn:p\"", "<p:HIT>", "<HIT>", "</HIT>", "<HITId>", "</HITId>", "<HITId></HITId>",
            "<HITId> </HITId>", "<Reward>", "</Reward>", "<Amount>", "</Amount>", "<Amount>1e999999</Amount>",
            "<Amount>-0.00</Amount>", "<Amount>NaN</Amount>", "<NumResults>", "<NumResults>99999999999</NumResults>",
            "<TotalNumResults>-1</TotalNumResults>", "<PageNumber>x</PageNumber>", "<IsValid>False</IsValid>",
            "<IsValid>maybe</IsValid>", "<Errors><Error><Code>AWS.ServiceUnavailable</Code><Message>m</Message>"
                    + "</Error></Errors>", "<Error>", "<Data><Key>HITId</Key><Value>v</Value></Data>",
            "<Request>", "</Request>", "<OperationRequest>", "<RequestId>", "<RequestID>x</RequestID>",
            "<GetAccountBalanceResult>", "<SearchHITsResult>", "<AvailableBalance>", "</AvailableBalance>",
            "\u00e9", "\u20ac", "\uD83D\uDE00", "\u0000", "\u0001", "\uFFFE", "\r\n", "\t", "    ")
            .stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final byte[][] RAW = {
        {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x9F}, {0}};

    private final Random random;

    /** @param seed the seed of every choice */
    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** @return the random source, for callers that make their own seeded choices */
    Random random() {
        return random;
    }

    /**
     * @param input the document
     * @return a mutant with 1 mutation applied (a third of the time 1 to 4)
     */
    byte[] mutate(byte[] input) {
        byte[] out = input;
        int n = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 1;
        for (int i = 0; i < n; i++) {
            out = mutateOnce(out);
        }
        return out;
    }

    private byte[] mutateOnce(byte[] in) {
        if (in.length == 0) {
            return token();
        }
        int at = random.nextInt(in.length + 1);
        switch (random.nextInt(9)) {
            case 0 -> { // flip one byte
                byte[] out = in.clone();
                int i = Math.min(at, in.length - 1);
                out[i] = (byte) random.nextInt(256);
                return out;
            }
            case 1 -> { // delete a range
                int len = 1 + random.nextInt(Math.max(1, Math.min(64, in.length - Math.min(at, in.length - 1))));
                int from = Math.min(at, in.length - 1);
                return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, Math.min(in.length, from + len),
                        in.length));
            }
            case 2 -> { // duplicate a range in place (repeated elements, repeated records)
                int from = Math.min(at, in.length - 1);
                int to = Math.min(in.length, from + 1 + random.nextInt(200));
                return concat(Arrays.copyOfRange(in, 0, to), Arrays.copyOfRange(in, from, in.length));
            }
            case 3 -> { // truncate
                return Arrays.copyOf(in, Math.min(at, in.length));
            }
            case 4 -> { // splice: move a range elsewhere
                int from = random.nextInt(in.length);
                int to = Math.min(in.length, from + 1 + random.nextInt(100));
                byte[] cut = Arrays.copyOfRange(in, from, to);
                byte[] rest = concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, in.length));
                int where = random.nextInt(rest.length + 1);
                return concat(Arrays.copyOfRange(rest, 0, where), cut, Arrays.copyOfRange(rest, where, rest.length));
            }
            case 5 -> { // insert a raw invalid byte sequence
                return insert(in, at, RAW[random.nextInt(RAW.length)]);
            }
            case 6 -> { // replace the text after a '>' with a dictionary token
                int gt = indexOf(in, (byte) '>', at);
                if (gt < 0) {
                    return insert(in, at, token());
                }
                int lt = indexOf(in, (byte) '<', gt);
                int end = lt < 0 ? in.length : lt;
                return concat(Arrays.copyOfRange(in, 0, gt + 1), token(), Arrays.copyOfRange(in, end, in.length));
            }
            case 7 -> { // repeat a token many times (deep or long)
                byte[] t = token();
                int times = 1 + random.nextInt(random.nextInt(8) == 0 ? 2000 : 50);
                ByteArrayOutputStream b = new ByteArrayOutputStream(t.length * times);
                for (int i = 0; i < times; i++) {
                    b.writeBytes(t);
                }
                return insert(in, at, b.toByteArray());
            }
            default -> {
                return insert(in, at, token());
            }
        }
    }

    private byte[] token() {
        return DICTIONARY.get(random.nextInt(DICTIONARY.size()));
    }

    private static int indexOf(byte[] in, byte b, int from) {
        for (int i = Math.max(0, from); i < in.length; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        return concat(Arrays.copyOfRange(in, 0, at), what, Arrays.copyOfRange(in, at, in.length));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
