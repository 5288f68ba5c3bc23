package org.xueji.registry.api;

/**
 * A family member or guardian (家庭成员或监护人). The ID number is required when the
 * student has no ID number of their own.
 */
public record Guardian(String name, String relation, String phone, String idNumber) {
}
