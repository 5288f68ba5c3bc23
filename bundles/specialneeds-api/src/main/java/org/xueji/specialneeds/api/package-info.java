/**
 * Special-needs education and home teaching (送教上门, R25–R27): the register of children per
 * town, assessments and placements (decided through the workflow), individual plans
 * (一人一案), the visit log and the R26 compliance rule ({@link org.xueji.specialneeds.api.ComplianceEngine}).
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.xueji.specialneeds.api;
