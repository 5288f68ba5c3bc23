package org.xueji.platform.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 *
 * <p>{@link #clock()} is one {@code Clock} for the component's life that reads the offset on every
 * {@code instant()}: services keep the clock they were given at activation, and a moved offset
 * must reach them too, not only the ones that ask the component each time.
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
    static final ChronoUnit STORED_PRECISION = ChronoUnit.MICROS;

    private volatile Duration offset = Duration.ZERO;
    private final Clock clock = new MovedClock(ZoneId.systemDefault());

    @Activate
    public ConfigurablePlatformClock(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        offset = Duration.ofMinutes(config.offsetMinutes());
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The system clock moved by this component's current offset, cut to {@link #STORED_PRECISION}. */
    private final class MovedClock extends Clock {
        private final ZoneId zone;

        MovedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new MovedClock(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset).truncatedTo(STORED_PRECISION);
        }
    }
}
