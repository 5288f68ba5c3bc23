package org.xueji.registry.api;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Lets the caller of a long batch stop it and follow it. A stop rolls the whole batch back.
 *
 * @param stopRequested polled between records; true ends the batch with nothing stored
 * @param stored        told the number of records written so far
 */
public record BatchControl(BooleanSupplier stopRequested, IntConsumer stored) {

    public static final BatchControl NONE = new BatchControl(() -> false, n -> { });
}
