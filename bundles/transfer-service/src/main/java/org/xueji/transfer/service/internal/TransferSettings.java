package org.xueji.transfer.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the transfer module (etc/org.xueji.transfer.cfg). */
@ObjectClassDefinition(name = "Xueji transfers", description = "学籍异动设置")
public @interface TransferSettings {

    String PID = "org.xueji.transfer";

    @AttributeDefinition(name = "Withdrawal days", description = "学校可直接撤销误录学籍的天数（默认 3），之后须区教育局审批", min = "0", max = "365")
    int withdrawDays() default 3;

    @AttributeDefinition(name = "Arrival working days", description = "转出区外后须确认到达的工作日数（默认 10），逾期发出疑似辍学提醒", min = "1", max = "100")
    int arrivalWorkingDays() default 10;

    @AttributeDefinition(name = "Follow-up minutes", description = "检查转出未到达、休学逾期的间隔（分钟，默认 60）", min = "1")
    int followUpMinutes() default 60;

    @AttributeDefinition(name = "Local change types", description = "地方异动类型，多项用 ; 分隔，每项 代码|中文名|English name|区审批 yes/no|须上传材料 yes/no，例如 study-abroad|出国学习|Study abroad|yes|yes")
    String localTypes() default "";
}
