package org.xueji.itests;

/**
 * The area code (GB/T 2260, the districts and counties of Changsha) of the ID numbers each class
 * makes. All classes share one database ({@link ContainerSuite}) and an ID number is one child's
 * (D1, 一人一籍): with an area of its own, a class's numbers cannot meet another class's, however
 * each class picks birth dates and sequence numbers. No service reads the area beyond its province.
 */
final class TestIds {

    static final String SCHOOL_SCOPE = "430104"; // 岳麓区 (its fixed numbers in the scope table)
    static final String STUDENT_SERVICE = "430102"; // 芙蓉区
    static final String ENROLLMENT = "430103"; // 天心区
    static final String DATA_RELEASE = "430105"; // 开福区
    static final String TRANSFER = "430111"; // 雨花区
    static final String CLASS_BALANCE = "430112"; // 望城区
    static final String DROPOUT = "430121"; // 长沙县
    static final String STUDENT_IMPORT = "430181"; // 浏阳市
    static final String SPECIAL_NEEDS = "430182"; // 宁乡市
    static final String ADMISSION = "430100"; // 长沙市 (city-level code)

    private TestIds() {
    }
}
