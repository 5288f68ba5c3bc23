package org.xueji.ui.shell.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ECharts option as JSON text, built from plain values: bar charts of categories with one
 * or more series, optionally a horizontal limit line (e.g. the class cap, R14). Only data,
 * never functions: the browser parses it with {@code JSON.parse}, nothing is evaluated.
 */
public final class ChartOption {

    /**
     * One series of values, one per category.
     *
     * @param limit      a horizontal line at this value (null: none)
     * @param limitLabel the line's name, e.g. {@code 班额上限 55}
     */
    public record Series(String name, List<? extends Number> values, Number limit, String limitLabel) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        public static Series of(String name, List<? extends Number> values) {
            return new Series(name, values, null, null);
        }

        /** The same series with a limit line. */
        public Series withLimit(Number value, String label) {
            return new Series(name, values, value, label);
        }
    }

    /**
     * A bar chart: a category axis ({@code categories}), a value axis, a tooltip, a legend when
     * there is more than one series, and each series' limit line.
     *
     * @throws IllegalArgumentException when a series has not one value per category
     */
    public static String bar(String title, List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        StringBuilder b = new StringBuilder(256);
        b.append('{');
        if (title != null && !title.isEmpty()) {
            b.append("\"title\":{\"text\":").append(quote(title)).append(",\"left\":\"center\",")
                    .append("\"textStyle\":{\"fontSize\":14}},");
        }
        b.append("\"animation\":false,");
        b.append("\"tooltip\":{\"trigger\":\"axis\"},");
        if (series.size() > 1) {
            b.append("\"legend\":{\"bottom\":0},");
        }
        b.append("\"grid\":{\"left\":48,\"right\":24,\"top\":").append(title == null ? 16 : 40)
                .append(",\"bottom\":").append(series.size() > 1 ? 56 : 32).append(",\"containLabel\":true},");
        b.append("\"xAxis\":{\"type\":\"category\",\"data\":").append(strings(categories)).append("},");
        b.append("\"yAxis\":{\"type\":\"value\",\"minInterval\":1},");
        b.append("\"series\":[");
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            StringBuilder p = new StringBuilder();
            p.append("{\"type\":\"bar\",\"name\":").append(quote(s.name())).append(",\"data\":")
                    .append(numbers(s.values()));
            if (s.limit() != null) {
                p.append(",\"markLine\":{\"symbol\":\"none\",\"lineStyle\":{\"color\":\"#d32f2f\",\"type\":\"dashed\"},")
                        .append("\"label\":{\"formatter\":").append(quote(s.limitLabel() == null
                                ? String.valueOf(s.limit()) : s.limitLabel()))
                        .append("},\"data\":[{\"yAxis\":").append(number(s.limit())).append("}]}");
            }
            p.append('}');
            parts.add(p.toString());
        }
        b.append(String.join(",", parts)).append("]}");
        return b.toString();
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String strings(List<String> values) {
        List<String> quoted = new ArrayList<>(values.size());
        for (String v : values) {
            quoted.add(v == null ? "\"\"" : quote(v));
        }
        return "[" + String.join(",", quoted) + "]";
    }

    private static String numbers(List<? extends Number> values) {
        List<String> out = new ArrayList<>(values.size());
        for (Number v : values) {
            out.add(number(v));
        }
        return "[" + String.join(",", out) + "]";
    }

    private static String number(Number v) {
        if (v == null) {
            return "null";
        }
        double d = v.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private ChartOption() {
    }
}
