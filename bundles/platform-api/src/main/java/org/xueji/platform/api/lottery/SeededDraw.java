package org.xueji.platform.api.lottery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A public draw by lot (抽签), deterministic from the list and the seed, and simple enough to redo
 * with a command-line tool:
 * <ol>
 * <li>Every candidate is a non-blank text (an account name, a person's name); a candidate twice
 * in the list is refused. The order the list is given in does not matter.</li>
 * <li>Each candidate's lot is SHA-256 of the UTF-8 bytes of {@code seed + "\n" + candidate},
 * written as 64 lowercase hexadecimal digits (on a shell:
 * {@code printf '%s\n%s' SEED CANDIDATE | sha256sum}).</li>
 * <li>The draw is the candidates ordered by lot ascending (as text; two equal lots — never seen
 * with SHA-256 — are ordered by the candidate text). Whoever draws position k gets the k-th
 * prize: here, the k-th class.</li>
 * </ol>
 * Nobody can steer the result without knowing the seed before the list is fixed, so the seed is
 * drawn ({@link #newSeed()}) or announced only once the list is closed, and recorded with it.
 */
public final class SeededDraw {

    private SeededDraw() {
    }

    /** The candidates in drawn order. */
    public static List<String> draw(Collection<String> candidates, String seed) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("seed");
        }
        Set<String> seen = new HashSet<>();
        List<String[]> lots = new ArrayList<>();
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("blank candidate");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("candidate twice");
            }
            lots.add(new String[] {lot(seed, c), c});
        }
        lots.sort(Comparator.<String[], String>comparing(l -> l[0]).thenComparing(l -> l[1]));
        return lots.stream().map(l -> l[1]).toList();
    }

    /** One candidate's lot: SHA-256(UTF-8(seed + "\n" + candidate)) in lowercase hex. */
    public static String lot(String seed, String candidate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((seed + "\n" + candidate).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    /** A fresh seed: 16 lowercase hex digits from a strong random source. */
    public static String newSeed() {
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
