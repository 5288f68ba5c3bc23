package org.xueji.platform.audit.internal.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.ChainBreak;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.audit.internal.AuditChain;

/** R7: the anchor's pieces without a database — key file, signed head, anchor files, the check. */
class AnchorTest {

    static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123Z");

    @TempDir
    Path home;
    AnchorKey key;
    List<AuditRecord> chain;

    @BeforeEach
    void setUp() {
        key = AnchorKey.loadOrCreate(home.resolve("etc").resolve("anchor.key"));
        chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= 6; i++) {
            AuditRecord r = AuditChain.seal(i, previous, T0.plusSeconds(i), "registrar1", null, "SCHOOL_REGISTRAR",
                    1L, "student.update", "student", String.valueOf(100 + i), "fields: [\"grade\"]", null);
            chain.add(r);
            previous = r.hash();
        }
    }

    AuditRecord row(int id) {
        return chain.get(id - 1);
    }

    ChainVerification intact() {
        return ChainVerification.intact(chain.size());
    }

    AnchorCheck check(List<AnchorFiles.Entry> files) {
        AnchorCheck check = new AnchorCheck(key, files);
        chain.forEach(check::accept);
        return check;
    }

    static AnchorFiles.Entry file(String name, Anchor a) {
        return new AnchorFiles.Entry(name, a, null);
    }

    String seal(int id) {
        return key.mac(Anchor.headText(id, row(id).hash()));
    }

    @Test
    void r7_theKeyIsAnHmacSha256KeyOf32RandomBytesInAnOwnerOnlyFile() throws Exception {
        Path file = home.resolve("etc").resolve("anchor.key");
        assertThat(key.created()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key.readableByOthers()).isFalse();
        byte[] raw = HexFormat.of().parseHex(Files.readString(file).strip());
        assertThat(raw).hasSize(32);
        // the MAC is the JDK's HMAC-SHA256 with that key, nothing home-made
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(raw, "HmacSHA256"));
        assertThat(key.mac("学籍")).isEqualTo(HexFormat.of().formatHex(jdk.doFinal("学籍".getBytes(StandardCharsets.UTF_8))));
        // a second start reads the same key and does not claim to have created it
        AnchorKey again = AnchorKey.loadOrCreate(file);
        assertThat(again.created()).isFalse();
        assertThat(again.mac("x")).isEqualTo(key.mac("x"));
        assertThat(again.verifies("x", key.mac("x"))).isTrue();
        assertThat(again.verifies("y", key.mac("x"))).isFalse();
        assertThat(again.verifies("x", null)).isFalse();
        // a different key gives a different MAC
        assertThat(AnchorKey.loadOrCreate(home.resolve("other.key")).mac("x")).isNotEqualTo(key.mac("x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(again.readableByOthers()).isTrue();
        assertThat(again.toString()).isEqualTo("AnchorKey[" + file + "]");
        assertThat(again.file()).isEqualTo(file);
    }

    @Test
    void r7_aKeyFileWithoutAValidKeyIsRefused() throws Exception {
        Path shortKey = home.resolve("short.key");
        Files.writeString(shortKey, "00ff\n");
        assertThatThrownBy(() -> AnchorKey.loadOrCreate(shortKey)).hasMessageContaining("holds 2 bytes, not 32");
        Path notHex = home.resolve("nothex.key");
        Files.writeString(notHex, "zz".repeat(32));
        assertThatThrownBy(() -> AnchorKey.loadOrCreate(notHex)).hasMessageContaining("does not hold a hex key");
    }

    @Test
    void r7_anAnchorFileReadsBackAndItsSignatureCoversEveryField() {
        Anchor a = Anchor.of(key, 6, row(6).hash(), T0);
        assertThat(a.fileText()).isEqualTo("xueji-audit-anchor/1\nlastId:6\nlastHash:" + row(6).hash()
                + "\ntime:2026-09-01T08:00:00.123Z\nmac:" + a.mac() + "\n");
        Anchor read = Anchor.parse(a.fileText());
        assertThat(read).isEqualTo(a);
        assertThat(read.verifiesWith(key)).isTrue();
        assertThat(new Anchor(5, a.lastHash(), a.time(), a.mac()).verifiesWith(key)).isFalse();
        assertThat(new Anchor(6, row(5).hash(), a.time(), a.mac()).verifiesWith(key)).isFalse();
        assertThat(new Anchor(6, a.lastHash(), a.time().plusMillis(1), a.mac()).verifiesWith(key)).isFalse();
        assertThat(a.verifiesWith(AnchorKey.loadOrCreate(home.resolve("other.key")))).isFalse();
    }

    @Test
    void r7_aMalformedAnchorFileIsRefused() {
        String good = Anchor.of(key, 6, row(6).hash(), T0).fileText();
        assertThatThrownBy(() -> Anchor.parse(good.replace("xueji-audit-anchor/1", "other/1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an audit anchor");
        assertThatThrownBy(() -> Anchor.parse(good.replace("lastId:6\n", ""))).hasMessage("not an audit anchor");
        assertThatThrownBy(() -> Anchor.parse(good.replace("lastId:6", "lastId 6")))
                .hasMessage("line 2 has no field name");
        assertThatThrownBy(() -> Anchor.parse(good.replace("lastId:6", "last:6"))).hasMessageStartingWith("fields");
        assertThatThrownBy(() -> Anchor.parse(good.replace("lastId:6", "lastId:six")))
                .hasMessageStartingWith("malformed anchor");
    }

    @Test
    void r7_anchorFilesAreWrittenWholeAndReadInOrder() throws Exception {
        AnchorFiles files = new AnchorFiles(home.resolve("data").resolve("audit-anchor"));
        assertThat(files.read()).isEmpty();
        assertThat(files.lastAnchoredId()).isEqualTo(-1);
        String second = files.write(Anchor.of(key, 6, row(6).hash(), T0.plusSeconds(60)));
        String first = files.write(Anchor.of(key, 3, row(3).hash(), T0));
        assertThat(first).isEqualTo("anchor-000000000003-20260901T080000123Z.txt");
        Files.writeString(files.dir().resolve("anchor-x.txt"), "garbage");
        Files.writeString(files.dir().resolve("notes.txt"), "not an anchor file");
        List<AnchorFiles.Entry> read = files.read();
        assertThat(read).extracting(AnchorFiles.Entry::fileName).containsExactly(first, second, "anchor-x.txt");
        assertThat(read.get(2).anchor()).isNull();
        assertThat(read.get(2).problem()).isEqualTo("not an audit anchor");
        assertThat(read.get(0).anchor().lastId()).isEqualTo(3);
        assertThat(files.lastAnchoredId()).isEqualTo(6);
        try (var left = Files.list(files.dir())) {
            assertThat(left.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void r7_anIntactChainMatchesItsAnchorsAndItsSeal() {
        AnchorCheck check = check(List.of(file("a", Anchor.of(key, 3, row(3).hash(), T0)),
                file("b", Anchor.of(key, 6, row(6).hash(), T0)), file("c", Anchor.of(key, 6, row(6).hash(), T0))));
        assertThat(check.anchorCount()).isEqualTo(3);
        ChainVerification chainResult = intact();
        assertThat(check.finish(chainResult, 6, row(6).hash(), seal(6))).isSameAs(chainResult);
    }

    @Test
    void r7_anEmptyChainNeedsNoSealButAnyOtherDoes() {
        AnchorCheck empty = new AnchorCheck(key, List.of());
        ChainVerification none = ChainVerification.intact(0);
        assertThat(empty.finish(none, 0, AuditChain.GENESIS, null).intact()).isTrue();
        ChainVerification unsealed = check(List.of()).finish(intact(), 6, row(6).hash(), null);
        assertThat(unsealed.firstBrokenId()).isEqualTo(1L);
        assertThat(unsealed.rowsChecked()).isEqualTo(6);
        assertThat(unsealed.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 1–6 行之间有记录在数据库中被改写并重算了哈希链（链头签名与密钥文件不符）");
    }

    @Test
    void r7_aBrokenPlainChainIsReportedAsItIs() {
        ChainVerification broken = ChainVerification.broken(4, 4L, ChainBreak.CHANGED, "4");
        assertThat(check(List.of()).finish(broken, 6, "whatever", null)).isSameAs(broken);
    }

    @Test
    void r7_aRecomputedChainDiffersFromTheAnchorBetweenTheLastGoodAnchorAndTheFirstBadOne() {
        Anchor good = Anchor.of(key, 2, row(2).hash(), T0);
        Anchor stale = Anchor.of(key, 5, "ab".repeat(32), T0); // what row 5 hashed to before the rewrite
        ChainVerification result = check(List.of(file("a", good), file("b", stale)))
                .finish(intact(), 6, row(6).hash(), seal(6));
        assertThat(result.firstBrokenId()).isEqualTo(3L);
        assertThat(result.rowsChecked()).isEqualTo(6);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 3–5 行之间有记录在数据库中被改写并重算了哈希链（第 5 行与外部锚点不符）");
        ChainVerification first = check(List.of(file("a", Anchor.of(key, 1, "cd".repeat(32), T0))))
                .finish(intact(), 6, row(6).hash(), seal(6));
        assertThat(first.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 1 行之间");
    }

    @Test
    void r7_rowsBeyondTheDatabasesHeadThatAnAnchorSawAreReportedDeleted() {
        ChainVerification result = check(List.of(file("a", Anchor.of(key, 9, "ef".repeat(32), T0))))
                .finish(intact(), 6, row(6).hash(), seal(6));
        assertThat(result.firstBrokenId()).isEqualTo(7L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 7–9 行记录被删除（外部锚点记载到第 9 行，数据库只到第 6 行）");
        ChainVerification one = check(List.of(file("a", Anchor.of(key, 7, "ef".repeat(32), T0))))
                .finish(intact(), 6, row(6).hash(), seal(6));
        assertThat(one.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 7 行记录被删除");
    }

    @Test
    void r7_aSealOfAnotherHeadOrKeyDoesNotVerify() {
        Anchor good = Anchor.of(key, 4, row(4).hash(), T0);
        ChainVerification replayed = check(List.of(file("a", good))).finish(intact(), 6, row(6).hash(), seal(5));
        assertThat(replayed.firstBrokenId()).isEqualTo(5L);
        assertThat(replayed.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 5–6 行之间");
        String otherKey = AnchorKey.loadOrCreate(home.resolve("other.key")).mac(Anchor.headText(6, row(6).hash()));
        assertThat(check(List.of()).finish(intact(), 6, row(6).hash(), otherKey).intact()).isFalse();
        // an anchor at the head itself: the seal check names the head row
        ChainVerification atHead = check(List.of(file("a", Anchor.of(key, 6, row(6).hash(), T0))))
                .finish(intact(), 6, row(6).hash(), seal(5));
        assertThat(atHead.firstBrokenId()).isEqualTo(6L);
        assertThat(atHead.reasonText(Locale.SIMPLIFIED_CHINESE)).startsWith("第 6 行之间");
    }

    @Test
    void r7_anAnchorFileForgedOrUnreadableIsReported() {
        Anchor forged = new Anchor(6, row(6).hash(), T0, "00".repeat(32));
        ChainVerification result = check(List.of(file("anchor-1.txt", forged),
                new AnchorFiles.Entry("anchor-2.txt", null, "not an audit anchor")))
                .finish(intact(), 6, row(6).hash(), seal(6));
        assertThat(result.firstBrokenId()).isEqualTo(6L);
        assertThat(result.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("锚点文件签名不符或无法读取：anchor-1.txt, anchor-2.txt");
        assertThat(new AnchorCheck(key, List.of(file("x", forged))).anchorCount()).isZero();
    }
}
