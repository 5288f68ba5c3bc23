package org.xueji.platform.documents.evidence;

/** The kinds of evidence file accepted, each recognised by its first bytes. */
public enum EvidenceKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] magic;

    EvidenceKind(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    /** The media type to serve the file with. */
    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** The kind the content is, or null when it is none of them. */
    public static EvidenceKind of(byte[] content) {
        if (content == null) {
            return null;
        }
        for (EvidenceKind kind : values()) {
            if (content.length >= kind.magic.length && startsWith(content, kind.magic)) {
                return kind;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
