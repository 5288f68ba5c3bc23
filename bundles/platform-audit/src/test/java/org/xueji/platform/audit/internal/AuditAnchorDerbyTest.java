package org.xueji.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditMessages;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainAnchor;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.audit.internal.anchor.AnchorFiles;
import org.xueji.platform.audit.internal.anchor.AnchorKey;
import org.xueji.platform.audit.internal.anchor.AuditAnchor;
import org.xueji.platform.persistence.Transactions;

/**
 * R7: someone with write access to the database rewrites an audit row and recomputes the
 * plain hash chain and the head (native SQL on the real schema). The plain chain then
 * verifies; the head seal and the anchors exported outside the database do not.
 */
@DisplayName("R7: the audit chain anchored outside the database")
class AuditAnchorDerbyTest {

    static final Actor AUDITOR = Actor.of("auditor", "审计员", Role.AUDITOR, null, null, "10.9.9.9");
    static final Actor REGISTRAR1 = Actor.of("registrar1", "学籍员甲", Role.SCHOOL_REGISTRAR, 1L, null, "10.1.1.1");

    DerbyAudit db;
    TestClock clock;
    AuditTrailImpl trail;
    AuditServiceImpl service;
    Transactions tx;

    @BeforeEach
    void setUp() {
        db = new DerbyAudit();
        clock = new TestClock(Instant.parse("2026-09-01T00:30:00.123Z"));
        trail = new AuditTrailImpl(clock, db.dataSource, db.anchor(clock));
        service = new AuditServiceImpl(db.emf, clock, db.anchor(clock));
        tx = new Transactions(db.emf);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    void append(int n) {
        for (int i = 1; i <= n; i++) {
            AuditEvent e = new AuditEvent(REGISTRAR1, "student.update", "student", String.valueOf(1000 + i), 1L,
                    Map.of("fields", List.of("grade")));
            tx.run(em -> trail.append(em, e));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    /**
     * The attack: change row {@code id}'s details, then recompute every hash from it to the
     * end with the published algorithm and move the head along — all in plain SQL.
     */
    void rewriteAndRecompute(long id, String changes) {
        db.execute("UPDATE AUD_EVENT SET CHANGES = '" + changes + "' WHERE ID = " + id);
        List<AuditRecord> rows = tx.read(em -> AuditRows.chunk(em, 0, 10_000));
        String previous = AuditChain.GENESIS;
        for (AuditRecord r : rows) {
            if (r.id() >= id) {
                String hash = AuditChain.hash(previous, r);
                db.execute("UPDATE AUD_EVENT SET PREVIOUS_HASH = '" + previous + "', HASH = '" + hash
                        + "' WHERE ID = " + r.id());
                previous = hash;
            } else {
                previous = r.hash();
            }
        }
        db.execute("UPDATE AUD_HEAD SET LAST_HASH = '" + previous + "' WHERE ID = 1");
    }

    /** The chain as the database alone can tell: rows linked and matching the head. */
    ChainVerification plainChain() {
        List<AuditRecord> rows = tx.read(em -> AuditRows.chunk(em, 0, 10_000));
        return AuditChain.verify(rows.iterator(), db.queryLong("SELECT LAST_ID FROM AUD_HEAD"),
                db.queryString("SELECT LAST_HASH FROM AUD_HEAD"));
    }

    @Test
    @DisplayName("R7: rewriting an audit row and recomputing the chain in the database is detected against the anchor")
    void r7_rewriteAndRecomputeDetectedAgainstTheAnchor() {
        append(10);
        ChainAnchor anchor = service.anchor(AUDITOR);
        assertThat(anchor.lastId()).isEqualTo(10);
        assertThat(db.anchorHome.resolve("audit-anchor").resolve(anchor.fileName())).exists();
        append(3);

        rewriteAndRecompute(4, "fields: [\"address\"]");

        // the plain chain (and the audit-verify of before) is fooled: rows and head agree
        assertThat(plainChain().intact()).isTrue();
        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(1L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("1–10").contains("改写并重算").contains("外部锚点不符");
    }

    @Test
    @DisplayName("R7: the next append does not bless a rewrite: the head stays unsealed and verify reports it")
    void r7_aRewriteIsNotSealedByTheNextAppend() {
        append(5);
        service.anchor(AUDITOR); // rows 1–5 (row 6 records the anchoring)
        append(4);
        rewriteAndRecompute(8, "fields: [\"name\"]");

        append(3); // the application writes on: 11–13

        assertThat(db.queryString("SELECT HEAD_MAC FROM AUD_HEAD")).as("not sealed over the rewrite").isNull();
        assertThat(plainChain().intact()).isTrue();
        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(6L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("链头签名与密钥文件不符");
        assertThatThrownBy(() -> service.anchor(AUDITOR)).as("nor anchored").isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("R7: after the investigation a district auditor reseals the head; the row says what was reported and why")
    void r7_anAuditorResealsTheHeadAfterTheInvestigation() {
        append(5);
        service.anchor(AUDITOR);
        append(4);
        rewriteAndRecompute(8, "fields: [\"name\"]");
        append(2);

        ChainVerification after = service.resealHead(AUDITOR, " 岳教审〔2026〕3号 ");

        assertThat(after.intact()).as("the head is sealed again").isTrue();
        AuditRecord resealed = tx.read(em -> AuditRows.chunk(em, 0, 100)).stream()
                .filter(r -> "audit.resealed".equals(r.action())).findFirst().orElseThrow();
        assertThat(resealed.targetId()).isEqualTo("6");
        assertThat(resealed.changes()).contains("岳教审〔2026〕3号").contains("6–12")
                .as("the verdict as its message key, no sentence").contains("REWRITTEN_AGAINST_HEAD_SEAL");
        append(2);
        assertThat(db.queryString("SELECT HEAD_MAC FROM AUD_HEAD")).as("sealed on from here").isNotNull();
        assertThat(service.verify(AUDITOR).intact()).isTrue();
        assertThat(service.anchor(AUDITOR).lastId()).as("anchored again").isGreaterThan(resealed.id());
    }

    @Test
    @DisplayName("R7: no reseal of an intact chain, of broken rows, without a case reference, or by a school")
    void r7_aResealIsRefusedWhereNoSealCanHelp() {
        append(3);
        assertThatThrownBy(() -> service.resealHead(AUDITOR, "岳教审〔2026〕4号")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(AuditMessages.CHAIN_INTACT));
        service.anchor(AUDITOR); // rows 1–3
        append(2);
        rewriteAndRecompute(2, "fields: [\"address\"]"); // against the anchor: no seal covers it
        assertThatThrownBy(() -> service.resealHead(AUDITOR, "岳教审〔2026〕4号")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(AuditMessages.ROWS_BROKEN));
        assertThatThrownBy(() -> service.resealHead(AUDITOR, "  ")).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo(PlatformMessages.REQUIRED));
        assertThatThrownBy(() -> service.resealHead(REGISTRAR1, "岳教审〔2026〕4号"))
                .isInstanceOf(AccessDeniedException.class);
        List<AuditRecord> rows = tx.read(em -> AuditRows.chunk(em, 0, 100));
        assertThat(rows).noneMatch(r -> "audit.resealed".equals(r.action()));
    }

    @Test
    @DisplayName("R7: a rewrite after the newest anchor is detected by the head's seal")
    void r7_rewriteAfterTheNewestAnchorDetectedByTheHeadSeal() {
        append(5);
        service.anchor(AUDITOR); // rows 1–5 (row 6 records the anchoring)
        append(4);
        rewriteAndRecompute(8, "fields: [\"name\"]");
        assertThat(plainChain().intact()).isTrue();

        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(6L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("6–10").contains("链头签名与密钥文件不符");
    }

    @Test
    @DisplayName("R7: removing the head's seal in the database is detected")
    void r7_unsealedHeadDetected() {
        append(3);
        db.execute("UPDATE AUD_HEAD SET HEAD_MAC = NULL");
        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).isFalse();
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("链头签名");
    }

    @Test
    @DisplayName("R7: deleting the newest rows and replaying an older sealed head is detected against the anchor")
    void r7_rollbackToAnOlderSealedHeadDetected() {
        append(5);
        String oldHash = db.queryString("SELECT LAST_HASH FROM AUD_HEAD");
        String oldSeal = db.queryString("SELECT HEAD_MAC FROM AUD_HEAD");
        append(3);
        service.anchor(AUDITOR); // anchors row 8
        // the attacker kept a copy of the head at row 5 and restores it
        db.execute("DELETE FROM AUD_EVENT WHERE ID > 5");
        db.execute("UPDATE AUD_HEAD SET LAST_ID = 5, LAST_HASH = '" + oldHash + "', HEAD_MAC = '" + oldSeal + "'");
        assertThat(plainChain().intact()).isTrue();

        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(6L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("第 6–8 行记录被删除");
    }

    @Test
    @DisplayName("R7: an anchor file forged without the key is reported")
    void r7_forgedAnchorFileReported() throws Exception {
        append(3);
        ChainAnchor real = service.anchor(AUDITOR);
        Path dir = db.anchorHome.resolve("audit-anchor");
        String text = Files.readString(dir.resolve(real.fileName()));
        Files.writeString(dir.resolve("anchor-999999999999-x.txt"), text.replace("lastId:3", "lastId:2"),
                StandardCharsets.US_ASCII);
        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).isFalse();
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).contains("锚点文件签名不符").contains("anchor-999999999999-x.txt");
    }

    @Test
    @DisplayName("R7: an intact chain verifies against its anchors, and the verification counts them")
    void r7_intactChainVerifiesWithAnchors() {
        append(3);
        service.anchor(AUDITOR);
        append(2);
        service.anchor(AUDITOR);
        ChainVerification result = service.verify(AUDITOR);
        assertThat(result.intact()).as(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(tx.read(em -> AuditRows.chunk(em, 0, 100)).stream().filter(r -> "audit.verify".equals(r.action()))
                .findFirst().orElseThrow().changes()).contains("anchors: 2");
    }

    @Test
    @DisplayName("R7: the head is not anchored when its seal does not verify")
    void r7_noAnchorOfABadlySealedHead() {
        append(3);
        rewriteAndRecompute(2, "x");
        assertThatThrownBy(() -> service.anchor(AUDITOR)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the seal of the head does not match the key file");
        assertThat(new AnchorFiles(db.anchorHome.resolve("audit-anchor")).read()).isEmpty();
    }

    @Test
    @DisplayName("R7: anchoring is a district auditor's task; a school registrar is refused and the refusal audited")
    void r7_anchorNeedsADistrictAuditor() {
        assertThatThrownBy(() -> service.anchor(REGISTRAR1)).isInstanceOf(AccessDeniedException.class);
        assertThat(db.queryString("SELECT ACTION FROM AUD_EVENT WHERE ID = 1")).isEqualTo("audit.anchor.refused");
    }

    @Test
    @DisplayName("R7: rows written before the anchor existed keep verifying: the first start with a key seals the head")
    void r7_oldRowsKeepVerifyingAfterTheUpgrade() {
        append(4);
        // an installation from before the anchor: no seal, no key file yet
        db.execute("UPDATE AUD_HEAD SET HEAD_MAC = NULL");
        Path home = db.anchorHome.resolveSibling(db.anchorHome.getFileName() + "-upgrade");
        AuditAnchor upgraded = new AuditAnchor(clock::now, db.dataSource,
                AnchorKey.loadOrCreate(home.resolve("anchor.key")), new AnchorFiles(home.resolve("audit-anchor")));
        AuditServiceImpl afterUpgrade = new AuditServiceImpl(db.emf, clock, upgraded);
        assertThat(db.queryString("SELECT HEAD_MAC FROM AUD_HEAD")).isNotNull();
        ChainVerification result = afterUpgrade.verify(AUDITOR);
        assertThat(result.intact()).as(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(4);
        // a later start with the same key does not re-seal a removed seal
        db.execute("UPDATE AUD_HEAD SET HEAD_MAC = NULL");
        new AuditAnchor(clock::now, db.dataSource, AnchorKey.loadOrCreate(home.resolve("anchor.key")),
                new AnchorFiles(home.resolve("audit-anchor")));
        assertThat(db.queryString("SELECT HEAD_MAC FROM AUD_HEAD")).isNull();
    }

    @Test
    @DisplayName("R7 (issue 13, two nodes): an installation that makes a new key for a chain sealed with another refuses to write, and keeps no key")
    void r7_aNewKeyForAChainSealedWithAnotherIsRefused() {
        append(3);
        String seal = db.queryString("SELECT HEAD_MAC FROM AUD_HEAD");
        Path secondNode = db.anchorHome.resolveSibling(db.anchorHome.getFileName() + "-node2");
        AnchorKey fresh = AnchorKey.loadOrCreate(secondNode.resolve("anchor.key"));
        assertThat(fresh.created()).isTrue();
        assertThatThrownBy(() -> new AuditAnchor(clock::now, db.dataSource, fresh,
                new AnchorFiles(secondNode.resolve("audit-anchor"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sealed with another key");
        assertThat(secondNode.resolve("anchor.key")).as("the refused key file").doesNotExist();
        assertThat(db.queryString("SELECT HEAD_MAC FROM AUD_HEAD")).as("the seal").isEqualTo(seal);
        assertThat(service.verify(AUDITOR).intact()).isTrue();

        // with the first installation's key copied over, the second node starts and finds the chain intact
        Path copied = secondNode.resolve("anchor.key");
        try {
            Files.createDirectories(secondNode);
            Files.copy(db.anchorHome.resolve("anchor.key"), copied);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AuditAnchor node2 = new AuditAnchor(clock::now, db.dataSource, AnchorKey.loadOrCreate(copied),
                new AnchorFiles(secondNode.resolve("audit-anchor")));
        assertThat(new AuditServiceImpl(db.emf, clock, node2).verify(AUDITOR).intact()).isTrue();
    }

    @Test
    @DisplayName("R7: the key file is created owner-only, and the key never shows in a text")
    void r7_keyFileOwnerOnly() throws Exception {
        Path key = db.anchorHome.resolve("anchor.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        String hex = Files.readString(key).strip();
        assertThat(hex).hasSize(64);
        assertThat(db.anchor(clock).toString()).doesNotContain(hex);
        assertThat(AnchorKey.loadOrCreate(key).toString()).doesNotContain(hex).contains("anchor.key");
    }
}
