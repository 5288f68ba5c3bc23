package org.xueji.platform.audit.internal.anchor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that anchors the audit chain outside the database (R7): 32 random bytes in a
 * file of its own (hex), created on first use with owner-only permissions. Whoever can write
 * the database but not read this file cannot produce a head seal or an anchor that verifies.
 * <p>
 * The key never leaves this class: no getter, and {@link #toString()} names only the file.
 */
public final class AnchorKey {

    static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final SecretKeySpec key;
    private final boolean created;

    private AnchorKey(Path file, byte[] key, boolean created) {
        this.file = file;
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.created = created;
    }

    /**
     * Reads the key file, or creates it (and its folder) when it does not exist yet.
     *
     * @throws IllegalStateException if the file exists but holds no key of the right length
     */
    public static AnchorKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return new AnchorKey(file, read(file), false);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] key = new byte[BYTES];
            new SecureRandom().nextBytes(key);
            try {
                Files.write(create(file), (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII),
                        StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException raced) {
                // another start created it first: use that one
                return new AnchorKey(file, read(file), false);
            }
            return new AnchorKey(file, key, true);
        } catch (IOException e) {
            throw new IllegalStateException("audit anchor key file " + file + " cannot be read or created", e);
        }
    }

    /** Creates the empty file, owner-only from the start where the file system knows POSIX permissions. */
    private static Path create(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, ownerOnly);
        }
        return Files.createFile(file);
    }

    private static byte[] read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        byte[] key;
        try {
            key = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("audit anchor key file " + file + " does not hold a hex key");
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("audit anchor key file " + file + " holds " + key.length
                    + " bytes, not " + BYTES);
        }
        return key;
    }

    /** HMAC-SHA256 of the UTF-8 text, lower-case hex. */
    public String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    /** Whether {@code mac} is the MAC of {@code text}, compared in constant time. */
    public boolean verifies(String text, String mac) {
        return mac != null && java.security.MessageDigest.isEqual(
                mac(text).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether this start created the file (first start, or the key was lost). */
    public boolean created() {
        return created;
    }

    /**
     * Deletes the file this start created (a key that must not be used: the chain is sealed with
     * another), so that the next start does not take it for the chain's key.
     */
    public void discardCreated() {
        if (!created) {
            throw new IllegalStateException("only a key file this start created is discarded: " + file);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException("audit anchor key file " + file + " cannot be deleted", e);
        }
    }

    /** Whether anyone but the owner may read the file (warned about at start). */
    public boolean readableByOthers() {
        try {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return false;
            }
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "AnchorKey[" + file + "]";
    }
}
