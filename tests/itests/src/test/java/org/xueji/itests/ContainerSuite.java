package org.xueji.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Every Pax Exam class, run in one Karaf container (issue 13: a container boot is about 30 s of
 * the CI's 45 minutes; booting one per class cost eight minutes).
 *
 * <p>Why a suite class: Pax Exam's PerSuite strategy stops its container when the classes it
 * knows of have run, and it knows of a class only once that class's runner is built. Failsafe
 * builds one class's runner at a time, so without this suite the container would stop and boot
 * again after every class. JUnit's {@link Suite} builds all runners first.
 *
 * <p>What sharing asks of a class: the database is the run's, not the class's. A class makes its
 * own schools (codes from the clock), its own people and ID numbers (its own area code, see
 * {@link TestIds}), counts only within what it made, and gives back any bundle or configuration
 * it stops or changes. Run one class alone with {@code -Dit.test=ClassName}.
 *
 * <p>Order: classes that stop bundles or change the console's configuration come last, so that a
 * bundle that did not come back shows in the class that stopped it, not in the ones after.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({
        SchoolScopeIT.class,
        WorkflowIT.class,
        StudentServiceIT.class,
        EnrollmentServiceIT.class,
        DataReleaseIT.class,
        TransferIT.class,
        ClassBalanceIT.class,
        DropoutIT.class,
        LedgerIT.class,
        CalendarIT.class,
        StudentImportIT.class,
        SpecialNeedsIT.class,
        AdmissionIT.class,
        PlatformFeaturesIT.class,
})
public class ContainerSuite {
}
