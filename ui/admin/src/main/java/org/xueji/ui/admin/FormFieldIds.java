package org.xueji.ui.admin;

import java.util.Map;

/**
 * Element ids of the admin forms, and which form field shows a
 * {@link org.xueji.platform.api.FieldError} of a given input field
 * ({@link org.xueji.platform.api.security.NewAccount}, the account update, the password reset,
 * {@link org.xueji.platform.api.release.NewDataRelease}, the release decision).
 */
public final class FormFieldIds {

    public static final String ACCOUNT_USERNAME = "account-username";
    public static final String ACCOUNT_NAME = "account-name";
    public static final String ACCOUNT_ROLE = "account-role";
    public static final String ACCOUNT_SCHOOL = "account-school";
    public static final String ACCOUNT_CLASSES = "account-classes";
    public static final String ACCOUNT_PHONE = "account-phone";
    public static final String ACCOUNT_TOWNS = "account-towns";
    public static final String ACCOUNT_VILLAGES = "account-villages";
    public static final String ACCOUNT_PASSWORD = "account-password";

    public static final String RELEASE_PURPOSE = "release-purpose";
    public static final String RELEASE_RECIPIENT = "release-recipient";
    public static final String RELEASE_SCOPE = "release-scope";
    public static final String RELEASE_SCHOOL = "release-school";
    public static final String RELEASE_DOCUMENT = "release-document";
    public static final String RELEASE_SCAN = "release-scan";
    public static final String RELEASE_MAX_DOWNLOADS = "release-max-downloads";
    public static final String RELEASE_VALID_DAYS = "release-valid-days";
    public static final String RELEASE_DECISION_NOTE = "release-decision-note";
    public static final String RELEASE_GRADES = "release-grades";
    public static final String RELEASE_FIELDS = "release-fields";

    private static final Map<String, String> ACCOUNT = Map.ofEntries(
            Map.entry("username", ACCOUNT_USERNAME),
            Map.entry("displayName", ACCOUNT_NAME),
            Map.entry("name", ACCOUNT_NAME),
            Map.entry("role", ACCOUNT_ROLE),
            Map.entry("schoolId", ACCOUNT_SCHOOL),
            Map.entry("school", ACCOUNT_SCHOOL),
            Map.entry("classIds", ACCOUNT_CLASSES),
            Map.entry("classes", ACCOUNT_CLASSES),
            Map.entry("phone", ACCOUNT_PHONE),
            Map.entry("towns", ACCOUNT_TOWNS),
            Map.entry("villages", ACCOUNT_VILLAGES),
            Map.entry("areas", ACCOUNT_TOWNS),
            Map.entry("initialPassword", ACCOUNT_PASSWORD),
            Map.entry("password", ACCOUNT_PASSWORD),
            Map.entry("newPassword", ACCOUNT_PASSWORD));

    private static final Map<String, String> RELEASE = Map.ofEntries(
            Map.entry("purpose", RELEASE_PURPOSE),
            Map.entry("recipient", RELEASE_RECIPIENT),
            Map.entry("dataScope", RELEASE_SCOPE),
            Map.entry("scope", RELEASE_SCOPE),
            Map.entry("schoolId", RELEASE_SCHOOL),
            Map.entry("school", RELEASE_SCHOOL),
            Map.entry("approvalDocumentNumber", RELEASE_DOCUMENT),
            Map.entry("documentNumber", RELEASE_DOCUMENT),
            Map.entry("scannedApproval", RELEASE_SCAN),
            Map.entry("scannedApprovalName", RELEASE_SCAN),
            Map.entry("maxDownloads", RELEASE_MAX_DOWNLOADS),
            Map.entry("validDays", RELEASE_VALID_DAYS),
            Map.entry("note", RELEASE_DECISION_NOTE),
            Map.entry("reason", RELEASE_DECISION_NOTE),
            Map.entry("decisionNote", RELEASE_DECISION_NOTE),
            Map.entry("grades", RELEASE_GRADES),
            Map.entry("fields", RELEASE_FIELDS));

    /** The account form's field for an error of {@code field}, or {@code null}. */
    public static String account(String field) {
        return lookup(ACCOUNT, field);
    }

    /** The data-release form's (or decision dialog's) field for an error of {@code field}, or {@code null}. */
    public static String release(String field) {
        return lookup(RELEASE, field);
    }

    /** {@code classIds[2]} and {@code classIds.2} are errors of {@code classIds}. */
    static String base(String field) {
        if (field == null) {
            return null;
        }
        String f = field.strip();
        int cut = f.length();
        int bracket = f.indexOf('[');
        int dot = f.indexOf('.');
        if (bracket >= 0) {
            cut = Math.min(cut, bracket);
        }
        if (dot >= 0) {
            cut = Math.min(cut, dot);
        }
        return f.substring(0, cut);
    }

    private static String lookup(Map<String, String> ids, String field) {
        String base = base(field);
        return base == null ? null : ids.get(base);
    }

    private FormFieldIds() {
    }
}
