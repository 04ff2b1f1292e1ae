/**
 * Plain-Java partitioning and the exact solver's building blocks (no Spring, no SQL): the
 * heuristics ({@link org.lacatlas.neighbourhood.partition.BandedPartitioner}), the CP-SAT
 * models' shared core ({@link org.lacatlas.neighbourhood.partition.RootedPatches}) and
 * what a band's infeasibility comes from. Open to the planning module's optimiser.
 */
@org.springframework.modulith.NamedInterface("partition")
package org.lacatlas.neighbourhood.partition;
