/** Statutory working days (D2): holidays and make-up working days (调休) per year. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.api.calendar;
