/**
 * Reading spreadsheets (.xlsx streamed with SAX, .xls, .csv; format judged by content) with
 * hardened limits, and writing streamed .xlsx. Apache POI stays inside this bundle: no POI
 * type appears in this API.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.documents.spreadsheet;
