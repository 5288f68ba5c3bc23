package org.xueji.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.FollowUp;
import org.xueji.ledger.api.FollowUpKind;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerExport;

/** R4: the exported ledger is localised and ends with the data release's watermark. */
class LedgerCsvTest {

    @Test
    void r4ExportEndsWithTheWatermarkAndShowsTheBureauByName() {
        Incident lapse = new Incident(5, null, IncidentType.R17_DEADLINE_LAPSED, "workflow", LocalDate.of(2025, 10, 9),
                IncidentText.R17_STEP_LAPSED, List.of("data-release", "12", "bureau-approval", "2025-10-08"), null,
                null, null, IncidentStatus.OPEN, Instant.EPOCH, "system:ledger-lapse", null, null, null, List.of());
        Incident manual = new Incident(6, 1L, IncidentType.R13_REGISTRY_ERROR, Incident.MANUAL,
                LocalDate.of(2025, 10, 2), null, List.of(), "=HYPERLINK(\"x\")", null, null,
                IncidentStatus.FOLLOWED_UP, Instant.EPOCH, "district-admin", null, null, null,
                List.of(new FollowUp(9, 6, FollowUpKind.DISTRICT_NOTICE, null, "岳教通〔2025〕3号", null, 0,
                        Instant.EPOCH, "district-admin")));
        String csv = new String(LedgerCsv.write(new LedgerExport(List.of(lapse, manual), 42, "WATERMARK #42"),
                Map.of(1L, "甲校"), Locale.ENGLISH), StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("No.", "Date", "School", "Type", "Source", "Description", "Status");
        assertThat(lines[1]).contains("District bureau (itself)", "Registry change not decided in time (R17)",
                "data-release #12");
        // a typed description cannot run as a spreadsheet formula
        assertThat(lines[2]).contains("甲校", "Recorded by hand", "'=HYPERLINK", "District-wide notice 岳教通〔2025〕3号");
        assertThat(lines[3]).isEqualTo("WATERMARK #42");
    }
}
