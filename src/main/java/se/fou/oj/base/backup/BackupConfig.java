package se.fou.oj.base.backup;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Backups of the app's own database (embedded or external: the same JDBC connection details Boot's DataSource uses),
 * the nightly job, and the safe start-up migration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
public class BackupConfig {

    @Bean
    DatabaseBackups databaseBackups(JdbcConnectionDetails connection, BackupProperties properties, Clock clock,
                                    @Value("${spring.datasource.url:}") String externalUrl,
                                    @Value("${app.embedded-db.base-dir:./data/mariadb-bin}") String embeddedBaseDir) {
        DatabaseTarget target = DatabaseTarget.fromJdbcUrl(connection.getJdbcUrl(), connection.getUsername(),
                connection.getPassword());
        boolean embedded = !StringUtils.hasText(externalUrl);
        MariaDbDump dump = MariaDbDump.resolve(properties.dumpCommand(), embeddedBaseDir, embedded);
        return new DatabaseBackups(dump, target, Path.of(properties.dir()), properties.keep(), clock);
    }

    @Bean
    SafeMigrationStrategy safeMigrationStrategy(DatabaseBackups backups,
                                                @Value("${app.restore-from:}") String restoreFrom) {
        return new SafeMigrationStrategy(backups, StringUtils.hasText(restoreFrom) ? Path.of(restoreFrom.strip()) : null);
    }
}
