package org.xueji.platform.documents.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 with or without BOM, UTF-16 with BOM (Excel's “Unicode text”),
 * otherwise GB18030 (what Excel on Chinese Windows saves; GBK is a subset). Comma or tab
 * separated, whichever the header line uses.
 */
final class CsvSheetSource implements SheetSource {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** ="0123": how exports keep leading zeros; a literal, not a calculation. */
    private static final Pattern TEXT_FORMULA = Pattern.compile("=\"(.*)\"", Pattern.DOTALL);

    @Override
    public void read(Path file, String fileName, SpreadsheetLimits limits, RawRowSink sink) throws IOException {
        Charset charset = charset(file);
        char delimiter = delimiter(file, charset);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader reader = reader(file, charset); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                sink.row((int) record.getRecordNumber(), cells(record));
            }
        }
    }

    private static List<RawCell> cells(CSVRecord record) {
        List<RawCell> cells = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (value.isEmpty()) {
                continue;
            }
            if (value.startsWith("=")) {
                Matcher literal = TEXT_FORMULA.matcher(value);
                cells.add(literal.matches() ? RawCell.text(i, literal.group(1))
                        : new RawCell(i, RawCell.Kind.FORMULA, null));
            } else {
                cells.add(RawCell.text(i, value));
            }
        }
        return cells;
    }

    /** The file's encoding: a byte-order mark decides; else UTF-8 if every byte fits, else GB18030. */
    static Charset charset(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
    }

    /** Whether the whole file decodes as UTF-8 (a GB18030 file almost never does). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) != -1) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Tab when the first non-empty line has more tabs than commas (Excel's “text” export). */
    private static char delimiter(Path file, Charset charset) throws IOException {
        try (BufferedReader reader = reader(file, charset)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    long tabs = line.chars().filter(c -> c == '\t').count();
                    long commas = line.chars().filter(c -> c == ',').count();
                    return tabs > commas ? '\t' : ',';
                }
            }
        }
        return ',';
    }

    /** A reader past the byte-order mark, if any. */
    private static BufferedReader reader(Path file, Charset charset) throws IOException {
        // lenient decoding: a stray bad byte becomes U+FFFD instead of refusing the file
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
