package org.xueji.ui.shell.kit;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an upload may be: which kinds (judged by content) and how large. {@link #check} gives
 * the reason of a refusal as a localisable text, or the kind the file is.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param accepted the kinds accepted
 */
public record UploadRules(long maxBytes, Set<ContentKind> accepted) {

    public UploadRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (accepted == null || accepted.isEmpty()) {
            throw new IllegalArgumentException("no kind accepted");
        }
        accepted = Set.copyOf(EnumSet.copyOf(accepted));
    }

    public static UploadRules of(long maxBytes, ContentKind first, ContentKind... more) {
        return new UploadRules(maxBytes, EnumSet.of(first, more));
    }

    /**
     * A refused file: the message key and its arguments, localised by {@link #message} (a
     * wrong kind also names the accepted kinds, in the reader's language).
     */
    public record Refusal(KitText key, List<Object> args, Set<ContentKind> accepted) {
        public String message(Locale locale) {
            if (key == KitText.UPLOAD_WRONG_TYPE) {
                return key.format(locale, args.get(0), new UploadRules(1, accepted).acceptedText(locale));
            }
            return key.format(locale, args.toArray());
        }
    }

    /** The outcome for one file: its kind, or why it is refused. */
    public record Verdict(ContentKind kind, Refusal refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * Judges a file completely read into memory.
     *
     * @param fileName the (cleaned) name, used in messages only
     * @param size     the file's size in bytes (may exceed {@code content.length} when the
     *                 reading stopped at the limit)
     */
    public Verdict check(String fileName, long size, byte[] content) {
        String name = fileName == null ? "" : fileName;
        if (size > maxBytes) {
            return refused(KitText.UPLOAD_TOO_LARGE, name, sizeText(size), sizeText(maxBytes));
        }
        if (content == null || content.length == 0) {
            return refused(KitText.UPLOAD_EMPTY, name);
        }
        Optional<ContentKind> kind = ContentSniffer.detect(content, accepted);
        if (kind.isEmpty()) {
            return refused(KitText.UPLOAD_WRONG_TYPE, name);
        }
        return new Verdict(kind.get(), null);
    }

    /** The accepted kinds in the user's language, e.g. {@code PDF 文档、PNG 图片}. */
    public String acceptedText(Locale locale) {
        String separator = locale != null && "zh".equals(locale.getLanguage()) ? "、" : ", ";
        return EnumSet.copyOf(accepted).stream().map(k -> k.label().format(locale))
                .collect(Collectors.joining(separator));
    }

    /** For the browser's chooser: media types and extensions of the accepted kinds. */
    public String[] chooserTypes() {
        return EnumSet.copyOf(accepted).stream()
                .flatMap(k -> java.util.stream.Stream.concat(java.util.stream.Stream.of(k.mediaType()),
                        k.extensions().stream()))
                .toArray(String[]::new);
    }

    /** {@code 512 B}, {@code 12 KB}, {@code 5 MB}, {@code 5.5 MB} (1 KB = 1024 B). */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return oneDecimal(kb) + " KB";
        }
        return oneDecimal(kb / 1024.0) + " MB";
    }

    private static String oneDecimal(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    private Verdict refused(KitText key, Object... args) {
        return new Verdict(null, new Refusal(key, List.of(args), accepted));
    }
}
