package org.xueji.ledger.service.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.ManualIncident;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ReleaseDouble;
import org.xueji.platform.testkit.ModuleTestStore;

/** The ledger service on its real schema (in-memory Derby), three schools, a movable clock at 2025-10-15. */
abstract class LedgerFixture {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    static final Actor DISTRICT = Actor.of("district-admin", "区学籍管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    static final Actor LEADER = Actor.of("district-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "test");
    static final Actor REGISTRAR_A = Actor.of("registrar1", "甲校学籍管理员", Role.SCHOOL_REGISTRAR,
            FakeSchools.A.id(), Set.of(), "test");
    static final Actor PRINCIPAL_B = Actor.of("principal2", "乙校校长", Role.PRINCIPAL, FakeSchools.B.id(), Set.of(),
            "test");
    static final Actor TEACHER_A = Actor.of("teacher1", "甲校教师", Role.TEACHER, FakeSchools.A.id(), Set.of(1L),
            "test");
    /** A real PDF's first bytes, then filler. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);

    ModuleTestStore store;
    ReleaseDouble releases;
    LedgerServiceImpl ledger;

    @BeforeEach
    void openStore() {
        store = ModuleTestStore.of(LedgerSchema.UNIT, LedgerSchema.CHANGELOG, "LEDGER");
        store.clock().setToday(TODAY);
        releases = ReleaseDouble.approving(42L);
        ledger = new LedgerServiceImpl(store.support(), new FakeSchools(), releases, LedgerConfig.defaults());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    Incident manual(IncidentType type, Long schoolId, LocalDate day) {
        return ledger.record(DISTRICT, new ManualIncident(type, schoolId, day, "学籍信息录入错误，已发现"));
    }

    Incident posted(Actor actor, IncidentType type, Long schoolId, LocalDate day, String reference) {
        return ledger.post(actor, new IncidentPost(type, "transfer", schoolId, day,
                IncidentText.R11_SUBMITTED_WITHOUT_CONDITIONS, List.of("7", "S001"), null, reference));
    }

    long incidents() {
        return store.count("select count(*) from LEDGER_INCIDENT");
    }

    long followUps() {
        return store.count("select count(*) from LEDGER_FOLLOW_UP");
    }
}
