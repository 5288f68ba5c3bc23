package org.xueji.platform.core.internal;

import java.time.Clock;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xueji.platform.api.PlatformClock;

/**
 * The system clock, optionally moved by an offset (etc/org.xueji.clock.cfg). The offset
 * exists for tests of time rules (password expiry, lockouts, deadlines); leave it at 0.
 *
 * <p>It ticks in microseconds: PostgreSQL keeps timestamps to the microsecond, while Java's
 * system clock gives nanoseconds on Linux. A service that returned the instant it had just
 * stored (an import's {@code finishedAt}) would otherwise hand back a value that a later read
 * of the same row does not equal.
 */
@Component(service = PlatformClock.class, configurationPid = "org.xueji.clock")
@Designate(ocd = ConfigurablePlatformClock.Config.class)
public class ConfigurablePlatformClock implements PlatformClock {

    @ObjectClassDefinition(name = "Xueji clock", description = "平台时钟（仅用于测试时间规则）")
    public @interface Config {
        @AttributeDefinition(description = "时钟偏移（分钟），生产环境必须为 0")
        long offsetMinutes() default 0;
    }

    /** The finest time both databases store (PostgreSQL {@code timestamp}: microseconds). */
    static final Duration STORED_PRECISION = Duration.ofNanos(1_000);

    private volatile Clock clock;

    @Activate
    public ConfigurablePlatformClock(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        clock = Clock.tick(Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(config.offsetMinutes())),
                STORED_PRECISION);
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
