/**
 * Planning: expansion scenarios. {@link ExpansionPlanner} answers "with N more
 * coordinators (or £ budget), which patches cover the most need?", keeping every existing
 * post's patch fixed, with an upper bound so the planner sees how close to the best the
 * answer is. {@code optimiser} is plain Java on an area graph.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
		allowedDependencies = { "coordinator", "council", "coverage", "disclosure", "geography", "neighbourhood" })
package org.lacatlas.planning;
