package org.xueji.platform.documents.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.documents.DocumentMessages;

/**
 * What an evidence file may be, judged on the server before anything is stored: not empty, at
 * most {@code maxBytes}, one of the {@code accepted} kinds by its content (a renamed program is
 * refused whatever its name), and for images a readable header of at most {@code maxPixels}
 * (a tiny file that declares a 50,000 × 50,000 picture would fill the heap when shown). The
 * image's pixels are not decoded here.
 *
 * @param maxBytes  the largest file accepted
 * @param accepted  the kinds accepted
 * @param maxPixels the largest image (width × height) accepted
 */
public record EvidenceRules(long maxBytes, Set<EvidenceKind> accepted, long maxPixels) {

    private static final long MB = 1024L * 1024;

    /** Scans and photos of documents: PDF, PNG or JPEG up to 10 MB and 40 megapixels. */
    public static final EvidenceRules DOCUMENTS = new EvidenceRules(10 * MB, EnumSet.allOf(EvidenceKind.class),
            40_000_000L);
    /** Photos taken by a phone's camera: PNG or JPEG up to 10 MB and 40 megapixels. */
    public static final EvidenceRules PHOTOS = new EvidenceRules(10 * MB, EnumSet.of(EvidenceKind.PNG,
            EvidenceKind.JPEG), 40_000_000L);

    public EvidenceRules {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (accepted == null || accepted.isEmpty()) {
            throw new IllegalArgumentException("no kind accepted");
        }
        accepted = Set.copyOf(accepted);
    }

    /**
     * The kind of an acceptable file; otherwise a {@link ValidationException} on {@code field}
     * with {@link DocumentMessages#EVIDENCE_EMPTY}, {@link DocumentMessages#EVIDENCE_TOO_LARGE}
     * ({0} the limit as text), {@link DocumentMessages#EVIDENCE_WRONG_TYPE} or
     * {@link DocumentMessages#EVIDENCE_IMAGE_UNREADABLE} / {@link DocumentMessages#EVIDENCE_IMAGE_TOO_LARGE}.
     */
    public EvidenceKind judge(String field, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused(field, DocumentMessages.EVIDENCE_EMPTY);
        }
        if (content.length > maxBytes) {
            throw refused(field, DocumentMessages.EVIDENCE_TOO_LARGE, sizeText(maxBytes));
        }
        EvidenceKind kind = EvidenceKind.of(content);
        if (kind == null || !accepted.contains(kind)) {
            throw refused(field, DocumentMessages.EVIDENCE_WRONG_TYPE);
        }
        if (kind.isImage()) {
            long pixels = declaredPixels(content);
            if (pixels <= 0) {
                throw refused(field, DocumentMessages.EVIDENCE_IMAGE_UNREADABLE);
            }
            if (pixels > maxPixels) {
                throw refused(field, DocumentMessages.EVIDENCE_IMAGE_TOO_LARGE, maxPixels / 1_000_000);
            }
        }
        return kind;
    }

    /** Width × height from the image's header, or -1 when the header cannot be read. */
    static long declaredPixels(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return -1;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return -1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code 10 MB}, {@code 512 KB}. */
    static String sizeText(long bytes) {
        return bytes >= MB && bytes % MB == 0 ? bytes / MB + " MB"
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
    }

    private static ValidationException refused(String field, DocumentMessages key, Object... args) {
        return new ValidationException(List.of(new FieldError(field, key, args)));
    }
}
