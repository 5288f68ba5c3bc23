/**
 * Evidence files (证明材料, photos, scanned forms) judged on the server: by content, never by
 * name, within a size and a pixel limit. Every module that takes evidence (transfers, dropout
 * follow-ups, home-teaching visits, admission proofs) judges it here before storing it, whatever
 * the console already checked.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.documents.evidence;
