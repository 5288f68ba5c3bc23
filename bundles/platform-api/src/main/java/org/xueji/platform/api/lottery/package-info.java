/**
 * Draws by lot that anyone can redo by hand from the list and the recorded seed
 * ({@link org.xueji.platform.api.lottery.SeededDraw}); used by class balancing's head-teacher draw.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.api.lottery;
