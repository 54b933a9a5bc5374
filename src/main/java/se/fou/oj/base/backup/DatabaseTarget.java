package se.fou.oj.base.backup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database lies, for a command-line tool ({@code mariadb-dump}) that does not read JDBC URLs.
 *
 * @param password never put on a command line (other users could read it there); handed over in {@code MYSQL_PWD}
 */
public record DatabaseTarget(String host, int port, String database, String username, String password) {

    /** {@code jdbc:mariadb://host[:port][,more hosts]/database[?options]}; a cluster's first host is used. */
    private static final Pattern JDBC_URL = Pattern.compile(
            "jdbc:(?:mariadb|mysql)(?::[a-z:]+)?://(?:[^@/]*@)?(\\[[^]]+]|[^:/,?]+)(?::(\\d+))?(?:,[^/?]*)?/([^?;]+).*",
            Pattern.CASE_INSENSITIVE);

    public DatabaseTarget {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    public static DatabaseTarget fromJdbcUrl(String jdbcUrl, String username, String password) {
        Matcher matcher = JDBC_URL.matcher(jdbcUrl == null ? "" : jdbcUrl.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(("Databasens adress %s kan inte läsas som jdbc:mariadb://värd:port/databas "
                    + "(cannot read host, port and database from the JDBC URL)").formatted(jdbcUrl));
        }
        String host = matcher.group(1).replace("[", "").replace("]", "");
        int port = matcher.group(2) == null ? 3306 : Integer.parseInt(matcher.group(2));
        return new DatabaseTarget(host, port, matcher.group(3), username, password);
    }

    /** The database on the same server under another name (a scratch copy). */
    public DatabaseTarget withDatabase(String otherDatabase) {
        return new DatabaseTarget(host, port, otherDatabase, username, password);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return database + " på " + host + ":" + port;
    }
}
