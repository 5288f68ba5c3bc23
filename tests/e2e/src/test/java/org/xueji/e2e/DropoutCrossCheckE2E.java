package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 控辍检查 and 四查三比对 (issue 10 items 8, 9; R29, R30): the district records an unannounced
 * inspection of the first demo school with a finding in the browser; that school's registrar sees
 * it and may not report it corrected without evidence; the second school does not see it; the
 * district runs a cross-check from the console.
 */
@Order(43)
@DisplayName("Dropout inspections and cross-checks (R29, R30)")
class DropoutCrossCheckE2E extends BrowsersTest {

    @Test
    @DisplayName("R30: an inspection recorded by the district, seen by its school only, no correction without evidence")
    void inspectionIsSeenByItsSchoolOnly() {
        long n = System.nanoTime() % 100_000;
        String inspectors = "督导室E2E" + n;
        String school = displayName("registrar1").replace("学籍管理员（演示）", "");

        Console district = loggedIn("district-admin");
        district.open("dropout/inspections");
        district.choose("inspection-school", school);
        // the kind is 抽查 (unannounced) unless changed
        assertThat(district.text("inspection-kind")).contains("抽查");
        district.type("inspection-inspectors", inspectors);
        district.type("inspection-findings", "劝返台账缺少走访记录" + n);
        district.typeDate("inspection-deadline", LocalDate.now().plusDays(10).toString());
        district.click("inspection-save");
        district.waitForNotification("已登记");
        district.until(d -> district.gridRows("inspections").stream().anyMatch(r -> r.contains(inspectors))
                ? Boolean.TRUE : null, "the inspection in the district's list");

        // the cross-check runs from the console (R29)
        district.open("dropout/crosschecks");
        district.click("crosscheck-run");
        district.waitForNotification("比对完成");
        assertThat(district.text("crosscheck-latest")).contains("户籍无学籍");
        close(district);

        Console own = loggedIn("registrar1");
        own.open("dropout/inspections");
        own.until(d -> own.gridRows("inspections").stream().anyMatch(r -> r.contains(inspectors))
                ? Boolean.TRUE : null, "the inspection in its school's list");
        own.clickGridCell("inspections", inspectors);
        own.click("inspection-corrected");
        own.waitForNotification("请先上传整改佐证材料");
        close(own);

        Console other = loggedIn("registrar2");
        other.open("dropout/inspections");
        other.waitForVaadin();
        assertThat(other.gridRows("inspections")).noneMatch(r -> r.contains(inspectors));
        close(other);

        assertThat(karaf.shell("xueji:inspections --open")).contains(inspectors);
    }
}
