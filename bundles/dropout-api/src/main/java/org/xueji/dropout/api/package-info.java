/**
 * Dropout control (控辍保学, R20–R23): the three ledgers (school-age children, suspected
 * dropouts 疑似辍学, dropouts 辍学) with 动态销号 approved by the district, responsible persons on
 * the government and the education line (R22), 劝返 visits, and household survey campaigns
 * (拉网式排查). Other modules feed it only through the registry-api follow-up contracts.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xueji.dropout.api;
