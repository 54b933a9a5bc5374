package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.db.EmbeddedMariaDb;

/**
 * The backup command reaches the running app's server through the port file beside the data folder, and only when
 * that server serves this folder: a file left by a killed app may name a port another checkout's server took since.
 */
class BackupCommandIT extends IntegrationTest {

    @Autowired
    EmbeddedMariaDb embeddedMariaDb;

    @Value("${app.embedded-db.data-dir}")
    String dataDir;

    @Test
    void thePortFileCountsOnlyWhenItsServerServesThisDataFolder() throws Exception {
        assertThat(BackupCommand.runningPort(Path.of(dataDir))).contains(embeddedMariaDb.port());

        Path otherFolder = Files.createDirectories(Path.of("target", "stale-port-file", "mariadb"));
        Files.writeString(EmbeddedMariaDb.portFile(otherFolder), String.valueOf(embeddedMariaDb.port()));
        assertThat(BackupCommand.runningPort(otherFolder)).isEmpty();
    }
}
