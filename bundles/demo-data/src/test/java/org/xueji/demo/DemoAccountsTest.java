package org.xueji.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolType;

/**
 * Issue 16 (R1, R5): demo accounts, whose password is published, exist only in a database that
 * holds the generated demo district and nothing else.
 */
class DemoAccountsTest {

    private static final Actor SYSTEM = Actor.system("demo-data");
    private static final long SEED = 7L;
    private static final int STUDENTS = 1_000;

    private final InMemoryRegistry registry = new InMemoryRegistry();
    /** The account store: only the three calls DemoAccounts makes; any other call fails the test. */
    private final Map<String, Account> store = new LinkedHashMap<>();
    private final AccountService accounts = (AccountService) Proxy.newProxyInstance(
            AccountService.class.getClassLoader(), new Class<?>[] {AccountService.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "listAccounts" -> new ArrayList<>(store.values());
                case "createAccount" -> {
                    NewAccount n = (NewAccount) args[1];
                    Account a = new Account(store.size() + 1, n.username(), n.displayName(), n.role(), n.schoolId(),
                            n.classIds(), true, n.demo(), !n.demo(), null, null, 0, null, null);
                    store.put(a.username(), a);
                    yield a;
                }
                case "setEnabled" -> {
                    Account a = store.get((String) args[1]);
                    store.put(a.username(), new Account(a.id(), a.username(), a.displayName(), a.role(), a.schoolId(),
                            a.classIds(), (Boolean) args[2], a.demo(), a.mustChangePassword(), null, null, 0, null,
                            null));
                    yield null;
                }
                default -> throw new AssertionError("DemoAccounts must not call " + method.getName());
            });

    private List<DemoSchool> demoDistrict() {
        return new DemoDistrictGenerator(SEED, 2026).schools(STUDENTS, 1);
    }

    private void loadDemo() {
        new DemoDataLoader(registry, registry).load(SYSTEM, new DemoDataLoader.Request(SEED, 2026, STUDENTS, false));
    }

    @Test
    void r1_demoAccountsAreCreatedInADatabaseHoldingOnlyTheDemoDistrict() {
        loadDemo();
        DemoAccounts.Outcome o = DemoAccounts.ensure(accounts, registry, SYSTEM, demoDistrict());
        assertThat(o.foreignSchools()).isZero();
        assertThat(o.created()).contains("district-admin", "registrar1", "headteacher2");
        assertThat(store.values()).allMatch(Account::demo).allMatch(Account::enabled);
    }

    @Test
    void r1_noDemoAccountNextToARealSchool() {
        registry.createSchool(SYSTEM, new SchoolData("4301040123", "岳麓区实验小学", SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        DemoAccounts.Outcome o = DemoAccounts.ensure(accounts, registry, SYSTEM, demoDistrict());
        assertThat(o.foreignSchools()).isEqualTo(1);
        assertThat(o.created()).isEmpty();
        assertThat(store).isEmpty();
    }

    @Test
    void r1_aSchoolWithADemoCodeButAnotherNameIsReal() {
        DemoSchool first = demoDistrict().get(0);
        registry.createSchool(SYSTEM, new SchoolData(first.data().code(), first.data().name() + "（分校）",
                first.data().type(), first.data().town(), List.of(), false, null, null));
        assertThat(DemoAccounts.ensure(accounts, registry, SYSTEM, demoDistrict()).created()).isEmpty();
    }

    @Test
    void r1_demoAccountsAreDisabledOnceRealSchoolsAppear() {
        loadDemo();
        DemoAccounts.ensure(accounts, registry, SYSTEM, demoDistrict());
        accounts.createAccount(SYSTEM, new NewAccount("admin.real", "真实管理员", org.xueji.platform.api.Role.DISTRICT_ADMIN,
                null, Set.of(), null, "Real-Pass-2026".toCharArray(), false));
        registry.createSchool(SYSTEM, new SchoolData("4301049999", "真实学校", SchoolType.PRIMARY, "含浦街道", List.of(),
                false, null, null));

        DemoAccounts.Outcome o = DemoAccounts.ensure(accounts, registry, SYSTEM, demoDistrict());

        assertThat(o.disabled()).contains("district-admin", "registrar1");
        assertThat(store.values()).filteredOn(Account::demo).isNotEmpty().noneMatch(Account::enabled);
        assertThat(store.get("admin.real").enabled()).as("a real account is left alone").isTrue();
    }
}
