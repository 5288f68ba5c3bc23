package org.xueji.enrollment.service.internal.excel;

import java.util.List;

/**
 * A column of an import file: the header written on export and shown in messages, and the
 * other headers the same column is known by in templates of different provinces.
 */
public record Column(String header, CellKind kind, List<String> aliases) {

    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column of(String header, CellKind kind, String... aliases) {
        return new Column(header, kind, List.of(aliases));
    }

    @Override
    public String toString() {
        return header;
    }
}
