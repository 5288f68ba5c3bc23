/**
 * Enrollment: registration of new students with its deadlines (R19), 人籍一致
 * verification campaigns (R18), import and export in the national collection template,
 * and the printable registration form (D3). Records live in the registry core; this
 * module refers to them by id.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.enrollment.api;
