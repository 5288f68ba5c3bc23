package org.xueji.balancing.command;

import java.nio.file.Path;
import org.xueji.classbalance.api.FileBalance;

/** Lets the service test write OUT.csv exactly as {@code xueji:balance-file} does. */
public final class BalanceFileCommandAccess {

    private BalanceFileCommandAccess() {
    }

    public static void write(FileBalance result, Path target) throws Exception {
        BalanceFileCommand.write(result, target);
    }
}
