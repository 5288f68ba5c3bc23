package org.xueji.specialneeds.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.registry.api.DisabilityType;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.ChildQuery;

/** R25: the register per town, with or without a registry record, and who sees which child. */
class RegisterScopeTest extends SpecialNeedsFixture {

    @Test
    void r25_aChildIsRegisteredWithOrWithoutARegistryRecord() {
        Child withRecord = service.register(REGISTRAR_A, childData(STUDENT_A, null, TOWN, "东关村", SCHOOL_A));
        Child without = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        assertThat(withRecord.data().studentId()).isEqualTo(STUDENT_A);
        assertThat(without.data().studentId()).isNull();
        assertThat(without.data().idNumber()).isEqualTo(ID_1);
        assertThat(without.data().disability()).isEqualTo(DisabilityType.PHYSICAL);
        assertThat(without.data().certificateNumber()).isEqualTo("11010520160307001042");
        assertThat(without.placement()).isNull();
        assertThat(service.children(DISTRICT, ChildQuery.ALL)).extracting(Child::id)
                .containsExactlyInAnyOrder(withRecord.id(), without.id());
    }

    @Test
    void r7_theAuditRowOfARegistrationHoldsNoNameOrIdNumber() {
        registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        AuditRow row = store.audit().stream().filter(r -> r.action().equals("specialneeds.child.register"))
                .findFirst().orElseThrow();
        assertThat(row.changes()).doesNotContain(ID_1).doesNotContain("测试儿童").doesNotContain("测试监护人")
                .contains(TOWN);
    }

    @Test
    void r25_badInputIsRefusedWholeAndNothingStored() {
        ChildData noCategory = new ChildData(null, "测试儿童", "110105201603070017", null, " ", null, null,
                DisabilityType.NONE, 7, null, TODAY.plusDays(1), null, null, null);
        assertThatThrownBy(() -> service.register(DISTRICT, noCategory)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .contains("idNumber", "town", "schoolId", "disability", "degree", "certificateDate"));
        // a registry record that does not exist
        assertThatThrownBy(() -> service.register(REGISTRAR_A, childData(999L, null, TOWN, null, SCHOOL_A)))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("SN_CHILD")).isZero();
    }

    @Test
    void r25_aSchoolSeesAndRegistersOnlyTheChildrenItIsResponsibleFor() {
        Child a = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        Child b = registered(REGISTRAR_B, ID_2, OTHER_TOWN, SCHOOL_B);
        assertThat(service.children(REGISTRAR_A, ChildQuery.ALL)).extracting(Child::id).containsExactly(a.id());
        assertThatThrownBy(() -> service.child(REGISTRAR_A, b.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registered(REGISTRAR_A, ID_3, TOWN, SCHOOL_B))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.audit()).anyMatch(r -> r.action().equals("access.denied") && r.username().equals("registrar1")
                && r.changes().contains("specialneeds.child.view"));
    }

    @Test
    void r25_aTownOfficialSeesOnlyTheChildrenOfTheirTownAndAVillageOfficialOnlyTheirVillage() {
        Child inTown = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        Child elsewhere = registered(REGISTRAR_B, ID_2, OTHER_TOWN, SCHOOL_B);
        Child inVillage = service.register(REGISTRAR_B, childData(null, ID_3, OTHER_TOWN, "东村", SCHOOL_B));
        assertThat(service.children(TOWN_OFFICIAL, ChildQuery.ALL)).extracting(Child::id).containsExactly(inTown.id());
        assertThat(service.child(TOWN_OFFICIAL, inTown.id()).id()).isEqualTo(inTown.id());
        assertThatThrownBy(() -> service.child(TOWN_OFFICIAL, elsewhere.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.children(VILLAGE_OFFICIAL, ChildQuery.ALL)).extracting(Child::id)
                .containsExactly(inVillage.id());
        assertThatThrownBy(() -> service.child(VILLAGE_OFFICIAL, elsewhere.id()))
                .isInstanceOf(AccessDeniedException.class);
        // the district sees all; a town official cannot record
        assertThat(service.children(LEADER, ChildQuery.ALL)).hasSize(3);
        assertThatThrownBy(() -> registered(TOWN_OFFICIAL, ID_4, TOWN, SCHOOL_A))
                .isInstanceOf(AccessDeniedException.class);
        // refusals are on record
        List<String> refused = store.audit().stream().filter(r -> r.action().equals("access.denied")
                && r.username().equals("town1")).map(AuditRow::changes).toList();
        assertThat(refused).anyMatch(c -> c.contains("specialneeds.child.view"))
                .anyMatch(c -> c.contains("specialneeds.child.register"));
    }

    @Test
    void r25_withoutTheAreaServiceATownOfficialSeesNothingAndTheDistrictEverything() {
        registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        service.unsetAccountAreas(null);
        service.setAccountAreas(null);
        assertThat(service.children(TOWN_OFFICIAL, ChildQuery.ALL)).isEmpty();
        assertThat(service.children(DISTRICT, ChildQuery.ALL)).hasSize(1);
    }
}
