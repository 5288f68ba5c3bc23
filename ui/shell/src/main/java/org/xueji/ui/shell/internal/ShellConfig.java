package org.xueji.ui.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Web console settings (etc/org.xueji.ui.shell.cfg). */
@ObjectClassDefinition(name = "Xueji web console", description = "Web 控制台设置")
public @interface ShellConfig {

    @AttributeDefinition(description = "监听地址；0.0.0.0 表示所有网卡（默认仅本机）")
    String host() default "127.0.0.1";

    @AttributeDefinition(description = "HTTP 端口", min = "1", max = "65535")
    int port() default 8181;

    @AttributeDefinition(description = "会话空闲超时（分钟）", min = "1")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(description = "每个地址每分钟最多登录尝试次数", min = "1")
    int loginAttemptsPerMinute() default 20;

    @AttributeDefinition(description = "同时处理的请求数上限，其余请求排队等候（不占线程）；与数据库连接池配合："
            + "连接池 jdbc.pool.maxTotal 应不少于此值的 3 倍再加 16（后台任务与命令行）", min = "1")
    int maxConcurrentRequests() default 16;

    @AttributeDefinition(description = "HTTPS 端口；0 表示不启用 HTTPS")
    int httpsPort() default 0;

    @AttributeDefinition(description = "HTTPS 密钥库（PKCS12）路径，相对路径以 Karaf etc 目录为基准")
    String keystorePath() default "xueji-keystore.p12";

    @AttributeDefinition(description = "不可使用：config:list 会显示此值；请改用 keystorePasswordFile", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String keystorePassword() default "";

    @AttributeDefinition(description = "在非本机地址上允许明文 HTTP（仅当前面有加密的反向代理时设为 true；默认 false："
            + "未配置 HTTPS 时控制台不在非本机地址上监听）")
    boolean allowPlainHttpBeyondLoopback() default false;

    @AttributeDefinition(description = "受信任的反向代理地址（逗号分隔，可用 CIDR，如 10.0.0.5 或 10.0.0.0/24）：来自这些地址的请求，"
            + "客户端地址取 X-Forwarded-For 的最后一项（登录限制与审计按真实客户端地址）；默认为空，不信任任何代理")
    String trustedProxies() default "";

    @AttributeDefinition(description = "存放 HTTPS 密钥库密码的文件（第一行），相对路径以 Karaf etc 目录为基准；"
            + "密码不写在本配置中，因为 config:list 会显示配置中的所有值")
    String keystorePasswordFile() default "xueji-keystore.pass";
}
