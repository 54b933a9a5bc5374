package se.fou.oj.base.db;

import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is set. Exposing {@link JdbcConnectionDetails}
 * that depend on the started server keeps Boot's own order: DataSource, then Flyway, then jOOQ.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return new EmbeddedMariaDb(properties);
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedMariaDb embeddedMariaDb) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return embeddedMariaDb.jdbcUrl();
            }
        };
    }
}
