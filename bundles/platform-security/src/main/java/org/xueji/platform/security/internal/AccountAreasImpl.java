package org.xueji.platform.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AreaScope;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.entity.AccountEntity;

/**
 * Towns and villages of 乡镇/村干部 accounts (R22, R25), kept on the account row. Read at every
 * call, so a change takes effect at the account's next request without a new login.
 */
@Component(service = AccountAreas.class)
public class AccountAreasImpl implements AccountAreas {

    static final int NAME_MAX = 60;
    private static final String SEPARATOR = "\n";

    private final Transactions tx;
    private final AuditTrail audit;

    @Activate
    public AccountAreasImpl(@Reference(target = "(osgi.unit.name=xueji-security)") EntityManagerFactory emf,
                            @Reference AuditTrail audit) {
        this.tx = new Transactions(emf);
        this.audit = audit;
    }

    @Override
    public AreaScope areasOf(Actor actor) {
        actor.requireCurrent();
        if (actor.isDistrictWide()) {
            return AreaScope.DISTRICT;
        }
        if (!actor.isAreaScoped()) {
            return AreaScope.NONE;
        }
        return tx.read(em -> {
            AccountEntity a = AccountRecords.find(em, AccountRecords.normalise(actor.username()));
            return a == null || !a.enabled || !Role.VILLAGE_OFFICIAL.name().equals(a.role) ? AreaScope.NONE
                    : scopeOf(a);
        });
    }

    @Override
    public AreaScope assignedAreas(Actor admin, String username) {
        requireDistrictAdministrator(admin);
        return tx.read(em -> {
            AccountEntity a = find(em, username);
            return isAreaRole(a) ? scopeOf(a) : AreaScope.NONE;
        });
    }

    @Override
    public void assignAreas(Actor admin, String username, AreaScope areas) {
        requireDistrictAdministrator(admin);
        Set<String> towns = new TreeSet<>();
        Set<String> villages = new TreeSet<>();
        List<FieldError> errors = new ArrayList<>();
        validate(areas, towns, villages, errors);
        tx.run(em -> {
            AccountEntity a = find(em, username);
            if (!isAreaRole(a)) {
                throw new ValidationException(List.of(new FieldError("role", SecurityMessages.AREAS_ONLY_FOR_AREA_ROLE,
                        Role.valueOf(a.role).label())));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            AreaScope before = scopeOf(a);
            a.areaTowns = towns.isEmpty() ? null : String.join(SEPARATOR, towns);
            a.areaVillages = villages.isEmpty() ? null : String.join(SEPARATOR, villages);
            Map<String, Object> changes = new TreeMap<>();
            // town and village names are places, not personal data
            changes.put("towns", Arrays.asList(String.join("、", new TreeSet<>(before.towns())),
                    String.join("、", towns)));
            changes.put("villages", Arrays.asList(String.join("、", new TreeSet<>(before.villages())),
                    String.join("、", villages)));
            audit.append(em, Authenticator.event(admin, "account.areas", a, null).withChanges(changes));
        });
    }

    /** Checks names; a village is {@code town/village}. Collects every error at once. */
    static void validate(AreaScope areas, Set<String> towns, Set<String> villages, List<FieldError> errors) {
        if (areas == null || areas.towns().isEmpty() && areas.villages().isEmpty()) {
            errors.add(new FieldError("areas", SecurityMessages.AREAS_REQUIRED));
            return;
        }
        for (String town : areas.towns()) {
            String t = town == null ? "" : town.strip();
            if (validName(t)) {
                towns.add(t);
            } else {
                errors.add(new FieldError("towns", SecurityMessages.AREA_NAME_INVALID, printable(town)));
            }
        }
        for (String entry : areas.villages()) {
            String e = entry == null ? "" : entry.strip();
            int slash = e.indexOf('/');
            if (slash < 0) {
                errors.add(new FieldError("villages", SecurityMessages.VILLAGE_NEEDS_TOWN, printable(entry)));
                continue;
            }
            String town = e.substring(0, slash).strip();
            String village = e.substring(slash + 1).strip();
            if (validName(town) && validName(village)) {
                villages.add(AreaScope.villageKey(town, village));
            } else {
                errors.add(new FieldError("villages", SecurityMessages.AREA_NAME_INVALID, printable(entry)));
            }
        }
    }

    private static boolean validName(String name) {
        int length = name.codePointCount(0, name.length());
        return length >= 1 && length <= NAME_MAX && name.indexOf('/') < 0
                && name.codePoints().noneMatch(Character::isISOControl);
    }

    private static String printable(String s) {
        return AccountRecords.printable(s == null ? "" : s, 64);
    }

    static AreaScope scopeOf(AccountEntity a) {
        return new AreaScope(false, split(a.areaTowns), split(a.areaVillages));
    }

    private static Set<String> split(String text) {
        return text == null || text.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split(SEPARATOR)));
    }

    private static boolean isAreaRole(AccountEntity a) {
        return a.role != null && Role.valueOf(a.role).scope() == Role.Scope.AREA;
    }

    private static void requireDistrictAdministrator(Actor admin) {
        admin.require(Permission.MANAGE_ACCOUNTS);
        if (!admin.isDistrictWide()) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
    }

    private static AccountEntity find(EntityManager em, String username) {
        AccountEntity a = AccountRecords.find(em, AccountRecords.normalise(username));
        if (a == null) {
            throw new NotFoundException(SecurityMessages.ACCOUNT_NOT_FOUND, printable(username));
        }
        return a;
    }
}
