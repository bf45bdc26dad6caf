package org.corporateparenting.platform.local;

import java.util.List;

import org.corporateparenting.platform.security.LocalTokenDecoder;
import org.corporateparenting.platform.security.SecurityProperties;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.tenancy.PlatformDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;


import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The {@code local} profile's identity provider: an authorization server inside the platform, so the whole product
 * runs with no outside identity provider. Demo people sign in to the pages with OpenID Connect (authorization code
 * with PKCE); scripts and tests take tokens for the demo clients with the client-credentials grant. None of this
 * exists outside the local profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnWebApplication
class LocalIdentityProvider {

	static final String DEMO_PASSWORD = "local-demo-password";

	@Bean
	DemoIdentities demoIdentities(Councils councils,
			@org.springframework.beans.factory.annotation.Value("${cpp.local.partner-organisation:housing}") String partnerOrganisation) {
		return new DemoIdentities(councils, partnerOrganisation);
	}

	@Bean
	RegisteredClientRepository demoClients(DemoIdentities identities) {
		return new DemoClients(identities);
	}

	@Bean
	ClientRegistrationRepository localSignIn(SecurityProperties properties) {
		return new LocalClientRegistrations(properties.localIssuer(), DemoClients.SECRET);
	}

	@Bean
	UserDetailsService demoUsers(DemoIdentities identities) {
		return username -> identities.find(username)
			.map(identity -> User.withUsername(username)
				.password("{noop}" + DEMO_PASSWORD)
				.roles(identity.roles().toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No demo user " + username));
	}

	/** One key for every instance, kept in the platform schema: a token from one instance works on all of them. */
	@Bean
	JWKSource<SecurityContext> signingKeys(JdbcClient jdbc, PlatformDatabase onPlatform, PlatformSchema platform) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKey.shared(jdbc, onPlatform.transactions(), platform)));
	}

	@Bean
	LocalTokenDecoder localTokenDecoder(JWKSource<SecurityContext> signingKeys, SecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.localIssuer()));
		return new LocalTokenDecoder(properties.localIssuer(), decoder);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.localIssuer()).build();
	}

	/**
	 * Puts the demo identity's council, partnership, organisation, roles and email into its access and ID tokens, and
	 * the platform's audience into its access tokens, as an outside provider is set up to.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> demoClaims(DemoIdentities identities, SecurityProperties properties) {
		return context -> {
			String client = context.getRegisteredClient().getClientId();
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().audience(List.of(client, properties.audience()));
			}
			String name = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
					? client : context.getPrincipal().getName();
			identities.find(name).ifPresent(identity -> context.getClaims().claims(claims -> {
				claims.put("roles", identity.roles());
				if (identity.council() != null) {
					claims.put("council", identity.council());
				}
				if (identity.partnership() != null) {
					claims.put("partnership", identity.partnership());
				}
				if (identity.organisation() != null) {
					claims.put("organisation", identity.organisation());
				}
				if (identity.email() != null) {
					claims.put("email", identity.email());
				}
			}));
		};
	}

	/**
	 * The identity provider keeps who signed in to it apart from who is signed in to the pages, as an outside
	 * provider would: a session signed in to the pages is never taken for a sign-in at the identity provider.
	 */
	private static final HttpSessionSecurityContextRepository IDENTITY_PROVIDER_SESSION = identityProviderSession();

	private static HttpSessionSecurityContextRepository identityProviderSession() {
		HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
		repository.setSpringSecurityContextKey("CPP_LOCAL_IDENTITY_PROVIDER_CONTEXT");
		return repository;
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.securityContext(context -> context.securityContextRepository(IDENTITY_PROVIDER_SESSION));
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	/** The sign-in form the authorization server sends people to. */
	@Bean
	@Order(2)
	SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
		http.securityMatcher("/login")
			.securityContext(context -> context.securityContextRepository(IDENTITY_PROVIDER_SESSION))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").failureUrl("/login?error"));
		return http.build();
	}
}
