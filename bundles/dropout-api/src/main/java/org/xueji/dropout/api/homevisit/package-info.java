/**
 * Home visits (家访, R28): visits, parent meetings and phone calls recorded per registry student,
 * minimum frequencies per priority group (orphans, children without a de-facto carer, disabled,
 * left-behind, migrant, in hardship) and the overdue list with reminders to the head teacher.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.dropout.api.homevisit;
