/**
 * Class balancing (阳光分班, issue 9) reads a school's new intake and places the students in their
 * classes through {@link org.xueji.registry.api.placement.ClassPlacement}; the placement runs on
 * the caller's EntityManager so the balancing run's confirmation and the registry's rows commit
 * together (no XA).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.registry.api.placement;
