package se.fou.oj.base.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A separate JVM that runs the embedded database as the app does: started, a row written, stopped by a shutdown hook
 * (as Spring closes the context on Ctrl-C or SIGTERM). Arguments: data directory, base directory, the row's text.
 * Prints {@code READY <port>} once the row is saved, then waits to be stopped.
 */
public final class EmbeddedDbProcess {

    static final String READY = "READY ";

    private EmbeddedDbProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(args[0], args[1], null, "kept", false));
        db.start();
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "stop-embedded-db"));
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS answer (text VARCHAR(200))");
            statement.execute("INSERT INTO answer VALUES ('" + args[2] + "')");
        }
        System.out.println(READY + db.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
