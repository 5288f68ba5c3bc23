package org.xueji.platform.api.security;

/**
 * Where the web console accepts connections, published by the console while it listens and
 * read by the login rules: demo accounts, whose password is published, may log in only while
 * every connector of the console is bound to a loopback address (issue 16, R1).
 */
public interface ConsoleEndpoint {

    /** True when every address the console listens on is a loopback address (127.0.0.0/8, ::1). */
    boolean loopbackOnly();
}
