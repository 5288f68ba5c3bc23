/**
 * Registry changes (学籍异动, issue 14): transfers within the district (receiving principal →
 * sending school → district, the record follows the student), transfers out of the district,
 * suspension and resumption, repeat or skip a grade, death, class changes, key-field
 * corrections (R3) and withdrawal of a mistaken registration. Every change is a workflow request
 * of the module kit; the record changes in the transaction of the final decision.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.xueji.transfer.api;
