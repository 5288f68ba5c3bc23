package org.xueji.transfer.api;

import java.util.List;
import java.util.Optional;

/**
 * The district's own change types as configured, and the configuration entries that were skipped.
 *
 * @param types    the usable types, in configured order
 * @param problems one per skipped entry (its position, counted from 1, and why); no entry text, which an
 *                 administrator reads in the configuration file itself
 */
public record LocalTypes(List<LocalChangeType> types, List<Problem> problems) {

    public static final LocalTypes NONE = new LocalTypes(List.of(), List.of());

    public LocalTypes {
        types = List.copyOf(types);
        problems = List.copyOf(problems);
    }

    public Optional<LocalChangeType> find(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** A skipped configuration entry: {@code entry} its position (from 1), {@code reason} a message key. */
    public record Problem(int entry, TransferMessages reason) {
    }
}
