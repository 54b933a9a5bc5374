package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;

/**
 * The nightly backup is fired by every instance's scheduler; one backup is made. Two schedulers firing at the same
 * moment, and one firing a minute later (a clock a little behind), all on one database: one new file in the folder.
 */
class NightlyBackupJobIT extends IntegrationTest {

    @Autowired
    NightlyBackupJob job;

    @Autowired
    DatabaseBackups backups;

    @Test
    void schedulersOfSeveralInstancesMakeOneBackup() throws Exception {
        List<Path> before = backupFiles();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> fireAfter(start));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> fireAfter(start));
        start.countDown();
        CompletableFuture.allOf(first, second).join();
        clock.set(clock.instant().plusSeconds(60));
        job.scheduledBackup();

        List<Path> made = backupFiles().stream().filter(f -> !before.contains(f)).toList();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getFileName().toString()).matches("oj-\\d{8}-\\d{6}\\.sql\\.gz");
    }

    private void fireAfter(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        job.scheduledBackup();
    }

    private List<Path> backupFiles() throws Exception {
        if (!Files.isDirectory(backups.dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups.dir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql.gz")).toList();
        }
    }
}
