package org.xueji.specialneeds.service.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.AreaScope;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.persistence.SchemaMigration;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.platform.workflow.internal.Deadlines;
import org.xueji.platform.workflow.internal.Handlers;
import org.xueji.platform.workflow.internal.WorkflowEngine;
import org.xueji.platform.workflow.internal.WorkflowSchema;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.Assessment;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.PlanData;
import org.xueji.specialneeds.api.VisitData;

/**
 * The module on its real schema (in-memory Derby) with the real workflow engine on the same
 * database, the registry's flags faked (tested on the registry's schema in registry-service),
 * the default school calendar, 乡镇/村干部's areas given by a lambda, a movable clock at
 * 2026-10-20 (first semester 2026—2027).
 */
abstract class SpecialNeedsFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    static final long SCHOOL_A = 1L;
    static final long SCHOOL_B = 2L;
    static final long STUDENT_A = 501L;
    static final String TOWN = "城关镇";
    static final String OTHER_TOWN = "河口镇";
    // ID numbers with valid check characters (area 110105, born 2016)
    static final String ID_1 = "110105201603070010";
    static final String ID_2 = "110105201605120026";
    static final String ID_3 = "110105201608150036";
    static final String ID_4 = "110105201511010045";
    static final String ID_5 = "110105201702280056";

    static final Actor DISTRICT = Actor.of("district-admin", "区学籍管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    static final Actor LEADER = Actor.of("district-leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "test");
    static final Actor REGISTRAR_A = Actor.of("registrar1", "甲校学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL_A, Set.of(),
            "test");
    static final Actor SCHOOL_LEADER_A = Actor.of("leader1", "甲校分管领导", Role.SCHOOL_LEADER, SCHOOL_A, Set.of(),
            "test");
    static final Actor TEACHER_A = Actor.of("teacher1", "甲校教师", Role.TEACHER, SCHOOL_A, Set.of(1L), "test");
    static final Actor TEACHER_A2 = Actor.of("teacher2", "甲校教师二", Role.TEACHER, SCHOOL_A, Set.of(2L), "test");
    static final Actor REGISTRAR_B = Actor.of("registrar2", "乙校学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL_B, Set.of(),
            "test");
    /** 乡镇/村干部 (area scope): the town 城关镇, and the village 东村 of 河口镇 (areas in {@link #openStore}). */
    static final Actor TOWN_OFFICIAL = Actor.of("town1", "城关镇干部", Role.VILLAGE_OFFICIAL, null, null, "test");
    static final Actor VILLAGE_OFFICIAL = Actor.of("village1", "河口镇东村干部", Role.VILLAGE_OFFICIAL, null, null, "test");

    ModuleTestStore store;
    FakeRegistry registry;
    WorkflowEngine workflow;
    PlacementWorkflow placements;
    SpecialNeedsServiceImpl service;

    @BeforeEach
    void openStore() {
        store = ModuleTestStore.of(SpecialNeedsSchema.UNIT, SpecialNeedsSchema.CHANGELOG, "SPECIALNEEDS");
        SchemaMigration.migrate(store.dataSource(), WorkflowSchema.CHANGELOG, getClass().getClassLoader(),
                WorkflowSchema.TABLE_PREFIX);
        sql("CREATE TABLE TEST_REGISTRY_FLAG (STUDENT_ID BIGINT NOT NULL, PLACEMENT VARCHAR(20) NOT NULL)");
        store.clock().setToday(TODAY);
        registry = new FakeRegistry().student(STUDENT_A, SCHOOL_A);
        Handlers handlers = new Handlers();
        placements = new PlacementWorkflow(store.transactions(), store.auditTrail(), store.clock(), registry, 12);
        handlers.add(placements);
        handlers.add(new PlanWorkflow(store.transactions(), store.auditTrail(), store.clock()));
        workflow = new WorkflowEngine(store.dataSource(), store.auditTrail(), store.deniedAccess(), store.clock(),
                new Deadlines(TestWorkingDays.weekdays(2026, 2027), Map.of()), handlers);
        service = new SpecialNeedsServiceImpl(store.support(), workflow, registry, new FakeSchoolYears(store.clock()),
                SpecialNeedsConfig.defaults());
        service.setAccountAreas(new FakeAreas(actor -> switch (actor.username()) {
            case "town1" -> new AreaScope(false, Set.of(TOWN), Set.of());
            case "village1" -> new AreaScope(false, Set.of(), Set.of(AreaScope.villageKey(OTHER_TOWN, "东村")));
            default -> actor.isDistrictWide() ? AreaScope.DISTRICT : AreaScope.NONE;
        }));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    void sql(String statement) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        return store.count("select count(*) from " + table);
    }

    static ChildData childData(Long studentId, String idNumber, String town, String village, long school) {
        return new ChildData(studentId, "测试儿童", idNumber, LocalDate.of(2016, 3, 7), town, village, school,
                DisabilityType.PHYSICAL, 2, "11010520160307001042", LocalDate.of(2024, 5, 1), "脑瘫，行动不便",
                "测试监护人", "13800000000");
    }

    Child registered(Actor actor, String idNumber, String town, long school) {
        return service.register(actor, childData(null, idNumber, town, null, school));
    }

    static AssessmentData assessment(Placement conclusion) {
        return new AssessmentData(TODAY.minusDays(3), "评估委员会：教育、卫健、残联", "肢体二级，需康复", "情绪稳定",
                "不能到校", conclusion, null, null);
    }

    /** A child of school A placed for home teaching through the workflow (proposed by the registrar, approved by the district). */
    Child homeTaught(String idNumber) {
        Child c = registered(REGISTRAR_A, idNumber, TOWN, SCHOOL_A);
        Assessment a = service.assess(REGISTRAR_A, c.id(), assessment(Placement.HOME_TEACHING));
        workflow.decide(DISTRICT, a.workflowRequestId(), Decision.APPROVE, null);
        return service.child(DISTRICT, c.id());
    }

    static PlanData plan(List<String> teachers) {
        return new PlanData(2026, 1, "学会独立进食", "能用手势表达需要", "每日康复训练", "认读 50 个汉字",
                "生活语文、康复训练", teachers, "区康复中心", "每月两次，每次 2 课时");
    }

    static VisitData visit(long childId, LocalDate day, int startHour, int periods, List<String> teachers) {
        return new VisitData(childId, day, LocalTime.of(startHour, 0), LocalTime.of(startHour + 1, 30), periods,
                teachers, "生活语文：认识水果", "能指认三种水果", false, "4821", null, List.of());
    }

    static byte[] png() {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
