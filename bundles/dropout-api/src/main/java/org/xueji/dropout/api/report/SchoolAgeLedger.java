package org.xueji.dropout.api.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * The school-age ledger's counts (适龄儿童少年, R23) on a day: records 在读 of compulsory-school age
 * per school (from the registry) and children recorded by surveys who hold no record, per
 * surveying school and per household town.
 */
public record SchoolAgeLedger(LocalDate on, int minAge, int maxAge, Map<Long, Long> registryBySchool,
                              Map<Long, Long> withoutRecordBySchool, Map<String, Long> withoutRecordByTown) {

    public long registryTotal() {
        return registryBySchool.values().stream().mapToLong(Long::longValue).sum();
    }

    public long withoutRecordTotal() {
        return withoutRecordBySchool.values().stream().mapToLong(Long::longValue).sum();
    }
}
