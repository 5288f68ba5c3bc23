package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.ImportStatus;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.StudentService;

/**
 * R5 (uploads cannot take the system down, issue 16 item 9): one running import per account
 * and at most {@code maxConcurrentImports} in the whole system, refused with a clear message;
 * a finished or failed import frees its slot. The running imports are held inside their read
 * of the upload by a stream the test releases — no timing.
 */
class ImportSlotsTest {

    private static final long SCHOOL = 7L;

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final StudentImportServiceImpl imports = new StudentImportServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), refusing(StudentService.class), schools(),
            refusing(DataReleaseService.class), refusing(RegistrationService.class), config(2));
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<HeldUpload> held = new ArrayList<>();

    @AfterEach
    void close() throws InterruptedException {
        held.forEach(HeldUpload::release);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        store.close();
    }

    private static Actor registrar(String name) {
        return Actor.of(name, name, Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    }

    /** The registry answers only what an import asks before it reads the file. */
    private static SchoolService schools() {
        School school = new School(SCHOOL, "4301049999", "测试小学", SchoolType.PRIMARY, "测试街道", List.of(), false,
                null, null);
        return (SchoolService) Proxy.newProxyInstance(SchoolService.class.getClassLoader(),
                new Class<?>[] {SchoolService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSchool" -> school;
                    case "listClasses" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T refusing(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static ImportConfig config(int maxConcurrent) {
        return (ImportConfig) Proxy.newProxyInstance(ImportConfig.class.getClassLoader(),
                new Class<?>[] {ImportConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> ImportConfig.class;
                    case "maxConcurrentImports" -> maxConcurrent;
                    default -> method.getDefaultValue();
                });
    }

    /** An upload whose first read waits until released: its import is running meanwhile. */
    private static final class HeldUpload extends InputStream {
        final CountDownLatch reading = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final InputStream rest = new ByteArrayInputStream("姓名\n".getBytes(StandardCharsets.UTF_8));

        @Override
        public int read() throws IOException {
            reading.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return rest.read();
        }

        void release() {
            released.countDown();
        }
    }

    /** Starts an import of the actor that stays running until its upload is released. */
    private Future<ImportReport> running(Actor actor) throws InterruptedException {
        HeldUpload upload = new HeldUpload();
        held.add(upload);
        Future<ImportReport> f = pool.submit(() -> imports.importStudents(actor, SCHOOL, "a.csv", upload,
                ImportMode.ALL_OR_NOTHING, null));
        upload.reading.await();
        return f;
    }

    private DomainException refused(Actor actor) {
        return catchThrowableOfType(DomainException.class, () -> imports.importStudents(actor, SCHOOL, "b.csv",
                new ByteArrayInputStream("姓名\n".getBytes(StandardCharsets.UTF_8)), ImportMode.ALL_OR_NOTHING, null));
    }

    @Test
    void r5_aSecondImportOfTheSameAccountIsRefusedWhileTheFirstRuns() throws Exception {
        Actor registrar = registrar("registrar1");
        Future<ImportReport> first = running(registrar);

        DomainException second = refused(registrar);

        assertThat(second.messageKey()).isEqualTo(EnrollmentMessages.IMPORT_ALREADY_RUNNING);
        assertThat(second.getMessage()).isEqualTo("您已有一个导入正在进行，请等它完成后再导入下一个文件。");
        assertThat(second.message(Locale.ENGLISH)).startsWith("You already have an import running");
        // the refused one left no import row; the first finishes normally and frees the slot
        held.forEach(HeldUpload::release);
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(store.count("select count(*) from ENR_IMPORT")).isEqualTo(1);
        assertThat(imports.importStudents(registrar, SCHOOL, "c.csv",
                new ByteArrayInputStream("姓名\n".getBytes(StandardCharsets.UTF_8)), ImportMode.ALL_OR_NOTHING, null)
                .status()).isEqualTo(ImportStatus.REJECTED);
    }

    @Test
    void r5_beyondTheGlobalLimitAnImportIsRefused() throws Exception {
        Future<ImportReport> one = running(registrar("registrar1"));
        running(registrar("registrar2"));

        DomainException third = refused(registrar("registrar3"));

        assertThat(third.messageKey()).isEqualTo(EnrollmentMessages.IMPORTS_BUSY);
        assertThat(third.getMessage()).isEqualTo("系统正在处理 2 个导入，已达同时导入的上限，请几分钟后再试。");
        // a slot freed is a slot to use
        held.get(0).release();
        one.get(30, TimeUnit.SECONDS);
        assertThat(imports.importStudents(registrar("registrar3"), SCHOOL, "d.csv",
                new ByteArrayInputStream("姓名\n".getBytes(StandardCharsets.UTF_8)), ImportMode.ALL_OR_NOTHING, null)
                .status()).isEqualTo(ImportStatus.REJECTED);
    }
}
