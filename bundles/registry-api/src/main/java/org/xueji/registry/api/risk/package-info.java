/**
 * The registry's facts for the dropout module's early warning (issue 10 item 7): priority-group
 * flags, birth date, grade, repetition and recent changes of the in-school students of a school,
 * read with SQL on the caller's EntityManager through
 * {@link org.xueji.registry.api.risk.RegistryRiskFacts}, implemented by registry-service.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.registry.api.risk;
