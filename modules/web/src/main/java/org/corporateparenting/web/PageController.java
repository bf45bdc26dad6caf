package org.corporateparenting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that draws pages, as against an API's {@code @RestController}. What every page is given for its
 * layout (the signed-in person, the navigation, the council and what they may do there, the disclosure legend) is made
 * for these controllers only, and for the error pages: an API's request does not pay for a page's model it never
 * draws.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

	@AliasFor(annotation = Controller.class)
	String value() default "";
}
