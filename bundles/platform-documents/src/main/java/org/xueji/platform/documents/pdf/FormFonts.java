package org.xueji.platform.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one document. The CJK font (DroidSansFallbackFull, this bundle's resource) has
 * no Latin letters, digits or ASCII punctuation, so text is drawn and measured as runs of two
 * fonts: Latin characters in Liberation Sans (the TrueType font that ships inside PDFBox,
 * metric-compatible with Helvetica), everything else in the CJK font. Both are embedded as
 * subsets. Should PDFBox no longer ship Liberation Sans, the standard Helvetica (not embedded)
 * takes its place. Characters neither font has are drawn as {@code ?}.
 *
 * <p>Not thread-safe: one instance per document. Font bytes and coverage are read once per
 * class loader and shared.
 */
final class FormFonts {

    /** Classpath resource of the CJK font in this bundle (licence: NOTICE-DroidSansFallbackFull.txt beside it). */
    static final String CJK_RESOURCE = "/org/xueji/platform/documents/fonts/DroidSansFallbackFull.ttf";
    /** Liberation Sans (SIL OFL 1.1) inside the PDFBox jar, PDFBox's own last-resort font. */
    static final String LATIN_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final int REPLACEMENT = '?';
    /** Below this, the Latin font is preferred when it has the character. */
    private static final int LATIN_BLOCKS_END = 0x2000;
    /** Coverage is computed for the BMP and the supplementary ideographic plane. */
    private static final int COVERAGE_LIMIT = 0x30000;

    private static volatile FontData cjkData;
    private static volatile FontData latinData;

    private final PDType0Font cjk;
    private final BitSet cjkCoverage;
    private final PDFont latin;
    /** Coverage of the embedded Latin font, or null for Helvetica (then asked via {@link #helvetica}). */
    private final BitSet latinCoverage;
    private final Map<Integer, Boolean> helvetica = new HashMap<>();

    private FormFonts(PDType0Font cjk, BitSet cjkCoverage, PDFont latin, BitSet latinCoverage) {
        this.cjk = cjk;
        this.cjkCoverage = cjkCoverage;
        this.latin = latin;
        this.latinCoverage = latinCoverage;
    }

    /** Loads the fonts for a new document; they are subset when the document is saved. */
    static FormFonts load(PDDocument document) throws IOException {
        FontData cjkFont = cjkData();
        FontData latinFont = latinData();
        PDType0Font cjk = embed(document, cjkFont);
        if (latinFont.bytes() == null) {
            return new FormFonts(cjk, cjkFont.coverage(), new PDType1Font(Standard14Fonts.FontName.HELVETICA), null);
        }
        return new FormFonts(cjk, cjkFont.coverage(), embed(document, latinFont), latinFont.coverage());
    }

    private static PDType0Font embed(PDDocument document, FontData font) throws IOException {
        try (InputStream in = new ByteArrayInputStream(font.bytes())) {
            return PDType0Font.load(document, in, true);
        }
    }

    /** Width of the text in points at the given size. */
    float width(String text, float size) throws IOException {
        float total = 0;
        for (Run run : runs(text)) {
            total += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return total;
    }

    /** Shows the text at the current text position (between beginText and endText). */
    void show(PDPageContentStream cs, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
    }

    /** Splits the text into runs of the font that has the glyphs. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDFont font;
            if (cp < LATIN_BLOCKS_END && latinHas(cp)) {
                font = latin;
            } else if (cp < COVERAGE_LIMIT && cjkCoverage.get(cp)) {
                font = cjk;
            } else if (latinHas(cp)) {
                font = latin;
            } else {
                font = latin;
                cp = REPLACEMENT;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private boolean latinHas(int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        if (latinCoverage != null) {
            return cp < COVERAGE_LIMIT && latinCoverage.get(cp);
        }
        return helvetica.computeIfAbsent(cp, c -> {
            try {
                latin.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    /** A piece of text drawn in one font. */
    record Run(PDFont font, String text) {
    }

    /** A font file and the characters it has glyphs for; {@code bytes} null when not found. */
    private record FontData(byte[] bytes, BitSet coverage) {
    }

    private static FontData cjkData() throws IOException {
        FontData data = cjkData;
        if (data == null) {
            synchronized (FormFonts.class) {
                data = cjkData;
                if (data == null) {
                    // this bundle's class loader: the font is a resource of the bundle (OSGi)
                    data = read(FormFonts.class.getResourceAsStream(CJK_RESOURCE));
                    if (data.bytes() == null) {
                        throw new IOException("font resource not found: " + CJK_RESOURCE);
                    }
                    cjkData = data;
                }
            }
        }
        return data;
    }

    private static FontData latinData() throws IOException {
        FontData data = latinData;
        if (data == null) {
            synchronized (FormFonts.class) {
                data = latinData;
                if (data == null) {
                    // PDFBox's class loader: the font is a resource of the PDFBox jar
                    data = read(PDDocument.class.getResourceAsStream(LATIN_RESOURCE));
                    latinData = data;
                }
            }
        }
        return data;
    }

    private static FontData read(InputStream resource) throws IOException {
        if (resource == null) {
            return new FontData(null, null);
        }
        byte[] bytes;
        try (InputStream in = resource) {
            bytes = in.readAllBytes();
        }
        BitSet coverage = new BitSet(COVERAGE_LIMIT);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0; cp < COVERAGE_LIMIT; cp++) {
                if (!Character.isISOControl(cp) && cmap.getGlyphId(cp) > 0) {
                    coverage.set(cp);
                }
            }
        }
        return new FontData(bytes, coverage);
    }
}
