package org.lacatlas.council;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Council} argument of a handler that answers only public data
 * (boundaries, Census counts, published assets): anyone may name any council with the
 * {@code council} parameter, signed in or not. Without it, a signed-in user always gets
 * their own council.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicCouncilData {

}
