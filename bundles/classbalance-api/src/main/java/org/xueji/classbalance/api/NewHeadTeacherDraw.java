package org.xueji.classbalance.api;

import java.util.List;

/**
 * A head-teacher draw asked for (阳光分班, issue 9 item 3): the candidates — the school's teacher
 * accounts by user name and/or teachers named without an account — and the seed, {@code null} to
 * have one drawn and recorded.
 */
public record NewHeadTeacherDraw(List<String> accounts, List<String> names, String seed) {

    public NewHeadTeacherDraw {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        names = names == null ? List.of() : List.copyOf(names);
    }
}
