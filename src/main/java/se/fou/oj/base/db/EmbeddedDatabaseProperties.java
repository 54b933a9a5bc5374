package se.fou.oj.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB.
 *
 * @param dataDir where the database files live; never deleted, wherever it lies (also under the temp folder)
 * @param baseDir where the MariaDB binaries are unpacked
 * @param port TCP port on 127.0.0.1; unset or 0 takes a free one (logged at start), so instances never collide
 * @param database schema name
 * @param fresh delete the data directory before start (tests only)
 */
@ConfigurationProperties(prefix = "app.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, String baseDir, Integer port, String database, boolean fresh) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? "./data/mariadb" : dataDir;
        baseDir = baseDir == null ? "./data/mariadb-bin" : baseDir;
        port = port == null ? 0 : port;
        database = database == null ? "fou" : database;
    }
}
