package org.xueji.registry.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** District settings of the registry core (etc/org.xueji.registry.cfg). */
@ObjectClassDefinition(name = "Xueji registry", description = "学籍核心设置")
public @interface RegistryConfig {

    /** The demo district's area code (长沙市天心区), the default until a district sets its own. */
    String DEFAULT_AREA_CODE = "430104";

    @AttributeDefinition(name = "Class cap", description = "R14 起始年级班额上限（默认 55）", min = "1", max = "100")
    int classCap() default 55;

    @AttributeDefinition(name = "District area code", description = "本区行政区划代码，用于临时学籍号")
    String districtAreaCode() default DEFAULT_AREA_CODE;

    @AttributeDefinition(name = "Cross-school duplicate hits per hour", description = "R1 学校账号每小时查重发现其他学校记录的上限（默认 20）",
            min = "1")
    int crossSchoolHitsPerHour() default 20;
}
