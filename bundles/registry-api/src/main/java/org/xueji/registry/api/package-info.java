/**
 * The registry core: district schools, school years, grades and classes, students and
 * their guardians. Other modules refer to these records by id only.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xueji.registry.api;
