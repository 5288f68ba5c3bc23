package org.xueji.transfer.service.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.LocalChangeType;
import org.xueji.transfer.api.LocalTypes;
import org.xueji.transfer.api.TransferMessages;

/**
 * Reads the {@code localTypes} setting: entries separated by ';' (or new lines), each
 * {@code code|中文名|English name|district step yes/no|evidence required yes/no}. A malformed entry is skipped and
 * logged with its position and reason only (never its text), and the module keeps running with the others.
 */
final class LocalTypeConfig {

    private static final Logger LOG = LoggerFactory.getLogger(LocalTypeConfig.class);
    static final int NAME_MAX = 50;

    private LocalTypeConfig() {
    }

    static LocalTypes parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return LocalTypes.NONE;
        }
        List<LocalChangeType> types = new ArrayList<>();
        List<LocalTypes.Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ChangeType builtIn : ChangeType.values()) {
            codes.add(builtIn.id()); // a local code never shadows a built-in type's id
        }
        int position = 0;
        for (String raw : setting.split("[;\\n]")) {
            if (raw.isBlank()) {
                continue;
            }
            position++;
            String[] parts = raw.split("\\|", -1);
            TransferMessages problem = null;
            LocalChangeType type = null;
            if (parts.length != 5) {
                problem = TransferMessages.LOCAL_TYPE_BAD_FIELDS;
            } else {
                String code = parts[0].strip();
                String zh = parts[1].strip();
                String en = parts[2].strip();
                Boolean district = flag(parts[3]);
                Boolean evidence = flag(parts[4]);
                if (!code.matches("[a-z0-9][a-z0-9-]{0,19}")) {
                    problem = TransferMessages.LOCAL_TYPE_BAD_CODE;
                } else if (zh.isEmpty() || en.isEmpty() || zh.length() > NAME_MAX || en.length() > NAME_MAX) {
                    problem = TransferMessages.LOCAL_TYPE_BAD_NAME;
                } else if (district == null || evidence == null) {
                    problem = TransferMessages.LOCAL_TYPE_BAD_FLAG;
                } else if (!codes.add(code)) {
                    problem = TransferMessages.LOCAL_TYPE_DUPLICATE;
                } else {
                    type = new LocalChangeType(code, zh, en, district, evidence);
                }
            }
            if (type != null) {
                types.add(type);
            } else {
                problems.add(new LocalTypes.Problem(position, problem));
                // position and reason only: the entry's text is the administrator's to read in the file
                LOG.warn("localTypes entry {} skipped: {}", position, problem.format(Locale.ENGLISH));
            }
        }
        return new LocalTypes(types, problems);
    }

    private static Boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "是" -> Boolean.TRUE;
            case "no", "false", "否" -> Boolean.FALSE;
            default -> null;
        };
    }
}
