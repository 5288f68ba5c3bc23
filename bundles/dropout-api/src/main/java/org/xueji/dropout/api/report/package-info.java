/**
 * Reports of the dropout module (issue 10 item 10): a school's monthly and the district's
 * quarterly report (counts only, free of personal data), the school-age ledger's counts
 * (适龄儿童少年, R23) and the ledger export (personal data: an approved data release, R4).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.dropout.api.report;
