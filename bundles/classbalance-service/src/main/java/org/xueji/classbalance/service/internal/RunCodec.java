package org.xueji.classbalance.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xueji.classbalance.api.balance.BalanceInput;
import org.xueji.classbalance.api.balance.BalanceResult;
import org.xueji.classbalance.api.balance.BalanceStudent;

/**
 * The canonical text of a run (阳光分班 transparency): anyone with the inputs and the seed re-runs
 * it and checks the hash. One line of parameters, one tab-separated line per student (id, name,
 * sex, total, subjects, flags, together, apart), and the result as one "id TAB class" line per
 * student. Numbers are written with {@link Double#toString}, which reads back to the same double.
 */
final class RunCodec {

    static final String HEADER = "xueji-classbalance/1";

    private RunCodec() {
    }

    static String input(BalanceInput in, long iterations) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        b.append("classes=").append(in.classes()).append("\tcap=").append(in.cap()).append("\tseed=").append(in.seed())
                .append("\titerations=").append(iterations).append("\tsubjects=").append(String.join(",", in.subjects()))
                .append('\n');
        for (BalanceStudent s : in.students()) {
            b.append(clean(s.id())).append('\t').append(clean(s.name())).append('\t').append(s.male() ? "M" : "F")
                    .append('\t').append(number(s.total()));
            for (Double v : s.subjects()) {
                b.append('\t').append(number(v));
            }
            b.append('\t').append(String.join(",", new TreeSet<>(s.flags().stream().map(RunCodec::clean).toList())))
                    .append('\t').append(s.together() == null ? "" : clean(s.together()))
                    .append('\t').append(s.apart() == null ? "" : clean(s.apart())).append('\n');
        }
        return b.toString();
    }

    static String result(BalanceInput in, BalanceResult r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < in.students().size(); i++) {
            b.append(clean(in.students().get(i).id())).append('\t').append(r.classOf(i)).append('\n');
        }
        return b.toString();
    }

    /** SHA-256 (hex) of the input text, a separator line and the result text. */
    static String hash(String inputText, String resultText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(inputText.getBytes(StandardCharsets.UTF_8));
            sha.update("--\n".getBytes(StandardCharsets.UTF_8));
            sha.update(resultText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input back from its text (for verification). */
    static BalanceInput parseInput(String text) {
        String[] lines = text.split("\n");
        if (!HEADER.equals(lines[0])) {
            throw new IllegalStateException("not a run input: " + lines[0]);
        }
        String[] params = lines[1].split("\t");
        int classes = Integer.parseInt(value(params[0], "classes"));
        int cap = Integer.parseInt(value(params[1], "cap"));
        long seed = Long.parseLong(value(params[2], "seed"));
        String subjectsText = value(params[4], "subjects");
        List<String> subjects = subjectsText.isEmpty() ? List.of() : List.of(subjectsText.split(","));
        List<BalanceStudent> students = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            List<Double> scores = new ArrayList<>();
            for (int d = 0; d < subjects.size(); d++) {
                scores.add(parse(f[4 + d]));
            }
            int k = 4 + subjects.size();
            Set<String> flags = f[k].isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(f[k].split(",")));
            students.add(new BalanceStudent(f[0], f[1], "M".equals(f[2]), parse(f[3]), scores, flags, f[k + 1], f[k + 2]));
        }
        return new BalanceInput(students, subjects, classes, cap, seed);
    }

    static long iterations(String inputText) {
        String params = inputText.split("\n")[1];
        return Long.parseLong(value(params.split("\t")[3], "iterations"));
    }

    /** student id → class, in the order stored. */
    static List<String[]> parseResult(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static String value(String field, String name) {
        if (!field.startsWith(name + "=")) {
            throw new IllegalStateException("expected " + name + ": " + field);
        }
        return field.substring(name.length() + 1);
    }

    private static String number(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    private static Double parse(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** Tabs, line breaks and commas would break the format; they never belong in ids, names or keys. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n,]", " ").strip();
    }
}
