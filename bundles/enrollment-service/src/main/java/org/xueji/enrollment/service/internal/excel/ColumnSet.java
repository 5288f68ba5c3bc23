package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.CellText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns one kind of file may have, which of them must be present, and how header
 * texts map to them (header or alias, compared after {@link CellText#headerKey}).
 */
public final class ColumnSet {

    private final List<Column> columns;
    private final Set<Column> required;
    private final Map<String, Column> byHeaderKey = new HashMap<>();

    private ColumnSet(List<Column> columns, Set<Column> required) {
        this.columns = List.copyOf(columns);
        this.required = Set.copyOf(required);
        for (Column column : columns) {
            byHeaderKey.putIfAbsent(CellText.headerKey(column.header()), column);
            column.aliases().forEach(alias -> byHeaderKey.putIfAbsent(CellText.headerKey(alias), column));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All columns in the order they are written. */
    public List<Column> columns() {
        return columns;
    }

    /** The same set with only the columns {@code keep} accepts (an export limited by its release). */
    public ColumnSet only(java.util.function.Predicate<Column> keep) {
        List<Column> kept = columns.stream().filter(keep).toList();
        return new ColumnSet(kept, required.stream().filter(keep).collect(java.util.stream.Collectors.toSet()));
    }

    /** The columns a file must have, in column order. */
    public List<Column> required() {
        return columns.stream().filter(required::contains).toList();
    }

    public boolean isRequired(Column column) {
        return required.contains(column);
    }

    /** The column a header cell names, or null when the header is not one of ours. */
    public Column find(String headerText) {
        return byHeaderKey.get(CellText.headerKey(headerText));
    }

    /** Builds a set in column order. */
    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final Set<Column> required = new LinkedHashSet<>();

        public Builder required(Column... more) {
            for (Column column : more) {
                columns.add(column);
                required.add(column);
            }
            return this;
        }

        public Builder optional(Column... more) {
            columns.addAll(List.of(more));
            return this;
        }

        public ColumnSet build() {
            return new ColumnSet(columns, required);
        }
    }
}
