/**
 * The monthly ledger (台帐) and the annual target assessment (D4): incidents per school and
 * month (R11, R13, R16, R17, R26), their follow-up and closing, the yearly score per school and the
 * district ranking. Other modules post incidents through {@link org.xueji.ledger.api.LedgerService},
 * referenced as an optional, dynamic DS reference: a module keeps working when the ledger is not
 * installed.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.ledger.api;
