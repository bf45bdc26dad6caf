package org.corporateparenting.platform.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.platform.observability.RequestLogContext;
import org.corporateparenting.tenancy.CouncilFileSchema;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.corporateparenting.tenancy.PlatformIssuers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * Two ways in: the API takes bearer tokens from trusted issuers and keeps no session; the pages sign people in
 * by OpenID Connect and keep the session in the platform schema. Both run the council filter after
 * authorisation, so a council's URL only opens for that council's own users, and put the user and a request id
 * into the logging context before authorisation, so refusals are logged with them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	/** An email's link to stop reminders: its signed token is the only credential, from a mail program too. */
	private static final String UNSUBSCRIBE = "/notifications/unsubscribe";

	private static final String[] PUBLIC_PAGES = { "/", "/error", "/signed-out", "/webjars/**", "/assets/**",
			"/css/**", "/js/**", "/favicon.ico", "/actuator/health/**", "/actuator/info",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/accessibility",
			CouncilRequestFilter.PUBLIC_PREFIX + "**", CouncilFileSchema.FOLDER + "**", UNSUBSCRIBE };

	/**
	 * Spring Security makes no observations of its own (nobody reads them: requests are timed whole, as
	 * http.server.requests), so it does not wrap each filter, authentication and authorisation to make them. Turning
	 * them off by name ({@code management.observations.enable.spring.security}) alone still left every filter of every
	 * request wrapped, making observations that were then dropped.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's strict firewall, its checks of header names and values made without regular expressions
	 * ({@link HeaderCharacters}): the same requests are refused.
	 */
	@Bean
	static HttpFirewall httpFirewall() {
		return HeaderCharacters.firewall();
	}

	/**
	 * The platform's own issuers, and the local sign-in's in the demo: trusted for every council. The platform does
	 * not start with one it could not trust (an http address outside the local profile).
	 */
	@Bean
	PlatformIssuers platformIssuers(SecurityProperties properties, Optional<LocalTokenDecoder> local,
			IssuerAddresses addresses) {
		Set<String> issuers = new HashSet<>(checked(properties.platformIssuers(), addresses));
		local.ifPresent(decoder -> issuers.add(decoder.issuer()));
		Set<String> trusted = Set.copyOf(issuers);
		return () -> trusted;
	}

	static List<String> checked(List<String> platformIssuers, IssuerAddresses addresses) {
		List<String> problems = platformIssuers.stream()
			.flatMap(issuer -> addresses.problem(issuer).map(problem -> issuer + " " + problem).stream())
			.toList();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("cpp.security.platform-issuers: " + String.join("; ", problems));
		}
		return platformIssuers;
	}

	/** The filter runs inside the security chains only, never a second time as a plain servlet filter. */
	@Bean
	FilterRegistrationBean<CouncilRequestFilter> councilRequestFilterOutsideSecurity(CouncilRequestFilter filter) {
		FilterRegistrationBean<CouncilRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	RequestLogContext requestLogContext() {
		return new RequestLogContext();
	}

	/** Like the council filter, it runs inside the security chains, where the caller is known. */
	@Bean
	FilterRegistrationBean<RequestLogContext> requestLogContextOutsideSecurity(RequestLogContext filter) {
		FilterRegistrationBean<RequestLogContext> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Metrics name councils and how busy each is: only the scrape credential (HTTP Basic, from a secret) reads them,
	 * never a person's token or session.
	 */
	@Bean
	@Order(5)
	SecurityFilterChain metrics(HttpSecurity http, SecurityProperties properties) throws Exception {
		SecurityProperties.Metrics metrics = properties.metrics();
		String password = metrics.password().isBlank() ? java.util.UUID.randomUUID() + "-unset" : metrics.password();
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.METRICS))
			.httpBasic(basic -> basic.realmName("metrics"))
			.userDetailsService(new InMemoryUserDetailsManager(User.withUsername(metrics.username())
				.password("{noop}" + password)
				.roles(Roles.METRICS)
				.build()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(10)
	SecurityFilterChain api(HttpSecurity http, Councils councils, SecurityProperties properties,
			Optional<LocalTokenDecoder> local, IdentityProviders identityProviders, CouncilRequestFilter councilFilter,
			RequestLogContext logContext) throws Exception {
		ApiRefusals refusals = new ApiRefusals();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/admin/**")
				.hasRole(Roles.PLATFORM_ADMIN)
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server
				.bearerTokenResolver(new BearerTokens())
				.authenticationManagerResolver(new IssuerOfTokens(
						new TrustedIssuers(councils, properties, local, identityProviders),
						properties.verifiedTokensKeptFor()))
				.authenticationEntryPoint(refusals)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {

					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(refusals.failureHandler());
						return filter;
					}
				}))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(refusals))
			.addFilterBefore(logContext, AuthorizationFilter.class)
			.addFilterAfter(councilFilter, AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(20)
	SecurityFilterChain pages(HttpSecurity http, SecurityProperties properties, CouncilRequestFilter councilFilter,
			RequestLogContext logContext) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin/**", "/dev/**")
			.hasRole(Roles.PLATFORM_ADMIN)
			.anyRequest()
			.authenticated())
			.oauth2Login(login -> login.loginPage("/oauth2/authorization/" + properties.signInRegistration())
				.successHandler(new SignInLanding())
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers())))
			.logout(logout -> logout.logoutSuccessUrl("/signed-out"))
			// Young people answer surveys anonymously: there is no one signed in whose request could be forged, and no
			// session is made for them.
			.csrf(csrf -> csrf.ignoringRequestMatchers(CouncilRequestFilter.PUBLIC_PREFIX + "**", UNSUBSCRIBE))
			.addFilterBefore(logContext, AuthorizationFilter.class)
			.addFilterAfter(councilFilter, AuthorizationFilter.class);
		return http.build();
	}

	private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
		OidcUserService delegate = new OidcUserService();
		return request -> SignedInPeople.of(delegate.loadUser(request));
	}
}
