/**
 * 四查三比对 cross-checks (R29): lists of other departments (公安户籍 extract of school-age
 * children per town, 资助 financial aid, 建档立卡/低保 poverty households) imported as
 * spreadsheets and compared with the registry and the ledgers; each comparison gives findings
 * that need a resolution with a reason, like the R18 人籍一致 check.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.dropout.api.crosscheck;
