package org.xueji.enrollment.service.internal.history;

import java.time.Instant;
import java.util.List;
import org.xueji.platform.api.MessageKey;

/**
 * One decided registry change of a record, as message keys and values (no sentence built in the
 * service): rendered in the reader's language by {@link ChangeLineText}.
 *
 * @param kind      转学, 复学, a status (休学, 死亡, 转出, 撤销), 关键信息更正 or 班级变动
 * @param status    for {@link ChangeText#KIND_STATUS}: the new status (a message key), else {@code null}
 * @param reference the reference the registry stored (e.g. {@code transfer:12}), or {@code null}
 */
public record ChangeLine(Instant time, String by, ChangeText kind, MessageKey status, String reference,
                         List<Part> parts) {

    public ChangeLine {
        parts = List.copyOf(parts);
    }

    /**
     * One changed thing. {@code before}/{@code after} are names (school, class), message keys (a status) or
     * {@code null} (none); for {@link ChangeText#PART_CORRECTED} {@code fields} names the corrected fields.
     */
    public record Part(ChangeText label, Object before, Object after, List<String> fields) {

        public Part {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }
}
