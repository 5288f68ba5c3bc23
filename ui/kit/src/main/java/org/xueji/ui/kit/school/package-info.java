/**
 * The schools a view may offer ({@link org.xueji.ui.kit.school.SchoolsInScope}): the actor's
 * schools from the registry, for filters and school-name columns.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.ui.kit.school;
