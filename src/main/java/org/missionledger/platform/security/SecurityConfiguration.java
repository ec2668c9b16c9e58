package org.missionledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may read and record, over HTTP.
 *
 * <ul>
 *   <li>The API ({@code /api/**}, actuator, OpenAPI) is stateless: HTTP Basic against the configured users, and, when
 *       a JWT issuer or key set is configured, OAuth2 bearer tokens whose {@code roles} and {@code bodies} claims map to
 *       roles and body grants. No sessions, so no CSRF exposure.
 *   <li>Pages use a form login with a session and CSRF protection.
 *   <li>Reading is public unless {@code missionledger.security.read-requires-sign-in}; recording needs RECORDER,
 *       corrections EDITOR, administration ADMIN (ADMIN ⊃ EDITOR ⊃ RECORDER). Which body a recorder may record for is
 *       enforced where commands are handled ({@link RecordingPolicy}).
 *   <li>Security headers everywhere: a Content-Security-Policy without inline script, {@code nosniff},
 *       {@code frame-ancestors 'none'}, a strict referrer policy.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    ProblemResponses problemResponses(ObjectMapper json) {
        return new ProblemResponses(json);
    }

    /** On first start without users, create the bootstrap admin and show its password once, on the console only. */
    @Bean
    ApplicationRunner bootstrapAdmin(UserAccounts accounts, ObjectProvider<JwtDecoder> jwt) {
        return (ApplicationArguments args) -> {
            if (jwt.getIfAvailable() != null) {
                return;
            }
            String password = accounts.bootstrapIfEmpty();
            if (password != null) {
                System.err.printf(
                        "%n==========================================================================%n"
                                + "  Mission Ledger created the user '%s' with this password (shown once):%n%n"
                                + "      %s%n%n"
                                + "  Only its hash is stored. Configure missionledger.security.users for%n"
                                + "  real deployments (see docs/security.md).%n"
                                + "==========================================================================%n%n",
                        UserAccounts.BOOTSTRAP_ADMIN, password);
            }
        };
    }

    /** Backoff for failed sign-ins, per account and per client address (docs/security.md). */
    @Bean
    SignInThrottle signInThrottle(ObjectProvider<java.time.Clock> clock) {
        return new SignInThrottle(clock.getIfAvailable(java.time.Clock::systemUTC));
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
            SecurityProperties properties, ProblemResponses problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            SecurityProperties properties,
            ProblemResponses problems,
            ObjectProvider<JwtDecoder> jwtDecoder,
            SignInThrottle throttle)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> read = readAccess(properties);
        http.addFilterBefore(
                new SignInThrottleFilter(throttle, problems),
                org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a.requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.GET, "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .access(read)
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .access(read)
                        .requestMatchers(
                                HttpMethod.POST, "/api/missions/*/corrections", "/api/indicators/*/corrections")
                        .hasRole("EDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasRole("RECORDER")
                        .anyRequest()
                        .denyAll());
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(j -> j.jwtAuthenticationConverter(jwtConverter(properties.jwt()))));
        }
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, SecurityProperties properties, SignInThrottle throttle, ProblemResponses problems)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> read = readAccess(properties);
        http.addFilterBefore(
                new SignInThrottleFilter(throttle, problems),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(
                        a -> a.requestMatchers("/login", "/error", "/webjars/**", "/assets/**", "/favicon.ico")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET, "/record/**")
                                .hasRole("RECORDER")
                                .requestMatchers(HttpMethod.GET, "/**")
                                .access(read)
                                .requestMatchers(HttpMethod.POST, "/logout")
                                .authenticated()
                                .requestMatchers(HttpMethod.POST, "/**")
                                .hasRole("RECORDER")
                                .anyRequest()
                                .denyAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        headers(http);
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> readAccess(SecurityProperties properties) {
        return (authentication, context) -> new AuthorizationDecision(
                !properties.readRequiresSignIn() || GrantsResolver.isSignedIn(authentication.get()));
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(c -> {}));
    }

    /** Maps the token's roles claim to {@code ROLE_…} and its bodies claim to body grants. */
    static Converter<Jwt, AbstractAuthenticationToken> jwtConverter(SecurityProperties.Jwt claims) {
        return jwt -> {
            List<GrantedAuthority> authorities = new ArrayList<>();
            for (String role : strings(jwt.getClaim(claims.rolesClaim()))) {
                try {
                    authorities.add(new SimpleGrantedAuthority(Role.valueOf(role.toUpperCase(java.util.Locale.ROOT))
                            .authority()));
                } catch (IllegalArgumentException ignored) {
                    // roles of other applications grant nothing here
                }
            }
            for (String body : strings(jwt.getClaim(claims.bodiesClaim()))) {
                authorities.add(new SimpleGrantedAuthority(GrantsResolver.BODY_PREFIX + body));
            }
            String name = jwt.getClaimAsString("preferred_username") != null
                    ? jwt.getClaimAsString("preferred_username")
                    : jwt.getSubject();
            return new JwtAuthenticationToken(jwt, authorities, name);
        };
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
