package org.corporateparenting.tenancy.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Begins starting the embedded database server as soon as the platform's settings are read (when no database URL is
 * configured), before the application context is even created: the server takes about a second to come up, which the
 * context spends preparing its beans instead of waiting for it when it asks for its connection pool. Registered in
 * {@code META-INF/spring.factories}, as a listener of the application's start must be.
 */
class EmbeddedServerEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		DatabaseProperties properties = Binder.get(event.getEnvironment())
			.bindOrCreate("cpp.database", DatabaseProperties.class);
		if (properties.isEmbedded()) {
			EmbeddedMariaDb.startInBackground(properties.embedded());
		}
	}
}
