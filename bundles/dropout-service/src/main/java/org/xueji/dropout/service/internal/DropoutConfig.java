package org.xueji.dropout.service.internal;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Settings of {@code etc/org.xueji.dropout.cfg}; an invalid value is logged and the default kept.
 *
 * @param minAge          youngest compulsory-school age (age on the finding's date), default 6
 * @param maxAge          oldest compulsory-school age, default 16 (children of grade 9 may be 16)
 * @param visitRemindDays a dropout without a 劝返 visit for this many working days is reminded (default 10)
 * @param visitLedgerDays past this many working days without a visit the school gets a ledger incident (default 20)
 * @param absenceDays     consecutive unexplained absences (school days) that make a suspected entry (default 3)
 */
public record DropoutConfig(int minAge, int maxAge, int visitRemindDays, int visitLedgerDays, int absenceDays) {

    public static final String PID = "org.xueji.dropout";
    public static final DropoutConfig DEFAULTS = new DropoutConfig(6, 16, 10, 20, 3);

    public static DropoutConfig from(Map<String, Object> properties, Consumer<String> warn) {
        int min = number(properties, "minAge", DEFAULTS.minAge, 3, 10, warn);
        int max = number(properties, "maxAge", DEFAULTS.maxAge, 12, 20, warn);
        int remind = number(properties, "visitRemindDays", DEFAULTS.visitRemindDays, 1, 200, warn);
        int ledger = number(properties, "visitLedgerDays", DEFAULTS.visitLedgerDays, 1, 400, warn);
        int absence = number(properties, "absenceDays", DEFAULTS.absenceDays, 1, 31, warn);
        if (ledger <= remind) {
            warn.accept("dropout: visitLedgerDays must exceed visitRemindDays; defaults kept");
            remind = DEFAULTS.visitRemindDays;
            ledger = DEFAULTS.visitLedgerDays;
        }
        return new DropoutConfig(min, max, remind, ledger, absence);
    }

    private static int number(Map<String, Object> p, String key, int fallback, int min, int max, Consumer<String> warn) {
        Object v = p == null ? null : p.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.toString().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        warn.accept("dropout: invalid " + key + "=" + v + ", default " + fallback + " kept");
        return fallback;
    }
}
