package se.fou.oj.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.ConflictException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.Submission;
import se.fou.oj.submission.SubmissionService;

/**
 * 200 simulated contacts, two per municipality, save drafts and submit concurrently through the service layer on the
 * embedded MariaDB. Prints throughput and latency; fails if any last save is lost or any stale save got through.
 * Run with {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
class SubmissionConcurrencyBenchmark extends IntegrationTest {

    private static final int MUNICIPALITIES = 100;
    private static final int SAVES_PER_CONTACT = 10;

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    @Autowired
    RegionService regionService;

    @Test
    void twoHundredContactsSaveAndSubmitConcurrently() throws Exception {
        Cycle cycle = testData.newCycle();
        Request request = SystemActor.call(() -> requestService.createRequest(cycle.id(), new RequestDraft("Belastning", null,
                List.of("Första kontaktens fråga", "Andra kontaktens fråga"), LocalDate.now().plusDays(30), null)));
        List<Municipality> municipalities = SystemActor.call(() -> {
            List<Municipality> created = new ArrayList<>();
            for (int m = 1; m <= MUNICIPALITIES; m++) {
                // Inactive: they take part in this request only, never in the demo region
                created.add(regionService.saveMunicipality(null, String.format("%04d", 6000 + m), "Lastkommun " + m, false));
            }
            return created;
        });

        Map<String, String> lastSaved = new ConcurrentHashMap<>();
        List<String> refusedTexts = Collections.synchronizedList(new ArrayList<>());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger submits = new AtomicInteger();
        AtomicInteger refusedSubmits = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (Municipality municipality : municipalities) {
            for (int contact = 0; contact < 2; contact++) {
                int question = contact;
                AppUserPrincipal user = new AppUserPrincipal(100000 + municipality.id() * 2 + contact,
                        "last-" + municipality.code() + "-" + contact, "Kontakt", "", Role.MUNICIPAL_CONTACT, municipality.id(),
                        municipality.code(), municipality.name(), true, null);
                work.add(pool.submit(() -> SystemActor.callAs(user, () -> {
                    int version = service.submission(request.id(), municipality.code()).version();
                    for (int i = 1; i <= SAVES_PER_CONTACT; i++) {
                        String text = user.username() + " spar " + i;
                        long t0 = System.nanoTime();
                        try {
                            Submission saved = service.saveDraft(request.id(), municipality.code(), version,
                                    Map.of(request.questions().get(question).id(), text));
                            version = saved.version();
                            lastSaved.put(user.username(), text);
                        } catch (ConflictException e) {
                            conflicts.incrementAndGet();
                            refusedTexts.add(text);
                            version = service.submission(request.id(), municipality.code()).version();
                        } catch (ValidationException e) {
                            // The colleague has already submitted: the answer is locked, nothing more is saved
                            refusedTexts.add(text);
                            latencies.add((System.nanoTime() - t0) / 1e6);
                            break;
                        }
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                    // Both contacts try to submit; the municipality's answer is submitted once, by one of them
                    try {
                        Submission current = service.submission(request.id(), municipality.code());
                        service.submit(request.id(), municipality.code(), current.version(), Map.of());
                        submits.incrementAndGet();
                    } catch (ValidationException e) { // a conflict or "already submitted"
                        refusedSubmits.incrementAndGet();
                    }
                    return null;
                })));
            }
        }
        for (Future<?> future : work) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        // Zero lost writes: every contact's last successful save is what the database holds for its question
        int lost = 0;
        int staleThrough = 0;
        for (Municipality municipality : municipalities) {
            Submission stored = SystemActor.call(() -> service.submission(request.id(), municipality.code()));
            for (int contact = 0; contact < 2; contact++) {
                String username = "last-" + municipality.code() + "-" + contact;
                String expected = lastSaved.get(username);
                String actual = stored.answers().get(request.questions().get(contact).id());
                if (expected != null && !expected.equals(actual)) {
                    lost++;
                }
                if (actual != null && refusedTexts.contains(actual)) {
                    staleThrough++;
                }
            }
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "BENCHMARK Concurrent drafts: 200 contacts × %d saves in %.1f s = %.0f saves/s, "
                        + "median %.1f ms, p95 %.1f ms, %d stale saves refused, %d lost writes, %d stale saves stored, "
                + "%d municipalities submitted (%d second submits refused)%n",
                SAVES_PER_CONTACT, seconds, sorted.size() / seconds, sorted.get(sorted.size() / 2),
                sorted.get((int) (sorted.size() * 0.95)), conflicts.get(), lost, staleThrough, submits.get(), refusedSubmits.get());
        long submitted = municipalities.stream().filter(m -> SystemActor.call(() ->
                service.submission(request.id(), m.code())).status() == Submission.Status.SUBMITTED).count();
        if (lost > 0 || staleThrough > 0 || submitted != MUNICIPALITIES || submits.get() != MUNICIPALITIES) {
            throw new AssertionError(lost + " lost writes, " + staleThrough + " stale saves stored, " + submitted
                    + " submitted of " + MUNICIPALITIES + ", " + submits.get() + " successful submits");
        }
    }
}
