package org.xueji.enrollment.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of student imports (etc/org.xueji.enrollment.cfg). */
@ObjectClassDefinition(name = "Xueji enrollment", description = "招生与导入设置")
public @interface ImportConfig {

    @AttributeDefinition(name = "Imports at once", description = "R5 全系统同时进行的导入数上限（每个账号同时只能一个；默认 2）",
            min = "1")
    int maxConcurrentImports() default 2;
}
