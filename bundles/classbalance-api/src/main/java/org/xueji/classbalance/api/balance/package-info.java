/**
 * The class balancing algorithm (阳光分班, R14, R15), pure Java without OSGi: input validation
 * and the refusal of infeasible inputs ({@link org.xueji.classbalance.api.balance.BalanceProblem}),
 * the snake deal (蛇形) that schools do by hand ({@link org.xueji.classbalance.api.balance.SnakeDeal}),
 * the improvement by simulated annealing from a recorded seed
 * ({@link org.xueji.classbalance.api.balance.ClassBalancer}), the metrics of an assignment
 * ({@link org.xueji.classbalance.api.balance.BalanceMetrics}) and the CSV file mode
 * ({@link org.xueji.classbalance.api.balance.BalanceCsv}).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.classbalance.api.balance;
