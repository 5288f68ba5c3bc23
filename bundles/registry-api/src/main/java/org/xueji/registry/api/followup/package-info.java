/**
 * Extension points for following children up across modules (issue 10, 11, 14): a module
 * that finds a child at risk tells every {@link org.xueji.registry.api.followup.AtRiskSignalListener}
 * (the dropout module, when installed); a module that refers a child to home teaching uses
 * {@link org.xueji.registry.api.followup.HomeTeachingReferrals} (the special-needs module,
 * when installed) and hears back through {@link org.xueji.registry.api.followup.PlacementListener}.
 * Neither side depends on the other's bundle.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.registry.api.followup;
