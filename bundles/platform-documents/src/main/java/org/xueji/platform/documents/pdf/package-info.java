/**
 * Writing A4 form-like PDFs with Chinese text: the CJK font (Droid Sans Fallback) and Liberation
 * Sans embedded as subsets, pages with continuation headings, wrapped table cells. Uses
 * Apache PDFBox types ({@code PDDocument}), exported by this bundle.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.documents.pdf;
