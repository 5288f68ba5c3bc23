/**
 * Inspections of a school's dropout control and registry work (检查 and 抽查, R30), with findings,
 * a correction deadline, the school's follow-up evidence and the district's closing; awareness
 * activities (法治宣传, 致家长一封信, R20) per school and semester.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.dropout.api.inspection;
