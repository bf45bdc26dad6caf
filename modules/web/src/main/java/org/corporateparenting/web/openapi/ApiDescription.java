package org.corporateparenting.web.openapi;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * What the API description says about the API as a whole: its title and contact, how to get a token, and the
 * problem every error answers with. What each operation needs (its path parameters, its problems, its security) is
 * added from the controllers' own mappings by {@link OperationConventions} and {@link PathParameters}, so a new
 * controller is described completely without annotations of its own. See docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiDescription {

	static final String OAUTH2 = "oauth2";

	static final String BEARER = "bearer";

	@Bean
	OpenAPI platformApi(ApiProperties properties) {
		return new OpenAPI()
			.info(new Info().title("Corporate Parenting Platform API")
				.version("1")
				.description("""
						A council's corporate parenting cycle: strategies and their priorities, action plans and \
						actions with their progress, pledges, governance and meetings, consultations and findings, \
						indicators and dashboards; partnerships' comparisons; platform administration.

						Every call needs a bearer token (OAuth2 client credentials). A council's records are under \
						`/api/councils/{council}`, readable only with a token of that council: any other token gets \
						404. Errors are RFC 9457 problems (`application/problem+json`), a 400 listing every field \
						that is not valid. Updates carry the `version` read; a stale one gets 409. A record's `ETag` is its \
						version: sent back as `If-Match`, a stale one gets 412. Lists are paged and take `sort`. \
						See docs/api.md.""")
				.contact(new Contact().name(properties.contactName())
					.email(properties.contactEmail())
					.url(properties.contactUrl())))
			.servers(List.of(new Server().url("/").description("This platform")))
			.components(new Components().addSecuritySchemes(OAUTH2, oauth2()).addSecuritySchemes(BEARER, bearer()));
	}

	private static SecurityScheme oauth2() {
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("Client credentials. Locally, `<council>-<role>` clients (such as `walsall-officer`) with the "
					+ "secret `local-demo-secret`; in production, a client of the council's own identity provider.")
			.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(new Scopes())));
	}

	private static SecurityScheme bearer() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("A JWT from the platform's sign-in or from an identity provider the council trusts.");
	}
}
