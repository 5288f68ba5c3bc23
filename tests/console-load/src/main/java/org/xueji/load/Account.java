package org.xueji.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A load account, a line {@code username,initialPassword,role,school} of make-accounts.sh's CSV. */
record Account(String username, String initialPassword, String role, String school) {

    static List<Account> read(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split(",", -1))
                .map(f -> new Account(f[0], f[1], f.length > 2 ? f[2] : "", f.length > 3 ? f[3] : ""))
                .toList();
    }
}
