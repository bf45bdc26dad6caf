package org.corporateparenting.tenancy.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The tenancy module's settings, bound once from {@code application.yml} and the environment. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TenancyProperties.class, TenantsProperties.class, StartupProperties.class })
class SettingsConfiguration {
}
