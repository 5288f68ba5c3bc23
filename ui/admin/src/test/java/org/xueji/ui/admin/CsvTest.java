package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertThat(Csv.field("张三")).isEqualTo("张三");
        assertThat(Csv.field("student.update")).isEqualTo("student.update");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(Csv.field("line1\r\nline2")).isEqualTo("\"line1\r\nline2\"");
        // full-width punctuation needs no quoting
        assertThat(Csv.field("姓名：张三，班级：一班")).isEqualTo("姓名：张三，班级：一班");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        // R7: audit rows carry text typed by anybody, e.g. the user name of a failed login
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("-1")).isEqualTo("'-1");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void rowJoinsEscapedFields() {
        assertThat(Csv.row(List.of("1", "a,b", "c"))).isEqualTo("1,\"a,b\",c");
        assertThat(Csv.row(Arrays.asList("x", null, "y"))).isEqualTo("x,,y");
    }

    @Test
    void footerIsOneLine() {
        assertThat(Csv.footer("数据发布申请 #1（用途：统计）")).isEqualTo("数据发布申请 #1（用途：统计）");
        assertThat(Csv.footer("a\r\nb\tc")).isEqualTo("a  b c");
        assertThat(Csv.footer("用途: a, b")).isEqualTo("\"用途: a, b\"");
        assertThat(Csv.footer(null)).isEmpty();
    }
}
