package org.xueji.transfer.service.internal;

import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.workflow.StepStatus;

/** The words of the 转学联系表 (messages.properties Chinese, messages_en.properties English, beside). */
enum ContactFormText implements MessageKey {
    TITLE, ROW_NUMBER, ROW_TYPE, ROW_REGISTRY_NUMBER, ROW_ID_NUMBER, ROW_FROM, ROW_TO, ROW_GRADE_CLASS,
    /** {0} the grade. */
    GRADE, ROW_DATE, ROW_REASON,
    /** The 学籍号 of a transfer in not yet approved: the registry gives it with the district's approval. */
    NUMBER_ON_APPROVAL,
    DECISIONS, SEAL_FROM, SEAL_TO, SEAL_DISTRICT, SEAL_DATE,
    STEP_WAITING, STEP_PENDING, STEP_APPROVED, STEP_REJECTED, STEP_CLOSED;

    static ContactFormText of(StepStatus status) {
        return valueOf("STEP_" + status.name());
    }

    @Override
    public String key() {
        return "form." + name();
    }
}
