package org.xueji.dropout.api.report;

/** A produced file: name (ASCII), content type and bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
