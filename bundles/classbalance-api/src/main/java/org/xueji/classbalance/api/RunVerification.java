package org.xueji.classbalance.api;

/** {@code xueji:balance-verify}: the run re-computed from its stored inputs and seed. */
public record RunVerification(long runId, String storedHash, String recomputedHash, boolean sameResult) {

    public boolean matches() {
        return sameResult && storedHash != null && storedHash.equals(recomputedHash);
    }
}
