/**
 * 人籍一致 findings (R18) that another module settles: a 人在籍不在 finding (a child at school
 * without a record there, often registered at another school) can be acted on in one click by a
 * module that starts a registry change (a transfer in), and is settled by that change once it is
 * approved. The module holding the findings (enrollment) provides {@link PresenceFindings}; the
 * acting module references it {@code cardinality = OPTIONAL, policy = DYNAMIC} and never names the
 * providing bundle.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.registry.api.finding;
