package mturk.reactive.benchmarks.bodies;

import java.util.SplittableRandom;

/** Identifier shapes of the service: 30-character upper-case HIT and assignment ids, 13/14-character worker ids. */
final class Ids {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private Ids() {
    }

    /** A random id of {@code length} upper-case letters and digits. */
    static String random(SplittableRandom random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    /** A worker id: {@code A} followed by 12 or 13 letters and digits. */
    static String worker(SplittableRandom random) {
        return "A" + random(random, 12 + random.nextInt(2));
    }

    /** A request id shaped like a UUID v4. */
    static String requestId(SplittableRandom random) {
        return String.format("%08x-%04x-4%03x-%04x-%012x", random.nextInt() & 0xffffffffL, random.nextInt(0x10000),
                random.nextInt(0x1000), 0x8000 | random.nextInt(0x4000), random.nextLong() & 0xffffffffffffL);
    }
}
