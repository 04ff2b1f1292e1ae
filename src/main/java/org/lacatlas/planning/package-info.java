/**
 * Planning: expansion scenarios. {@link ExpansionPlanner} answers "with N more
 * coordinators (or £ budget), which patches cover the most need?", keeping every existing
 * post's patch fixed, with an upper bound so the planner sees how close to the best the
 * answer is: {@code optimiser} builds the expansion model, solved and proved with the
 * exact solver of {@code neighbourhood :: partition}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
		allowedDependencies = { "coordinator", "council", "coverage", "disclosure", "geography", "introduction",
				"neighbourhood", "neighbourhood :: partition", "system" })
package org.lacatlas.planning;
