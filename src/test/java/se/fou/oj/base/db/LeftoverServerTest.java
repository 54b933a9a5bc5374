package se.fou.oj.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a MariaDB server of this very data folder is ever stopped: a pid file naming another process (an old pid the
 * system has given to something else) is left alone. A real leftover server is stopped in CrashAndSeveralServersIT.
 */
class LeftoverServerTest {

    @TempDir
    Path dataDir;

    @Test
    void aPidFileOfAProcessThatIsNoMariaDbServerIsIgnored() throws IOException {
        Files.writeString(dataDir.resolve("somehost.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(LeftoverServer.find(dataDir)).isEmpty();
        assertThat(LeftoverServer.stopAll(dataDir)).isZero();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aPidFileOfNoRunningProcessOrNoPidAtAllIsIgnored() throws IOException {
        Files.writeString(dataDir.resolve("gone.pid"), Long.MAX_VALUE + "\n");
        Files.writeString(dataDir.resolve("garbage.pid"), "not a pid");
        assertThat(LeftoverServer.find(dataDir)).isEmpty();
    }

    @Test
    void aFolderNotYetCreatedHasNoServer() {
        assertThat(LeftoverServer.find(dataDir.resolve("not-there"))).isEmpty();
    }
}
