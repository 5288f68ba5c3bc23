package org.xueji.dropout.service.internal.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.dropout.api.risk.RiskMessages;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/**
 * A class's term grades: header 身份证号, 姓名, then one column per core subject; one row per
 * student with the scores (blank: no score). Pure rules; every problem of the file at once.
 */
final class GradesSheet {

    /** One student's term: how many subjects were scored and how many are below the pass mark. */
    record Row(int rowNumber, String idNumber, int subjects, int failed) {
    }

    private static final BigDecimal MAX = BigDecimal.valueOf(150);

    private GradesSheet() {
    }

    static List<Row> parse(List<List<String>> cells, int passMark) {
        if (cells.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("file", RiskMessages.GRADES_EMPTY)));
        }
        List<String> header = cells.get(0);
        String first = header.isEmpty() ? "" : header.get(0).strip();
        if (header.size() < 3 || !(first.contains("身份证") || first.toLowerCase(Locale.ROOT).startsWith("id"))) {
            throw new ValidationException(List.of(new FieldError("file", RiskMessages.GRADES_BAD_HEADER, first)));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        BigDecimal pass = BigDecimal.valueOf(passMark);
        for (int r = 1; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = r + 1;
            String id = line.get(0).strip().toUpperCase(Locale.ROOT);
            if (id.isEmpty()) {
                errors.add(new FieldError("file", RiskMessages.GRADES_ID_MISSING, rowNumber));
                continue;
            }
            int subjects = 0;
            int failed = 0;
            boolean bad = false;
            for (int c = 2; c < header.size(); c++) {
                String raw = c < line.size() ? line.get(c).strip() : "";
                if (raw.isEmpty()) {
                    continue;
                }
                BigDecimal score;
                try {
                    score = new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    score = null;
                }
                if (score == null || score.signum() < 0 || score.compareTo(MAX) > 0) {
                    errors.add(new FieldError("file", RiskMessages.GRADES_BAD_SCORE, rowNumber, header.get(c).strip(),
                            raw));
                    bad = true;
                    continue;
                }
                subjects++;
                failed += score.compareTo(pass) < 0 ? 1 : 0;
            }
            if (subjects == 0 && !bad) {
                errors.add(new FieldError("file", RiskMessages.GRADES_NO_SCORE, rowNumber));
            }
            rows.add(new Row(rowNumber, id, subjects, failed));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", RiskMessages.GRADES_EMPTY));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return rows;
    }
}
