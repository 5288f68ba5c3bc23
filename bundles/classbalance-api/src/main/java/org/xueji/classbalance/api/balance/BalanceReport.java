package org.xueji.classbalance.api.balance;

import java.util.Locale;

/** The report of a run as text (shell, notes): each figure for ours beside the snake deal's. */
public final class BalanceReport {

    private BalanceReport() {
    }

    public static String format(BalanceResult r) {
        BalanceMetrics o = r.ours();
        BalanceMetrics s = r.snake();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-44s %12s %12s%n", "指标 metric", "本算法 ours", "蛇形 snake"));
        row(b, "班额极差 size max-min", o.sizeSpread(), s.sizeSpread());
        row(b, "男生数极差 boys max-min", o.boysSpread(), s.boysSpread());
        row(b, "总分均分极差 mean total max-min", o.meanTotalSpread(), s.meanTotalSpread());
        o.subjectSpreads().forEach((k, v) -> row(b, k + "均分极差 mean max-min", v, s.subjectSpreads().get(k)));
        row(b, "班内标准差极差 within-class sd max-min", o.withinSdSpread(), s.withinSdSpread());
        o.flagSpreads().forEach((k, v) -> row(b, k + "人数极差 flagged max-min", v, s.flagSpreads().get(k)));
        row(b, "超班额班级 classes over cap", o.overCap(), s.overCap());
        row(b, "同班组被拆 together groups split", o.togetherSplit(), s.togetherSplit());
        row(b, "分班组同班 apart pairs in one class", o.apartViolations(), s.apartViolations());
        row(b, "同名同音同班 same-name pairs in one class", o.nameViolations(), s.nameViolations());
        row(b, "硬性冲突 hard violations", o.hardViolations(), s.hardViolations());
        b.append(String.format(Locale.ROOT, "班额 sizes: %s%n男生 boys: %s%n随机种子 seed: %d, 迭代 iterations: %d%n",
                o.sizes(), o.boys(), r.seed(), r.iterations()));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, int ours, int snake) {
        b.append(String.format(Locale.ROOT, "%-44s %12d %12d%n", label, ours, snake));
    }

    private static void row(StringBuilder b, String label, double ours, double snake) {
        b.append(String.format(Locale.ROOT, "%-44s %12.3f %12.3f%n", label, ours, snake));
    }
}
