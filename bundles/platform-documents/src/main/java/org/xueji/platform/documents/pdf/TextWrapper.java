package org.xueji.platform.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Chinese text may break between any two
 * characters; runs of Latin letters, digits and ASCII punctuation (words, numbers, phone
 * numbers) break at spaces and are only split when one is wider than the line. Line breaks
 * in the text are kept; other control characters become spaces.
 */
public final class TextWrapper {

    /** Measures text in points. */
    @FunctionalInterface
    public interface Measure {
        float width(String text) throws IOException;
    }

    public static final String ELLIPSIS = "…";

    private TextWrapper() {
    }

    /**
     * The lines of the text, at most {@code maxLines} (the last one then ends with an ellipsis).
     * Null or blank text gives no lines.
     */
    public static List<String> wrap(String text, float maxWidth, int maxLines, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        String clean = normalize(text);
        for (String paragraph : clean.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), maxWidth, measure, lines);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), maxWidth, measure));
            return kept;
        }
        return lines;
    }

    private static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) || cp == '\u00A0') {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static void wrapParagraph(String paragraph, float maxWidth, Measure measure, List<String> out)
            throws IOException {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : tokens(paragraph)) {
            boolean space = token.equals(" ");
            if (space && line.length() == 0) {
                continue;
            }
            float w = measure.width(token);
            if (lineWidth + w <= maxWidth) {
                line.append(token);
                lineWidth += w;
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (space) {
                continue;
            }
            if (w <= maxWidth) {
                line.append(token);
                lineWidth = w;
            } else {
                // a word longer than the line: split it by characters
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    i += Character.charCount(cp);
                    String ch = new String(Character.toChars(cp));
                    float cw = measure.width(ch);
                    if (lineWidth + cw > maxWidth && line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(ch);
                    lineWidth += cw;
                }
            }
        }
        if (line.length() > 0) {
            out.add(line.toString().stripTrailing());
        }
    }

    /** Spaces, single non-ASCII characters, and runs of other ASCII characters. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > ' ' && cp < 0x7F) {
                word.append((char) cp);
                continue;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static String withEllipsis(String line, float maxWidth, Measure measure) throws IOException {
        String base = line;
        while (!base.isEmpty() && measure.width(base + ELLIPSIS) > maxWidth) {
            int end = base.offsetByCodePoints(base.length(), -1);
            base = base.substring(0, end);
        }
        return base + ELLIPSIS;
    }
}
