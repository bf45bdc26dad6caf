package org.corporateparenting.tenancy.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.corporateparenting.tenancy.PlatformSchema;
import java.util.function.Function;

import javax.sql.DataSource;

import org.corporateparenting.tenancy.PlatformDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The one connection pool per database server, and Hibernate's schema-per-council routing over it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	SchemaNames schemaNames(DatabaseProperties properties) {
		return new SchemaNames(properties.schemaPrefix());
	}

	@Bean
	PlatformSchema platformSchema(SchemaNames schemaNames) {
		return new PlatformSchema(schemaNames.platform());
	}

	@Bean
	DatabaseShards databaseShards(DatabaseProperties properties, SchemaNames schemaNames,
			ObjectProvider<MeterRegistry> meters) {
		EmbeddedServer.Login login = properties.isEmbedded() ? EmbeddedMariaDb.start(properties.embedded())
				: new EmbeddedServer.Login(properties.url(), properties.username(), properties.password());
		return new DatabaseShards(properties, schemaNames, login.url(), login.username(), login.password(),
				meters.getIfAvailable());
	}

	/**
	 * The default shard's pool, every connection on the platform schema (Liquibase, the platform's event publications
	 * and anything else outside a council with unqualified SQL use it). Closed with the shards.
	 */
	@Bean(destroyMethod = "")
	@Primary
	DataSource dataSource(DatabaseShards shards, SchemaNames schemaNames) {
		return new PlatformSchemaDataSource(shards.defaultDataSource(), schemaNames.platform());
	}

	@Bean
	PlatformDatabase platformDatabase(DataSource dataSource,
			@Qualifier("platformTablesByName") DataSource platformTablesByName) {
		return new PlatformDatabase(new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
				new TransactionTemplate(new DataSourceTransactionManager(platformTablesByName)));
	}

	/**
	 * The default shard's pool for SQL that names the platform schema in every table (the registry's, sessions'): a
	 * connection is handed out on whatever schema it was left. Its own instance, so that transactions on it bind connections to it alone; not a
	 * candidate wherever the application's data source is meant.
	 */
	@Bean(defaultCandidate = false, destroyMethod = "")
	@Qualifier("platformTablesByName")
	DataSource platformTablesByName(DatabaseShards shards) {
		return new DelegatingDataSource(shards.defaultDataSource());
	}

	/**
	 * Spring Session's data source, where the application keeps sessions (its tables are named with the platform
	 * schema): the one {@link PlatformDatabase#onAnySchema()} transacts on.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.session.jdbc.config.annotation.SpringSessionDataSource")
	static class SessionTables {

		@Bean(defaultCandidate = false, destroyMethod = "")
		@SpringSessionDataSource
		DataSource springSessionDataSource(@Qualifier("platformTablesByName") DataSource platformTablesByName) {
			return platformTablesByName;
		}
	}

	@Bean
	HibernatePropertiesCustomizer councilSchemaRouting(DatabaseShards shards, DataSource dataSource,
			CouncilLocations locations, ObjectProvider<MeterRegistry> meters) {
		Function<String, CouncilLocation> lookup = locations::locate;
		return properties -> {
			properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
					new CouncilSchemaConnectionProvider(shards, dataSource, lookup,
					meters.getIfAvailable()));
			properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentCouncilResolver());
			// A page of records with collections (an action's pledges, a priority's principles) loads each collection
			// for the whole page in one query, not one query per record.
			properties.put(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 100);
		};
	}
}
