package org.xueji.admission.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lottery (电脑派位), written so that anyone can re-implement it from this description:
 * <ol>
 * <li>Sort the candidates' application numbers ascending (Java {@code String} order = UTF-16 code
 * units; numbers are ASCII so this is plain byte order).</li>
 * <li>Random source "SHA-256 counter mode": the k-th value (k = 0, 1, 2, …) is the first 8 bytes,
 * big-endian, of SHA-256(UTF-8(seed + ":" + k)), shifted right by one bit (a number in
 * [0, 2^63)).</li>
 * <li>uniform(n): take the next value r; if r ≥ ⌊(2^63 − 1) / n⌋ × n, discard it and take the
 * next (no modulo bias); else return r mod n.</li>
 * <li>Fisher–Yates: for i = size − 1 down to 1: j = uniform(i + 1), swap positions i and j.</li>
 * <li>The resulting order is the draw; the first {@code seats} are admitted.</li>
 * </ol>
 * The same list (in any order) and the same seed always give the same draw.
 */
public final class Lottery {

    private Lottery() {
    }

    public static List<String> draw(List<String> applicationNumbers, String seed) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("seed");
        }
        List<String> order = new ArrayList<>(applicationNumbers);
        order.sort(null);
        Counter random = new Counter(seed);
        for (int i = order.size() - 1; i >= 1; i--) {
            int j = (int) random.uniform(i + 1L);
            String t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }

    /** The seed of one group: the season's published seed, the school and the priority rank. */
    public static String groupSeed(String seasonSeed, long schoolId, int rank) {
        return seasonSeed + "/" + schoolId + "/" + rank;
    }

    static final class Counter {
        private final String seed;
        private long k;

        Counter(String seed) {
            this.seed = seed;
        }

        long next() {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + ":" + k++).getBytes(StandardCharsets.UTF_8));
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v = (v << 8) | (h[b] & 0xFF);
                }
                return v >>> 1;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every Java runtime has SHA-256
            }
        }

        long uniform(long n) {
            long limit = (Long.MAX_VALUE / n) * n;
            while (true) {
                long r = next();
                if (r < limit) {
                    return r % n;
                }
            }
        }
    }
}
