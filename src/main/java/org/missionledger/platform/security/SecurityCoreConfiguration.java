package org.missionledger.platform.security;

import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every context needs, with or without a web server (the command line runs without one): users, password
 * hashing, the role order, and the actor of dispatched commands.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityCoreConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserAccounts userAccounts(SecurityProperties properties, LedgerStore store, PasswordEncoder encoder) {
        return new UserAccounts(properties, store, encoder);
    }

    @Bean
    CurrentActor currentActor() {
        return new SecurityActor();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_RECORDER");
    }
}
