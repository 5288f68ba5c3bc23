package org.xueji.specialneeds.service.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.followup.HomeTeachingReferral;
import org.xueji.registry.api.followup.HomeTeachingReferrals;
import org.xueji.specialneeds.api.ChildData;

/**
 * Takes a referral (e.g. a child with a severe condition found in a dropout survey) into the
 * register for assessment, or finds the child already registered. The disability category is
 * not known yet: {@link DisabilityType#MULTIPLE} until the assessment corrects it.
 */
@Component(service = HomeTeachingReferrals.class)
public class Referrals implements HomeTeachingReferrals {

    private final SpecialNeedsServiceImpl service;

    @Activate
    public Referrals(@Reference SpecialNeedsServiceImpl service) {
        this.service = service;
    }

    @Override
    public long refer(Actor actor, HomeTeachingReferral r) {
        return service.refer(actor, new ChildData(r.studentId(), r.name(), r.idNumber(), null, r.town(), r.village(),
                r.schoolId(), DisabilityType.MULTIPLE, 0, null, null, null, null, null), r.source());
    }
}
