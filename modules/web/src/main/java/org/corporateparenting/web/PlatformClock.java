package org.corporateparenting.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for every module is today in England; tests replace the clock to fix the date. */
@Configuration(proxyBeanMethods = false)
class PlatformClock {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ENGLAND);
	}
}
