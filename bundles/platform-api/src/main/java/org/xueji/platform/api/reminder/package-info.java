/** Reminders that modules offer to the console (deadlines coming up or missed, work waiting). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.api.reminder;
