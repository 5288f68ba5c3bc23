package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormFieldIdsTest {

    @ParameterizedTest
    @CsvSource({
            "username, account-username",
            "displayName, account-name",
            "role, account-role",
            "schoolId, account-school",
            "classIds, account-classes",
            "classIds[1], account-classes",
            "phone, account-phone",
            "initialPassword, account-password",
            "newPassword, account-password"})
    void accountFieldsMapToTheirFormIds(String field, String id) {
        assertThat(FormFieldIds.account(field)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
            "purpose, release-purpose",
            "recipient, release-recipient",
            "dataScope, release-scope",
            "schoolId, release-school",
            "approvalDocumentNumber, release-document",
            "scannedApproval, release-scan",
            "scannedApprovalName, release-scan",
            "maxDownloads, release-max-downloads",
            "validDays, release-valid-days",
            "note, release-decision-note",
            "reason, release-decision-note"})
    void releaseFieldsMapToTheirFormIds(String field, String id) {
        assertThat(FormFieldIds.release(field)).isEqualTo(id);
    }

    @Test
    void unknownFieldsHaveNoFormField() {
        assertThat(FormFieldIds.account(null)).isNull();
        assertThat(FormFieldIds.account("demo")).isNull();
        assertThat(FormFieldIds.account("purpose")).isNull();
        assertThat(FormFieldIds.release("username")).isNull();
        assertThat(FormFieldIds.release("")).isNull();
    }

    @Test
    void baseNameDropsIndexAndNestedPart() {
        assertThat(FormFieldIds.base("classIds[0]")).isEqualTo("classIds");
        assertThat(FormFieldIds.base("classIds.0")).isEqualTo("classIds");
        assertThat(FormFieldIds.base(" role ")).isEqualTo("role");
    }

    @Test
    void idsAreThoseTheE2eTestsUse() {
        assertThat(FormFieldIds.ACCOUNT_USERNAME).isEqualTo("account-username");
        assertThat(FormFieldIds.ACCOUNT_PASSWORD).isEqualTo("account-password");
        assertThat(FormFieldIds.RELEASE_DOCUMENT).isEqualTo("release-document");
    }
}
