/**
 * Sunshine admission (阳光招生, R24) with migrant-child admission by residence permit (随迁子女,
 * 居住证, R27): admission seasons per school year and starting grade, school plans, service
 * areas (several schools per area allowed), document rules per category, applications with
 * their automatic checks ({@link org.xueji.admission.api.ApplicationChecks}), allocation by a
 * configurable priority order within each plan ({@link org.xueji.admission.api.Allocation}) and
 * the reproducible lottery (电脑派位, {@link org.xueji.admission.api.Lottery}).
 */
@org.osgi.annotation.versioning.Version("2.2.0")
package org.xueji.admission.api;
