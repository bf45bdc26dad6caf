package org.corporateparenting.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.web.PageController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every page is given for its layout (the signed-in person, the navigation, the council, the disclosure legend)
 * is made for the platform's pages and its error pages, and not for its API, whose requests never draw it: every
 * controller of the platform is either an API's (its answers are the response's body) or a {@link PageController}.
 */
@PlatformTest
class PageModelIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@LocalServerPort
	int port;

	@Test
	void everyControllerOfThePlatformAnswersTheApiOrIsAPageController() {
		Set<String> neither = new TreeSet<>();
		for (Class<?> type : platformControllers()) {
			if (!AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
					&& !AnnotatedElementUtils.hasAnnotation(type, PageController.class)) {
				neither.add(type.getName());
			}
		}
		assertThat(neither).isEmpty();
	}

	@Test
	void thePageModelIsMadeForEveryPageAndErrorPageAndForNoneOfTheApi() {
		Set<Class<?>> controllers = platformControllers();
		Set<Class<?>> pages = controllers.stream()
			.filter(type -> AnnotatedElementUtils.hasAnnotation(type, PageController.class))
			.collect(Collectors.toSet());
		Set<Class<?>> api = controllers.stream()
			.filter(type -> AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class))
			.collect(Collectors.toSet());
		assertThat(pages).hasSizeGreaterThan(40);
		assertThat(api).hasSizeGreaterThan(40);

		Set<String> models = new TreeSet<>();
		for (ControllerAdviceBean advice : ControllerAdviceBean.findAnnotatedBeans(context)) {
			Class<?> type = advice.getBeanType();
			if (type == null || MethodIntrospector
				.selectMethods(type, (MethodIntrospector.MetadataLookup<Boolean>) method -> AnnotatedElementUtils
					.hasAnnotation(method, ModelAttribute.class) ? Boolean.TRUE : null)
				.isEmpty()) {
				continue;
			}
			models.add(type.getSimpleName());
			assertThat(pages).as(type.getSimpleName()).allMatch(advice::isApplicableToBeanType);
			assertThat(advice.isApplicableToBeanType(BasicErrorController.class)).as(type.getSimpleName()).isTrue();
			assertThat(api).as(type.getSimpleName()).noneMatch(advice::isApplicableToBeanType);
		}
		assertThat(models).contains("SignedInUserAdvice", "CouncilPageModel", "DisclosureLegend");
	}

	@Test
	void pagesAndErrorPagesStillHaveTheirHeaderAndTheApiStillAnswers() {
		SignedInPages pages = SignedInPages.signIn(port, "walsall-officer");
		var page = pages.get("/councils/walsall", "page-model-page");
		var missing = pages.get("/councils/walsall/no-such-page", "page-model-missing");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sign out", "Walsall");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found", "Sign out");
		PlatformApi api = new PlatformApi(port);
		assertThat(api.get("/api/councils/walsall/dashboard", api.token("walsall-officer")).status()).isEqualTo(200);
	}

	private Set<Class<?>> platformControllers() {
		return mapping.getHandlerMethods()
			.values()
			.stream()
			.map(HandlerMethod::getBeanType)
			.filter(type -> type.getName().startsWith("org.corporateparenting."))
			.collect(Collectors.toSet());
	}
}
