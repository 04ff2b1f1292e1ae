package org.lacatlas.neighbourhood;

/** Put small area {@code smallArea} into neighbourhood {@code to}. */
public record Move(String smallArea, long to) {
}
