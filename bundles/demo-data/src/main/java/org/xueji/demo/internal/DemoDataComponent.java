package org.xueji.demo.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.demo.DemoDataLoader;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import java.util.List;
import org.xueji.demo.DemoAccounts;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;

/**
 * Loads the demo district on the first start of an empty system, on a background thread
 * so that activation is not blocked. The loader's own check (no schools yet) keeps
 * restarts and reconfigurations from loading twice.
 */
@Component(immediate = true, configurationPid = "org.xueji.demo", service = {})
@Designate(ocd = DemoDataComponent.Config.class)
public class DemoDataComponent {

    @ObjectClassDefinition(id = "org.xueji.demo", name = "Xueji 演示数据",
            description = "首次启动时加载演示学区（长沙市岳麓区）的学校、班级和学生")
    public @interface Config {
        @AttributeDefinition(name = "首次启动时加载", description = "学籍库中没有学校时，自动加载演示学区")
        boolean loadOnFirstStart() default true;

        @AttributeDefinition(name = "学生人数", description = "演示学区的学生总数（约数）", min = "0")
        int students() default DemoDistrictGenerator.DEFAULT_STUDENTS;

        @AttributeDefinition(name = "随机种子", description = "相同的种子生成相同的数据")
        long seed() default DemoDistrictGenerator.DEFAULT_SEED;

        @AttributeDefinition(name = "学年", description = "当前学年的起始年份，如 2026 表示 2026—2027 学年")
        int schoolYearStart() default 2026;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataComponent.class);

    private volatile boolean stopped;
    private final Thread worker;

    @Activate
    public DemoDataComponent(@Reference SchoolService schoolService, @Reference StudentService studentService,
                             @Reference AccountService accountService,
                             @Reference org.xueji.platform.api.security.AccountAreas accountAreas, Config config) {
        if (!config.loadOnFirstStart()) {
            LOG.debug("Demo data: loadOnFirstStart is off");
            worker = null;
            return;
        }
        DemoDataLoader loader = new DemoDataLoader(schoolService, studentService);
        DemoDataLoader.Request request = new DemoDataLoader.Request(config.seed(), config.schoolYearStart(),
                config.students(), false);
        // the district this configuration generates: demo accounts only next to it and nothing else
        List<DemoSchool> demoDistrict = new DemoDistrictGenerator(config.seed(), config.schoolYearStart())
                .schools(config.students(), 1);
        worker = new Thread(() -> {
            run(loader, request);
            ensureAccounts(accountService, accountAreas, schoolService, demoDistrict);
        }, "xueji-demo-data-loader");
        worker.setDaemon(true);
        worker.start();
    }

    private void run(DemoDataLoader loader, DemoDataLoader.Request request) {
        try {
            DemoDataLoader.Summary summary = loader.load(Actor.system("demo-data"), request, line -> { },
                    () -> stopped);
            LOG.info("Demo data: {}", summary.describe());
        } catch (DemoDataLoader.AlreadyRunningException e) {
            LOG.warn("Demo data: not loaded: {}", e.getMessage());
        } catch (Throwable e) {
            LOG.error("Demo data: loading the demo district failed (seed {}, {} students): {}", request.seed(),
                    request.students(), e.toString(), e);
        }
    }

    private static void ensureAccounts(AccountService accounts, org.xueji.platform.api.security.AccountAreas areas,
                                       SchoolService schools, List<DemoSchool> demoDistrict) {
        try {
            DemoAccounts.Outcome o = DemoAccounts.ensure(accounts, areas, schools, Actor.system("demo-data"),
                    demoDistrict);
            if (o.foreignSchools() > 0) {
                LOG.warn("Demo data: the database holds {} schools that are not part of the demo district: no demo "
                        + "account is created{}", o.foreignSchools(), o.disabled().isEmpty() ? ""
                        : " and the demo accounts " + String.join(", ", o.disabled()) + " are disabled");
                return;
            }
            LOG.info("Demo data: 演示账号已就绪{}", o.created().isEmpty() ? ""
                    : "（新建 " + String.join(", ", o.created()) + "）");
        } catch (RuntimeException e) {
            LOG.error("Demo data: creating the demo accounts failed: {}", e.toString(), e);
        }
    }

    /** Stops a running load after the current batch; the thread is not interrupted (database I/O). */
    @Deactivate
    void deactivate() {
        stopped = true;
        if (worker != null && worker.isAlive()) {
            LOG.info("Demo data: component stopping; the running load ends after its current batch");
        }
    }
}
