package org.lacatlas.geography;

/** Published, inside the import's transaction, when a council's geography has changed. */
public record GeographyImported(String authorityCode) {
}
