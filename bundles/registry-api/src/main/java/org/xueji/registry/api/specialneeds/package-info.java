/**
 * The registry's side of special-needs placements (issue 11): the special-needs module writes
 * the flag of an approved placement on the child's record inside its own transaction, through
 * {@link org.xueji.registry.api.specialneeds.RegistryPlacements} implemented by registry-service.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.registry.api.specialneeds;
