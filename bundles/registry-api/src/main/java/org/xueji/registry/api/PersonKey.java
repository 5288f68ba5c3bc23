package org.xueji.registry.api;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;

/** How a student without an ID number is recognised: name, sex and birth date. */
public record PersonKey(String name, Sex sex, LocalDate birthDate) {

    public PersonKey {
        name = name == null ? null : name.strip();
    }

    public boolean complete() {
        return name != null && !name.isEmpty() && sex != null && birthDate != null;
    }
}
