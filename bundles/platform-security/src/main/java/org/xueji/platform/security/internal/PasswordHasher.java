package org.xueji.platform.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes from the JDK (R2). Stored form:
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}. The iteration count is read
 * from the stored value, so it can be raised later: {@link #needsRehash} tells when a stored
 * hash is weaker than the configured one. Comparison is constant-time. Pure Java.
 */
public final class PasswordHasher {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256; also the lowest count accepted for new hashes. */
    public static final int DEFAULT_ITERATIONS = 310_000;
    static final String ALGORITHM = "pbkdf2-sha256";
    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** upper bound when reading a stored value, so that a corrupted row cannot stall a login */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < DEFAULT_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be between " + DEFAULT_ITERATIONS + " and "
                    + MAX_ITERATIONS + ": " + iterations);
        }
        this.iterations = iterations;
    }

    /** A hasher for the configured count, never below {@link #DEFAULT_ITERATIONS}. */
    public static PasswordHasher forConfig(int iterations) {
        return new PasswordHasher(Math.min(MAX_ITERATIONS, Math.max(DEFAULT_ITERATIONS, iterations)));
    }

    public int iterations() {
        return iterations;
    }

    /** A new salted hash of the password (the array is not changed; the caller wipes it). */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String encoded = ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        Arrays.fill(hash, (byte) 0);
        return encoded;
    }

    /** Whether the password matches the stored hash; {@code false} for a malformed stored value. */
    public boolean verify(char[] password, String stored) {
        Parsed p = parse(stored);
        if (p == null || password == null || password.length == 0) {
            return false;
        }
        byte[] candidate = derive(password, p.salt, p.iterations, p.hash.length);
        try {
            return MessageDigest.isEqual(candidate, p.hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    /** Whether a stored hash should be replaced by one with the current iteration count. */
    public boolean needsRehash(String stored) {
        Parsed p = parse(stored);
        return p == null || p.iterations < iterations;
    }

    /** The iteration count of a stored hash, or -1 when malformed. */
    public static int iterationsOf(String stored) {
        Parsed p = parse(stored);
        return p == null ? -1 : p.iterations;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return null;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || hash.length == 0) {
                return null;
            }
            return new Parsed(iterations, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
