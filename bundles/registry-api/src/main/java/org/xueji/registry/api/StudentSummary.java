package org.xueji.registry.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.transfer.RecordStatus;

/** One row of the student search, with the record's status (R3: a withdrawn record is kept and marked). */
public record StudentSummary(long id, String registryNumber, String name, Sex sex, LocalDate birthDate,
                             String idNumber, long schoolId, String schoolName, Integer gradeLevel,
                             Long classId, String className, RecordStatus status) {

    /** A row of a record 在读 (callers that do not know the status). */
    public StudentSummary(long id, String registryNumber, String name, Sex sex, LocalDate birthDate,
                          String idNumber, long schoolId, String schoolName, Integer gradeLevel,
                          Long classId, String className) {
        this(id, registryNumber, name, sex, birthDate, idNumber, schoolId, schoolName, gradeLevel, classId, className,
                RecordStatus.ACTIVE);
    }

    /** 在读 or not (then the lists mark it: 撤销, 转出, 休学, 死亡). */
    public boolean active() {
        return status == null || status == RecordStatus.ACTIVE;
    }
}
