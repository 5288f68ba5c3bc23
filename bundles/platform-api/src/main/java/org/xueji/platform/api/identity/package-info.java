/**
 * Identity value types of the national registry: the resident ID number
 * ({@link org.xueji.platform.api.identity.ChineseIdNumber}, GB 11643-1999, rule D1), the
 * registry number 学籍号 ({@link org.xueji.platform.api.identity.StudentRegistryNumber}) and
 * {@link org.xueji.platform.api.identity.Sex}. Invalid input is refused with an
 * {@link org.xueji.platform.api.identity.InvalidIdentityException} whose
 * {@link org.xueji.platform.api.identity.IdentityMessages key} names the precise reason.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.platform.api.identity;
