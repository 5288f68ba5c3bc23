package org.xueji.platform.documents;

import org.xueji.platform.api.MessageKey;

/**
 * Messages of reading spreadsheets (texts in messages*.properties beside this class). The
 * {@code LOOKS_*} keys name what an uploaded file seems to be; they are passed as the
 * argument of {@link #FILE_TYPE_UNSUPPORTED} and localised with it.
 */
public enum DocumentMessages implements MessageKey {
    /** {0} file name. */
    FILE_EMPTY,
    /** {0} file name, {1} the limit as text ("50 MB"). */
    FILE_TOO_LARGE,
    /** {0} file name, {1} what the content looks like (a LOOKS_* key). */
    FILE_TYPE_UNSUPPORTED,
    /** {0} file name. */
    FILE_UNREADABLE,
    /** {0} file name. */
    FILE_ENCRYPTED,
    /** {0} file name: the compressed parts expand far more than a real workbook's. */
    ZIP_BOMB,
    /** {0} file name, {1} the limit as text: one part of the workbook expands beyond the limit. */
    ENTRY_TOO_LARGE,
    /** {0} file name, {1} the limit in characters: the workbook's text as a whole is beyond it. */
    TEXT_TOO_LARGE,
    /** {0} file name, {1} the limit. */
    TOO_MANY_SHARED_STRINGS,
    /** {0} row number, {1} the limit. */
    TOO_MANY_CELLS,
    /** {0} row number, {1} column letters, {2} the limit. */
    CELL_TOO_LONG,
    /** {0} the limit. */
    TOO_MANY_ROWS,

    LOOKS_PNG,
    LOOKS_JPEG,
    LOOKS_GIF,
    LOOKS_PDF,
    LOOKS_RAR,
    LOOKS_7Z,
    LOOKS_GZIP,
    LOOKS_RTF,
    LOOKS_BINARY,
    LOOKS_XLSB,
    LOOKS_DOCX,
    LOOKS_PPTX,
    LOOKS_ODF,
    LOOKS_ZIP,
    LOOKS_EXCEL95,
    LOOKS_DOC,
    LOOKS_PPT,
    LOOKS_OTHER_OFFICE,
    LOOKS_HTML,
    LOOKS_XML,

    /** {0} file name, {1} the limit as text: all parts of the workbook together expand beyond it. */
    TOTAL_TOO_LARGE,

    // evidence files (org.xueji.platform.documents.evidence)
    EVIDENCE_EMPTY,
    /** {0} the limit as text. */
    EVIDENCE_TOO_LARGE,
    EVIDENCE_WRONG_TYPE,
    EVIDENCE_IMAGE_UNREADABLE,
    /** {0} the limit in megapixels. */
    EVIDENCE_IMAGE_TOO_LARGE;

    @Override
    public String key() {
        return name();
    }
}
