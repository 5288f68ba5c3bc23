package org.xueji.ui.enrollment.importing;

import static org.xueji.ui.enrollment.importing.ImportSupport.t;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.xueji.enrollment.api.ImportReport;

/** Recent imports, newest first; a click shows the import's report. */
final class RecentImportsGrid extends Grid<ImportReport> {

    private static final long serialVersionUID = 1L;

    RecentImportsGrid(boolean showSchool, Map<Long, String> schoolNames, Consumer<ImportReport> open) {
        setId("imp-recent");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(r -> ImportSupport.minutes(r.startedAt())).setKey("startedAt")
                .setHeader(t(ImportUiText.COL_STARTED_AT)).setAutoWidth(true)
                .setComparator(Comparator.comparing(ImportReport::startedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        if (showSchool) {
            addColumn(r -> schoolNames.getOrDefault(r.schoolId(), "#" + r.schoolId())).setKey("school")
                    .setHeader(t(ImportUiText.COL_SCHOOL)).setSortable(true).setAutoWidth(true);
        }
        addColumn(r -> Objects.toString(r.fileName(), "")).setKey("file").setHeader(t(ImportUiText.COL_FILE))
                .setFlexGrow(1).setTooltipGenerator(r -> Objects.toString(r.fileName(), ""));
        addColumn(r -> ImportSupport.mode(r.mode())).setKey("mode").setHeader(t(ImportUiText.COL_MODE))
                .setAutoWidth(true);
        addColumn(r -> ImportSupport.status(r.status())).setKey("status").setHeader(t(ImportUiText.COL_STATUS))
                .setAutoWidth(true);
        addColumn(ImportReport::totalRows).setKey("total").setHeader(t(ImportUiText.COL_TOTAL_ROWS))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(ImportReport::validRows).setKey("valid").setHeader(t(ImportUiText.COL_VALID_ROWS))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(ImportReport::storedRows).setKey("stored").setHeader(t(ImportUiText.COL_STORED_ROWS))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Objects.toString(r.startedBy(), "")).setKey("startedBy")
                .setHeader(t(ImportUiText.COL_STARTED_BY)).setAutoWidth(true);
        setEmptyStateText(t(ImportUiText.RECENT_EMPTY));
        addItemClickListener(e -> open.accept(e.getItem()));
        setHeight("16em");
    }
}
