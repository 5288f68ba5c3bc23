package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xueji.registry.api.StudentQuery;

class PrintSearchTest {

    @Test
    void aRegistryNumberIsSearchedAsSuch() {
        StudentQuery q = PrintSearch.queryFor(" g11010520200304123x ");
        assertThat(q.registryNumber()).isEqualTo("G11010520200304123X");
        assertThat(q.idNumber()).isNull();
        assertThat(q.name()).isNull();
        assertThat(PrintSearch.queryFor("L1101052020030412 34").registryNumber()).isEqualTo("L110105202003041234");
    }

    @Test
    void anIdNumberIsSearchedAsSuchAlsoFullWidth() {
        assertThat(PrintSearch.queryFor("11010520200304123x").idNumber()).isEqualTo("11010520200304123X");
        assertThat(PrintSearch.queryFor("１１０１０５２０２００３０４１２３Ｘ").idNumber())
                .isEqualTo("11010520200304123X");
        assertThat(PrintSearch.queryFor("110105200304123").idNumber()).isEqualTo("110105200304123");
    }

    @Test
    void anythingElseIsANameOrItsBeginning() {
        assertThat(PrintSearch.queryFor(" 张 ").name()).isEqualTo("张");
        assertThat(PrintSearch.queryFor("1234").name()).isEqualTo("1234");
        assertThat(PrintSearch.queryFor("   ")).isNull();
        assertThat(PrintSearch.queryFor(null)).isNull();
    }
}
