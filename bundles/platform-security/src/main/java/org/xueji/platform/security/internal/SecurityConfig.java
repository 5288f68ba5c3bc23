package org.xueji.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Password policy and lockout thresholds of the district (etc/org.xueji.security.cfg), R2. */
@ObjectClassDefinition(name = "Xueji security", description = "账号、密码策略与登录锁定（R2）")
public @interface SecurityConfig {

    @AttributeDefinition(name = "Minimum length", description = "密码最少字符数", min = "8", max = "128")
    int minLength() default 10;

    @AttributeDefinition(name = "Character classes",
            description = "大写字母、小写字母、数字、其他符号四类中至少包含几类", min = "1", max = "4")
    int minCharacterClasses() default 3;

    @AttributeDefinition(name = "History size", description = "不得重复使用最近几次的密码（含当前密码）",
            min = "1", max = "24")
    int historySize() default 5;

    @AttributeDefinition(name = "Expiry days", description = "密码有效天数，到期须修改", min = "1", max = "3650")
    int expiryDays() default 90;

    @AttributeDefinition(name = "Failed logins before lockout", description = "连续登录失败几次后锁定账号",
            min = "1", max = "100")
    int maxFailedLogins() default 5;

    @AttributeDefinition(name = "Lockout minutes", description = "锁定时长（分钟）", min = "1", max = "10080")
    int lockoutMinutes() default 15;

    @AttributeDefinition(name = "PBKDF2 iterations",
            description = "新密码哈希的 PBKDF2 迭代次数（不低于 310000；已存哈希在下次登录时升级）",
            min = "310000")
    int hashIterations() default PasswordHasher.DEFAULT_ITERATIONS;

    @AttributeDefinition(name = "Failures per address before waiting",
            description = "同一地址登录失败几次后须等待（1 分钟起，每次失败加倍）；应小于锁定账号的失败次数，"
                    + "使猜测密码的地址在锁定账号之前被挡住", min = "1", max = "100")
    int addressFailuresBeforeWait() default 3;

    @AttributeDefinition(name = "Longest wait of an address (minutes)", description = "同一地址最长等待时间（分钟）",
            min = "1", max = "1440")
    int addressMaxWaitMinutes() default 60;
}
