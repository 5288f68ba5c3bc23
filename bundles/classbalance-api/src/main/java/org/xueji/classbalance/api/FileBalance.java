package org.xueji.classbalance.api;

import java.util.List;
import org.xueji.classbalance.api.balance.BalanceResult;

/** The file mode's outcome: the student ids of the file in its order and the result. */
public record FileBalance(List<String> studentIds, BalanceResult result) {

    public FileBalance {
        studentIds = List.copyOf(studentIds);
    }
}
