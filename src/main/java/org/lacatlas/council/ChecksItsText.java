package org.lacatlas.council;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body record that checks every one of its text fields itself with {@link Text} and
 * names each fault in one answer: {@link StrictJson} then leaves its text to that check
 * instead of refusing the whole body at the first bad value.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ChecksItsText {

}
