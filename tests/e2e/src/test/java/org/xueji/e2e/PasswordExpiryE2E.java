package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * R2: passwords expire after 90 days and must be changed at the next login, under the
 * password policy. Demo accounts are exempt from expiry (and from the first-login change:
 * AccountServiceImpl.entryStatus), so the test uses a real account made through the Karaf
 * shell ({@code xueji:account-add}); it changes the initial password at its first login, then
 * the platform clock is moved 92 days ahead ({@code org.xueji.clock offsetMinutes}) and set
 * back in a {@code finally} block.
 */
@Order(6)
@DisplayName("Password expiry (R2)")
class PasswordExpiryE2E extends BrowsersTest {

    private static final String USERNAME = "e2e-expiry";
    /** ASCII: it travels as an argument of the ssh command line */
    private static final String DISPLAY_NAME = "E2E-Expiry";
    private static final String INITIAL = "Initial2026Pass";
    private static final String SECOND = "Second2026Pass";
    private static final String THIRD = "Third2026Pass!";
    private static final long DAYS_92_IN_MINUTES = 92L * 24 * 60;

    @BeforeAll
    static void createARealAccount() {
        // Karaf reads options only before the first argument
        // the initial password is typed at the command's prompt (standard input over ssh), never an option
        String out = karaf.shellWithPassword("xueji:account-add --name " + DISPLAY_NAME + " --role AUDITOR "
                + USERNAME, INITIAL);
        assertThat(out).contains("已创建账号 " + USERNAME);
    }

    /** Fills and submits the change-password form. */
    private static void changePassword(Console c, String oldPassword, String newPassword) {
        c.type("pw-old", oldPassword);
        c.type("pw-new", newPassword);
        c.type("pw-confirm", newPassword);
        c.click("pw-submit");
    }

    @Test
    @Order(1)
    @DisplayName("R2: the first login of an administrator-made account must change the initial password")
    void firstLoginChangesTheInitialPassword() {
        Console c = browser(USERNAME);
        c.submitLogin(USERNAME, INITIAL);
        c.waitForPath("change-password.*");
        assertThat(c.text("pw-reason")).contains("首次登录");

        changePassword(c, INITIAL, SECOND);
        c.waitForPath("login.*");
        assertThat(c.waitForText("login-notice", "密码已修改")).contains("新密码");

        c.login(USERNAME, SECOND);
        assertThat(c.text("current-user")).contains(DISPLAY_NAME);
        c.logout();
        close(c);
    }

    @Test
    @Order(2)
    @DisplayName("R2: 92 days later the login leads to 修改密码 (expired); the policy refuses bad passwords in Chinese; a good one works")
    void expiredPasswordMustBeChanged() {
        try {
            karaf.setClockOffsetMinutes(DAYS_92_IN_MINUTES);

            Console c = browser(USERNAME);
            c.submitLogin(USERNAME, SECOND);
            c.waitForPath("change-password.*");
            assertThat(c.text("pw-reason")).contains("有效期");
            assertThat(c.isPresent("main-menu")).as("the console before the change").isFalse();
            // not logged in before the change: any other page sends back to the login page
            c.open("students");
            c.waitForPath("login.*");
            assertThat(c.isPresent("student-grid")).isFalse();
            c.submitLogin(USERNAME, SECOND);
            c.waitForPath("change-password.*");

            // too short
            changePassword(c, SECOND, "Ab1!xyz");
            assertThat(c.waitForFieldError("pw-new")).contains("至少需要 10 个字符");
            assertThat(c.path()).startsWith("change-password");

            // contains the username
            changePassword(c, SECOND, "Xx-" + USERNAME + "-9");
            assertThat(c.waitForFieldError("pw-new")).contains("不能包含用户名");
            assertThat(c.path()).startsWith("change-password");

            // the current password again (history)
            changePassword(c, SECOND, SECOND);
            assertThat(c.waitForFieldError("pw-new")).contains("最近 5 次");

            changePassword(c, SECOND, THIRD);
            c.waitForPath("login.*");
            assertThat(c.waitForText("login-notice", "密码已修改")).contains("新密码");

            // the old password is no longer accepted, the new one is (and has not expired)
            c.submitLogin(USERNAME, SECOND);
            assertThat(c.loginError()).isEqualTo(LoginE2E.LOGIN_FAILED);
            c.login(USERNAME, THIRD);
            assertThat(c.text("current-user")).contains(DISPLAY_NAME);
            c.logout();
        } finally {
            karaf.setClockOffsetMinutes(0);
        }
        assertThat(karaf.shell("xueji:audit --user " + USERNAME + " --action password.change --limit 5"))
                .contains("共 2 条");
    }
}
