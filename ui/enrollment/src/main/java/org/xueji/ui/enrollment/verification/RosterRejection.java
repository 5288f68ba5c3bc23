package org.xueji.ui.enrollment.verification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/**
 * The row report of a refused roster upload (R18: a file with any bad row is refused whole).
 * The service puts the report into its exception: as {@link ImportIssue} arguments (or a list
 * of them), or as a {@link ValidationException} whose field names are {@code "<row>:<column>"}.
 */
final class RosterRejection {

    private static final Pattern ROW_FIELD =
            Pattern.compile("^\\s*(?:第|row\\s*)?(\\d+)\\s*(?:行)?\\s*[:：/|,，]?\\s*(.*)$",
                    Pattern.CASE_INSENSITIVE);

    /** Whether the exception refuses a roster file (rather than, say, a closed check). */
    static boolean isRefusal(DomainException e) {
        return e.messageKey() == EnrollmentMessages.ROSTER_REJECTED || !issues(e, Locale.SIMPLIFIED_CHINESE).isEmpty();
    }

    /** The rows and columns at fault, in the service's order; empty when the exception carries none. */
    static List<ImportIssue> issues(DomainException e, Locale locale) {
        List<ImportIssue> found = new ArrayList<>();
        for (Object arg : e.args()) {
            if (arg instanceof ImportIssue issue) {
                found.add(issue);
            } else if (arg instanceof Collection<?> many) {
                for (Object o : many) {
                    if (o instanceof ImportIssue issue) {
                        found.add(issue);
                    }
                }
            }
        }
        if (found.isEmpty() && e instanceof ValidationException v) {
            for (FieldError error : v.errors()) {
                found.add(fromFieldError(error.field(), error.message(locale)));
            }
        }
        return found;
    }

    /** {@code "12:身份证件号"}, {@code "第12行 年级"} or {@code "12"}; anything else is a file-level issue. */
    static ImportIssue fromFieldError(String field, String message) {
        if (field == null) {
            return new ImportIssue(0, null, message);
        }
        Matcher m = ROW_FIELD.matcher(field);
        if (!m.matches()) {
            return new ImportIssue(0, field, message);
        }
        String column = m.group(2).strip();
        try {
            return new ImportIssue(Integer.parseInt(m.group(1)), column.isEmpty() ? null : column, message);
        } catch (NumberFormatException tooLong) {
            return new ImportIssue(0, field, message);
        }
    }

    private RosterRejection() {
    }
}
