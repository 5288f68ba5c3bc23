package org.xueji.platform.audit.internal.anchor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The anchor folder: one file per export, {@code anchor-<lastId>-<time>.txt}. */
public final class AnchorFiles {

    static final String PREFIX = "anchor-";
    static final String SUFFIX = ".txt";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /** A file of the folder: its anchor, or why it could not be read. */
    public record Entry(String fileName, Anchor anchor, String problem) {
    }

    private final Path dir;

    public AnchorFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes the anchor to a new file (whole or not at all) and returns its name. */
    public String write(Anchor anchor) {
        String name = PREFIX + String.format("%012d", anchor.lastId()) + "-" + STAMP.format(anchor.time()) + SUFFIX;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "anchor", ".tmp");
            Files.writeString(tmp, anchor.fileText(), StandardCharsets.US_ASCII);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new IllegalStateException("audit anchor cannot be written to " + dir, e);
        }
    }

    /** Every anchor file, sorted by name (so by position); an absent folder has none. */
    public List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    entries.add(new Entry(name, Anchor.parse(Files.readString(f, StandardCharsets.US_ASCII)), null));
                } catch (IllegalArgumentException | IOException e) {
                    entries.add(new Entry(name, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("audit anchors cannot be read from " + dir, e);
        }
        entries.sort((a, b) -> a.fileName().compareTo(b.fileName()));
        return entries;
    }

    /** The newest anchor's position, or -1 if there is none. */
    public long lastAnchoredId() {
        long last = -1;
        for (Entry e : read()) {
            if (e.anchor() != null) {
                last = Math.max(last, e.anchor().lastId());
            }
        }
        return last;
    }
}
