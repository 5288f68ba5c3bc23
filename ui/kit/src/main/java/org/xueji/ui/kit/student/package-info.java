/**
 * The one student-record form (学生学籍信息) of the console:
 * {@link org.xueji.ui.kit.student.StudentRecordForm} (the national record fields in their
 * sections), {@link org.xueji.ui.kit.student.StudentFieldIds} (element ids, with a prefix per
 * page so end-to-end tests find every field), {@link org.xueji.ui.kit.student.StudentRecordValues}
 * and {@link org.xueji.ui.kit.student.StudentRecordConversion} (form values to and from
 * {@link org.xueji.registry.api.StudentData}, checked by the registry's own
 * {@link org.xueji.registry.api.StudentValidator}) and
 * {@link org.xueji.ui.kit.student.FieldErrorDisplay} (errors shown on their fields).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.ui.kit.student;
