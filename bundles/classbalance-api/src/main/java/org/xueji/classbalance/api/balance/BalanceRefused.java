package org.xueji.classbalance.api.balance;

import org.xueji.platform.api.DomainException;

/** A balancing input refused: bad input or infeasible constraints, naming the cause. Nothing is stored. */
public class BalanceRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    public BalanceRefused(BalanceMessages key, Object... args) {
        super(key, args);
    }

    public BalanceMessages reason() {
        return (BalanceMessages) messageKey();
    }
}
