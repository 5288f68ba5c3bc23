package org.xueji.platform.audit.internal.anchor;

import java.time.Duration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * Anchors the audit chain outside the database (R7), configured in
 * {@code etc/org.xueji.audit.cfg}:
 * <ul>
 *   <li>{@code anchorKeyFile} (default {@code etc/xueji-audit-anchor.key}): the {@link AnchorKey},
 *       created owner-only on first start. Its path may appear in {@code config:list}; the key
 *       never does, nor in a log;</li>
 *   <li>{@code anchorDirectory} (default {@code data/audit-anchor}): the signed exports of the head;</li>
 *   <li>{@code anchorIntervalMinutes} (default 60; 0 = only on demand): how often the head is
 *       exported when it moved.</li>
 * </ul>
 * Every append seals the head (AUD_HEAD.HEAD_MAC) with the key, in the append's transaction.
 */
@Component(service = AuditAnchor.class, configurationPid = "org.xueji.audit")
public class AuditAnchor {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);

    static final String KEY_FILE = "anchorKeyFile";
    static final String DIRECTORY = "anchorDirectory";
    static final String INTERVAL = "anchorIntervalMinutes";
    static final long DEFAULT_INTERVAL = 60;

    private final AnchorKey key;
    private final AnchorFiles files;
    private final DataSource dataSource;
    private final Supplier<Instant> clock;
    private PeriodicJob scheduler;

    @Activate
    public AuditAnchor(@Reference PlatformClock clock,
                       @Reference(target = "(osgi.jndi.service.name=xueji-audit)") DataSource dataSource,
                       Map<String, Object> config) {
        this(clock::now, dataSource, AnchorKey.loadOrCreate(path(config, KEY_FILE, "karaf.etc", "xueji-audit-anchor.key")),
                new AnchorFiles(path(config, DIRECTORY, "karaf.data", "audit-anchor")));
        long minutes = interval(config);
        // Deliberately without a job lease (issue 13): the export is a witness of the head on
        // this node's own disk. With several nodes each keeps its own anchors (and checks the
        // chain against them), so each node exports; a second export of the same head is cheap.
        if (minutes > 0) {
            scheduler = PeriodicJob.start("xueji-audit-anchor", Duration.ofSeconds(1), Duration.ofMinutes(minutes),
                    this::exportIfMoved);
        }
    }

    /** Without a schedule: tests, and the core of the component. */
    public AuditAnchor(Supplier<Instant> clock, DataSource dataSource, AnchorKey key, AnchorFiles files) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.key = key;
        this.files = files;
        if (key.readableByOthers()) {
            LOG.warn("The audit anchor key file {} is readable by other users: make it owner-only (chmod 600)",
                    key.file());
        }
        sealFirstHead();
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    /** The head seal stored with each append: HMAC of the head's position and hash. */
    public String sealHead(long lastId, String lastHash) {
        return key.mac(Anchor.headText(lastId, lastHash));
    }

    /** A check of the chain against the head seal and the anchor files, to feed while verifying. */
    public AnchorCheck check() {
        return new AnchorCheck(key, files.read());
    }

    /**
     * Exports the head now, if its seal is genuine; an unsealed or wrongly sealed head is not
     * anchored (that would bless a rewritten chain).
     *
     * @return the anchor and its file name
     * @throws IllegalStateException if the head's seal does not verify
     */
    public Exported export() {
        Object[] head = head();
        long lastId = (Long) head[0];
        String lastHash = (String) head[1];
        String mac = (String) head[2];
        ChainVerification sealed = new AnchorCheck(key, List.of()).finish(ChainVerification.intact(0),
                lastId, lastHash, mac);
        if (!sealed.intact()) {
            throw new IllegalStateException(sealed.reasonText(Locale.ENGLISH));
        }
        Anchor anchor = Anchor.of(key, lastId, lastHash, clock.get());
        return new Exported(anchor, files.write(anchor));
    }

    /** An export written to the anchor folder. */
    public record Exported(Anchor anchor, String fileName) {
    }

    /** The scheduled export: only when rows were appended since the newest anchor. */
    void exportIfMoved() {
        try {
            long lastId = (Long) head()[0];
            if (lastId > files.lastAnchoredId()) {
                Exported e = export();
                LOG.info("Audit chain anchored at row {} in {}", e.anchor().lastId(), e.fileName());
            }
        } catch (RuntimeException e) {
            LOG.error("Audit chain not anchored: {}", e.getMessage());
        }
    }

    /**
     * First start with this key: a head never sealed is sealed now (trust on first use; an
     * installation from before the anchor). Once sealed, a missing seal is tampering.
     */
    private void sealFirstHead() {
        try (Connection c = dataSource.getConnection()) {
            Object[] head = head(c);
            if (head[2] != null && key.created()
                    && !key.verifies(Anchor.headText((Long) head[0], (String) head[1]), (String) head[2])) {
                // a key made just now cannot have sealed this chain: a second node on the same database
                // or a restored database started without the chain's key. Sealing with it would make
                // every other node (and every later check) see a rewritten chain.
                key.discardCreated();
                String refusal = "The audit chain in this database is sealed with another key than the one this "
                        + "installation has just created (" + key.file() + "): this node does not write to the audit "
                        + "trail. A second node on the same database, or a restored database, needs the key file of the "
                        + "installation that sealed the chain: copy it here (owner-only) and restart (README, "
                        + "\"Two nodes on one PostgreSQL\" and \"Backup and restore\")";
                LOG.error(refusal);
                throw new IllegalStateException(refusal);
            }
            if (head[2] == null && (key.created() || (Long) head[0] == 0)) {
                try (PreparedStatement s = c.prepareStatement("UPDATE AUD_HEAD SET HEAD_MAC = ? WHERE ID = 1 "
                        + "AND HEAD_MAC IS NULL AND LAST_ID = ? AND LAST_HASH = ?")) {
                    s.setString(1, sealHead((Long) head[0], (String) head[1]));
                    s.setLong(2, (Long) head[0]);
                    s.setString(3, (String) head[1]);
                    s.executeUpdate();
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                LOG.info("Audit chain head at row {} sealed with the anchor key {}", head[0], key.file());
            } else if (head[2] == null) {
                LOG.warn("The audit chain head at row {} carries no seal although the anchor key {} exists: "
                        + "xueji:audit-verify will report it", head[0], key.file());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit head cannot be sealed", e);
        }
    }

    /** {@code LAST_ID, LAST_HASH, HEAD_MAC}. */
    private Object[] head() {
        try (Connection c = dataSource.getConnection()) {
            return head(c);
        } catch (SQLException e) {
            throw new IllegalStateException("audit head cannot be read", e);
        }
    }

    private static Object[] head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT LAST_ID, LAST_HASH, HEAD_MAC FROM AUD_HEAD WHERE ID = 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("AUD_HEAD has no row 1: the audit schema is not initialised");
            }
            return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)};
        }
    }


    private static Path path(Map<String, Object> config, String name, String base, String fallback) {
        Object configured = config == null ? null : config.get(name);
        if (configured != null && !configured.toString().isBlank()) {
            return Path.of(configured.toString().strip());
        }
        String dir = System.getProperty(base);
        return dir == null ? Path.of(fallback) : Path.of(dir, fallback);
    }

    private static long interval(Map<String, Object> config) {
        Object v = config == null ? null : config.get(INTERVAL);
        if (v == null || v.toString().isBlank()) {
            return DEFAULT_INTERVAL;
        }
        try {
            return Math.max(0, Long.parseLong(v.toString().strip()));
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number of minutes: {} used", INTERVAL, v, DEFAULT_INTERVAL);
            return DEFAULT_INTERVAL;
        }
    }
}
