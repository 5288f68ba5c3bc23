package org.xueji.classbalance.api.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("File mode input: UTF-8 CSV with the fixed columns")
class BalanceCsvTest {

    private static final String HEADER = "学生ID,姓名,性别,总分,语文,数学,英语,同班组,分班组\n";

    @Test
    void readsColumnsEmptyScoresGroupsAndQuotes() {
        String csv = "\uFEFF" + HEADER
                + "1,王一,男,240,80,80,80,T1,\r\n"
                + "2,\"李,二\",女,,,,,T1,P\n"
                + "3,张三,女,200.5,70,60.5,70,,P\n";
        List<BalanceStudent> students = BalanceCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(students).hasSize(3);
        assertThat(students.get(0).male()).isTrue();
        assertThat(students.get(0).together()).isEqualTo("T1");
        assertThat(students.get(0).apart()).isNull();
        assertThat(students.get(1).name()).isEqualTo("李,二");
        assertThat(students.get(1).total()).isNull();
        assertThat(students.get(1).subjects()).containsExactly(null, null, null);
        assertThat(students.get(2).subjects()).containsExactly(70.0, 60.5, 70.0);
        assertThat(students.get(2).apart()).isEqualTo("P");
    }

    @Test
    void missingColumnRefusedNamingIt() {
        String csv = "学生ID,姓名,性别,总分,语文,数学,同班组,分班组\n1,王一,男,240,80,80,,\n";
        assertThatThrownBy(() -> BalanceCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BalanceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(BalanceMessages.CSV_COLUMN_MISSING);
                    assertThat(e.getMessage()).contains("英语");
                });
    }

    @Test
    void gb18030FileRefused() {
        byte[] bytes = (HEADER + "1,王一,男,240,80,80,80,,\n").getBytes(Charset.forName("GB18030"));
        assertThatThrownBy(() -> BalanceCsv.read(bytes))
                .isInstanceOfSatisfying(BalanceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(BalanceMessages.CSV_NOT_UTF8);
                    assertThat(e.getMessage()).contains("第 1 行").contains("GB18030");
                });
    }

    @Test
    void badSexAndNonNumericScoresRefusedWithTheLine() {
        assertThatThrownBy(() -> BalanceCsv.read((HEADER + "1,王一,M,240,80,80,80,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BalanceRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BalanceMessages.CSV_SEX_INVALID));
        assertThatThrownBy(() -> BalanceCsv.read((HEADER + "1,王一,男,240,八十,80,80,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BalanceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(BalanceMessages.CSV_NOT_A_NUMBER);
                    assertThat(e.getMessage()).contains("第 2 行").contains("语文");
                });
        assertThatThrownBy(() -> BalanceCsv.read((HEADER + "1,王一,男\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BalanceRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BalanceMessages.CSV_FIELD_COUNT));
        assertThatThrownBy(() -> BalanceCsv.read(new byte[0]))
                .isInstanceOfSatisfying(BalanceRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BalanceMessages.CSV_EMPTY));
    }

    @Test
    void missingSexPassesTheParserAndIsRefusedByTheBalancer() {
        List<BalanceStudent> students = BalanceCsv.read((HEADER + "1,王一,,240,80,80,80,,\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ClassBalancer.balance(new BalanceInput(students, BalanceCsv.SUBJECTS, 1, 55, 1)))
                .isInstanceOfSatisfying(BalanceRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BalanceMessages.SEX_MISSING));
    }
}
