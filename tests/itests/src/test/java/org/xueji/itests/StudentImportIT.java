package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportProgress;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.ImportStatus;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;

/**
 * Imports in the national template inside OSGi, against the real registry: bad rows in
 * "all or nothing" store nothing; "valid rows only" stores exactly the valid rows; an
 * import stopped mid-way (its bundle stopped while it writes) leaves no partial batch.
 * Files are CSV here (the same reader handles .xlsx/.xls, unit-tested in enrollment-service).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StudentImportIT {

    private static final Actor DISTRICT = Actor.system("itest-import");
    private static final AtomicInteger SEQ = new AtomicInteger(1);
    private static final String HEADER = "姓名,性别,出生日期,身份证件类型,身份证件号,民族,国籍/地区,户口所在地,户口性质,现住址,"
            + "入学年月,入学方式,就读方式,年级,班级,监护人1姓名,监护人1关系,监护人1联系电话";

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 120_000) private SchoolService schools;
    @Inject @Filter(timeout = 120_000) private StudentService students;
    @Inject @Filter(timeout = 120_000) private StudentImportService imports;
    @Inject private BundleContext context;

    private School school;
    private Actor registrar;
    /** birth dates from here on; {@link #SEQ} keeps ID numbers unique in the container */
    private final int base = 0;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Before
    public void setUp() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        school = schools.createSchool(DISTRICT, new SchoolData("IM" + n, "导入测试小学" + n, SchoolType.PRIMARY, "含浦街道",
                List.of(), false, null, null));
        for (int c = 1; c <= 4; c++) {
            schools.createClass(DISTRICT, school.id(), new ClassData(1, c, 2026, 55, null));
        }
        registrar = Actor.of("imp-" + n, "导入测试学籍管理员", Role.SCHOOL_REGISTRAR, school.id(), java.util.Set.of(),
                "itest");
    }

    /** A valid row for a generated child with a valid ID number (synthetic data). */
    private String validRow(int classNumber) {
        return validRow(String.valueOf(classNumber));
    }

    /** @param classNumber the 班级 cell; empty for a student not yet placed in a class */
    private String validRow(String classNumber) {
        int seq = SEQ.getAndIncrement();
        ChineseIdNumber id = ChineseIdNumber.of(TestIds.STUDENT_IMPORT, LocalDate.of(2019, 9, 1).plusDays(base + seq % 360),
                (seq * 7) % 999 + 1);
        return "学生" + seq + "," + id.sex().label() + "," + id.birthDate() + ",1," + id.value()
                + ",汉族,CHN,岳麓区含浦街道,2,岳麓区含浦街道,2026-09,就近入学,走读,一年级," + classNumber
                + ",家长" + seq + ",父亲,13800000000";
    }

    private static ByteArrayInputStream csv(List<String> rows) {
        return new ByteArrayInputStream(("\uFEFF" + HEADER + "\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private long studentsOfSchool() {
        return students.count(DISTRICT, StudentQuery.all().withSchool(school.id()));
    }

    /** 3 valid rows and 2 bad ones (check digit wrong; class that does not exist). */
    private List<String> mixedRows() {
        List<String> rows = new ArrayList<>();
        rows.add(validRow(1));
        rows.add(validRow(2));
        String badCheckDigit = validRow(1);
        int idStart = badCheckDigit.indexOf('\t') + 1;
        char check = badCheckDigit.charAt(idStart + 17);
        rows.add(badCheckDigit.substring(0, idStart + 17) + (check == '1' ? '2' : '1')
                + badCheckDigit.substring(idStart + 18));
        rows.add(validRow(3));
        rows.add(validRow(9)); // no 一年级(9)班 in this school
        return rows;
    }

    @Test
    public void allOrNothingWithBadRowsStoresNothing() {
        ImportReport report = imports.importStudents(registrar, school.id(), "bad-rows.csv", csv(mixedRows()),
                ImportMode.ALL_OR_NOTHING, null);
        assertEquals(ImportStatus.REJECTED, report.status());
        assertEquals(5, report.totalRows());
        assertEquals(3, report.validRows());
        assertEquals(0, report.storedRows());
        assertEquals("nothing of the file is in the registry", 0, studentsOfSchool());
        // the report names the bad rows as Excel numbers them (header = row 1)
        List<Integer> badRows = report.issues().stream().map(ImportIssue::row).distinct().toList();
        assertEquals(List.of(4, 6), badRows);
        assertEquals(report, imports.report(registrar, report.batchId()));
    }

    @Test
    public void validRowsOnlyStoresExactlyTheValidRows() {
        List<String> rows = mixedRows();
        ImportReport report = imports.importStudents(registrar, school.id(), "mixed.csv", csv(rows),
                ImportMode.VALID_ROWS_ONLY, null);
        assertEquals(ImportStatus.COMPLETED, report.status());
        assertEquals(3, report.storedRows());
        assertEquals(3, studentsOfSchool());
        for (int i : new int[] {0, 1, 3}) {
            String idNumber = rows.get(i).split(",")[4].strip();
            assertTrue("row " + (i + 2) + " stored", students.findByIdNumber(DISTRICT, idNumber).isPresent());
        }
        String badId = rows.get(2).split(",")[4].strip();
        assertFalse(students.findByIdNumber(DISTRICT, badId).isPresent());
        // D1: importing the same file again stores nothing new, each row names the school holding it
        ImportReport again = imports.importStudents(registrar, school.id(), "mixed.csv", csv(rows),
                ImportMode.VALID_ROWS_ONLY, null);
        assertEquals(ImportStatus.REJECTED, again.status());
        assertEquals(3, studentsOfSchool());
        assertTrue(again.issues().stream().anyMatch(i -> i.message().contains(school.name())));
    }

    @Test
    public void r14_anImportThatWouldPutA56thStudentInAGrade1ClassStoresNothing() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            rows.add(validRow(1));
        }
        ImportReport report = imports.importStudents(registrar, school.id(), "class-1.csv", csv(rows),
                ImportMode.VALID_ROWS_ONLY, ImportProgress.NONE);
        assertEquals(ImportStatus.REJECTED, report.status());
        assertEquals(0, report.storedRows());
        assertEquals("R14: not even the 55 that fit", 0, studentsOfSchool());
        assertTrue(report.issues().toString(), report.issues().stream().anyMatch(i -> i.message().contains("55")));
    }

    @Test
    public void anImportStoppedWhileWritingLeavesNoPartialBatch() throws Exception {
        List<String> rows = new ArrayList<>();
        // not placed in classes: four grade-1 classes hold 4 × 55 students at most (R14), and
        // this test needs a batch large enough to be stopped while it writes
        for (int i = 0; i < 8_000; i++) {
            rows.add(validRow(""));
        }
        CountDownLatch writing = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread importer = new Thread(() -> {
            try {
                outcome.set(imports.importStudents(registrar, school.id(), "big.csv", csv(rows),
                        ImportMode.ALL_OR_NOTHING, (phase, done, total) -> {
                            if (phase == ImportProgress.Phase.WRITE && done > 0) {
                                writing.countDown();
                                sleepQuietly(20); // keep the batch open long enough to stop it
                            }
                        }));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        }, "itest-import");
        importer.start();
        assertTrue("the import reached its write phase", writing.await(120, TimeUnit.SECONDS));

        Bundle service = bundle("org.xueji.enrollment-service");
        service.stop();
        importer.join(120_000);
        assertFalse(importer.isAlive());
        assertTrue("stopped import reports ABORTED, not success: " + outcome.get(),
                outcome.get() instanceof ImportReport r && r.status() == ImportStatus.ABORTED && r.storedRows() == 0);
        assertEquals("no record of the stopped batch exists", 0, studentsOfSchool());

        service.start();
        StudentImportService restarted = waitFor(StudentImportService.class);
        ImportReport kept = restarted.report(registrar, ((ImportReport) outcome.get()).batchId());
        assertEquals(ImportStatus.ABORTED, kept.status());
        assertEquals(0, kept.storedRows());
    }

    @Test
    public void r1_anAllOrNothingImportOfGuessedIdNumbersRevealsNoSchool() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        School other = schools.createSchool(DISTRICT, new SchoolData("IO" + n, "另一所导入小学" + n, SchoolType.PRIMARY,
                "坪塘街道", List.of(), false, null, null));
        schools.createClass(DISTRICT, other.id(), new ClassData(1, 1, 2026, 55, null));
        List<String> held = List.of(validRow(1), validRow(1), validRow(1));
        assertEquals(ImportStatus.COMPLETED, imports.importStudents(DISTRICT, other.id(), "other.csv", csv(held),
                ImportMode.ALL_OR_NOTHING, null).status());
        // school A's registrar "guesses" the three numbers among two free ones
        List<String> guesses = new ArrayList<>(held);
        guesses.add(1, validRow(2));
        guesses.add(validRow(3));

        ImportReport report = imports.importStudents(registrar, school.id(), "guesses.csv", csv(guesses),
                ImportMode.ALL_OR_NOTHING, null);

        assertEquals(ImportStatus.REJECTED, report.status());
        assertEquals(0, studentsOfSchool());
        List<ImportIssue> heldRows = report.issues().stream().filter(i -> i.row() == 2 || i.row() == 4
                || i.row() == 5).toList();
        assertEquals(report.issues().toString(), 3, heldRows.size());
        for (ImportIssue issue : report.issues()) {
            assertFalse("R1: " + issue, issue.message().contains(other.name()));
        }
        assertTrue(heldRows.toString(), heldRows.stream().allMatch(i -> i.message().contains("其他学校")
                && i.message().contains("区教育局")));
        // the same rows imported by the district name the school
        ImportReport byDistrict = imports.importStudents(DISTRICT, school.id(), "guesses.csv", csv(guesses),
                ImportMode.ALL_OR_NOTHING, null);
        assertTrue(byDistrict.issues().toString(), byDistrict.issues().stream()
                .anyMatch(i -> i.message().contains(other.name())));
    }

    @Test
    public void r5_aZipBombIsRefusedAndNothingIsStored() throws Exception {
        // a workbook whose sheet expands to 256 MB of one cell, packed into a few hundred KB
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] letters = new byte[1024 * 1024];
            java.util.Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 256; i++) {
                zip.write(letters);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1024 * 1024);

        ImportReport report = imports.importStudents(registrar, school.id(), "炸弹.xlsx",
                new ByteArrayInputStream(bytes.toByteArray()), ImportMode.VALID_ROWS_ONLY, null);

        assertEquals(ImportStatus.REJECTED, report.status());
        assertEquals(0, report.storedRows());
        assertEquals(0, studentsOfSchool());
        assertTrue(report.issues().toString(), report.issues().get(0).message().contains("可能是恶意文件"));
        // the system is still there: the next import of this account runs
        assertEquals(ImportStatus.COMPLETED, imports.importStudents(registrar, school.id(), "ok.csv",
                csv(List.of(validRow(1))), ImportMode.ALL_OR_NOTHING, null).status());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private <T> T waitFor(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(120_000);
            assertTrue(type.getSimpleName() + " back after restart", service != null);
            return service;
        } finally {
            tracker.close();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
