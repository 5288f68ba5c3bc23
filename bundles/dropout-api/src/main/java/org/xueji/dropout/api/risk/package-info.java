/**
 * Early warning (预警, issue 10 item 7): a configurable weighted risk score per in-school
 * student from attendance, discipline, failing core subjects, priority groups, over-age,
 * repetition, recent transfer or suspension and grades 8–9; the list above the threshold per
 * school with the indicators that put each student there; a person confirms before the child
 * enters the suspected ledger.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.dropout.api.risk;
