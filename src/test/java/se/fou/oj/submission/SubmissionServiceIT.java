package se.fou.oj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.fou.oj.submission.RequestAnswers.answers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.ConflictException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

class SubmissionServiceIT extends IntegrationTest {

    @Autowired
    SubmissionService service;

    @Autowired
    RequestService requestService;

    @Autowired
    UserService userService;

    @Autowired
    RegionService regionService;

    private Request request(Cycle cycle, LocalDate deadline) {
        loginAs("fou");
        return requestService.createRequest(cycle.id(), new RequestDraft("Ohälsa som hinder för egen försörjning",
                "Svara utifrån oktober månad.", List.of("Vad vet vi i vår kommun?", "Vad har vi för statistik?",
                        "Vilka analyser har gjorts tidigare?"), deadline, null));
    }

    @Test
    void draftsSaveSubmitLocksAndAStaleSaveIsRefusedNotOverwritten() {
        Cycle cycle = testData.newCycle();
        Request request = request(cycle, LocalDate.now().plusDays(7));
        String secondContact = "ekero.andra" + cycle.id();
        SystemActor.run(() -> userService.createUser(new UserDraft(secondContact, "Andra Ekeröbo", null,
                Role.MUNICIPAL_CONTACT, regionService.municipalityByCode("0125").orElseThrow().id(), true, "losenord-2")));

        loginAs("ekero");
        Submission first = service.saveDraft(request.id(), "0125", 0, answers(request, "Vi vet att många har ohälsa."));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(Submission.Status.DRAFT);

        loginAs(secondContact);
        Submission second = service.saveDraft(request.id(), "0125", 1, answers(request, "Vi vet att många har ohälsa.",
                "Orsakskoder 021–032 för oktober."));
        assertThat(second.version()).isEqualTo(2);

        // The first contact still has version 1 open: the save is refused and the newer text is kept
        loginAs("ekero");
        assertThatThrownBy(() -> service.saveDraft(request.id(), "0125", 1, answers(request, "Min gamla text.")))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Någon annan har sparat svaret efter att du öppnade det (Andra Ekeröbo kl. ");
        assertThat(service.submission(request.id(), "0125").answers()).containsEntry(request.questions().get(0).id(),
                "Vi vet att många har ohälsa.");

        Submission submitted = service.submit(request.id(), "0125", 2, answers(request, "Vi vet att många har ohälsa.",
                "Orsakskoder 021–032 för oktober.", "En analys 2014."));
        assertThat(submitted.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("ekero");
        assertThatThrownBy(() -> service.saveDraft(request.id(), "0125", submitted.version(), answers(request, "Ändrat")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Svaret är inskickat och låst.");

        loginAs("fou");
        assertThatThrownBy(() -> service.reopen(request.id(), "0125", " ")).isInstanceOf(ValidationException.class);
        service.reopen(request.id(), "0125", "Statistiken saknar åldersuppdelning");
        Map<String, Submission.Status> matrix = requestService.matrix(request.id()).stream()
                .collect(Collectors.toMap(Submission::municipalityName, Submission::status));
        assertThat(matrix).containsEntry("Ekerö", Submission.Status.REOPENED).containsEntry("Järfälla", Submission.Status.NOT_STARTED)
                .hasSize(8);
        assertThatThrownBy(() -> service.saveDraft(request.id(), "0125", 3, answers(request, "FoU skriver")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aContactReadsOnlyTheirOwnUntilTheAnswersArePublished() {
        Cycle cycle = testData.newCycle();
        Request request = request(cycle, LocalDate.now().plusDays(7));
        loginAs("ekero");
        service.saveDraft(request.id(), "0125", 0, answers(request, "Ekerös svar"));

        loginAs("jarfalla");
        assertThatThrownBy(() -> service.submission(request.id(), "0125")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveDraft(request.id(), "0125", 1, answers(request, "Järfälla skriver i Ekerös")))
                .isInstanceOf(AccessDeniedException.class);
        // A social chief sees the draft's status, never its text (issue 9)
        loginAs("socialchef");
        Submission seenByChief = service.submission(request.id(), "0125");
        assertThat(seenByChief.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(seenByChief.answers()).isEmpty();

        // Before the deadline and before everyone has submitted the answers cannot be published
        loginAs("fou");
        assertThatThrownBy(() -> requestService.publishAnswers(request.id())).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Svaren kan publiceras först när sista dagen har passerat eller alla kommuner har "
                        + "skickat in. Kommuner som fortfarande har tid på sig: ")
                .hasMessageContaining("Ekerö (sista dag " + request.deadline() + ")");
        assertThat(requestService.waitingForBeforePublishing(request.id())).hasSize(8);
        assertThat(requestService.request(request.id()).answersPublished()).isFalse();
        loginAs("jarfalla");
        assertThatThrownBy(() -> service.submission(request.id(), "0125")).isInstanceOf(AccessDeniedException.class);
    }

    /** A contact of the municipality, as a login would give it (the demo has contacts for three municipalities only). */
    private static AppUserPrincipal contactOf(Municipality municipality) {
        return new AppUserPrincipal(0, "kontakt" + municipality.code(), "Kontakt " + municipality.name(), "",
                Role.MUNICIPAL_CONTACT, municipality.id(), municipality.code(), municipality.name(), true, null);
    }

    @Test
    void theAnswersArePublishedWhenEveryoneHasSubmittedEvenBeforeTheDeadline() {
        Cycle cycle = testData.newCycle();
        Request request = request(cycle, LocalDate.now().plusDays(7));
        List<Municipality> municipalities = regionService.activeMunicipalities();
        for (Municipality m : municipalities.subList(0, municipalities.size() - 1)) {
            SystemActor.callAs(contactOf(m), () -> service.submit(request.id(), m.code(), 0, answers(request, m.name() + " svarar")));
        }
        Municipality last = municipalities.get(municipalities.size() - 1);
        loginAs("fou");
        assertThat(requestService.waitingForBeforePublishing(request.id())).extracting(Submission::municipalityName)
                .containsExactly(last.name());
        assertThatThrownBy(() -> requestService.publishAnswers(request.id())).isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("Kommuner som fortfarande har tid på sig: " + last.name() + " (sista dag "
                        + request.deadline() + ").");

        SystemActor.callAs(contactOf(last), () -> service.submit(request.id(), last.code(), 0, answers(request, "Sist men klar")));
        assertThat(requestService.waitingForBeforePublishing(request.id())).isEmpty();
        requestService.publishAnswers(request.id());
        assertThat(requestService.request(request.id()).answersPublished()).isTrue();
        loginAs("jarfalla");
        assertThat(service.submission(request.id(), "0125").answers()).containsValue("Ekerö svarar");
    }

    @Test
    void afterTheDeadlineTheAnswersArePublishedButAnExtendedDeadlineHoldsThemUpAndDraftsStayPrivate() {
        Cycle cycle = testData.newCycle();
        Request request = request(cycle, LocalDate.now().minusDays(1));
        requestService.extendDeadline(request.id(), "0163", LocalDate.now().plusDays(2));
        loginAs("ekero");
        service.submit(request.id(), "0125", 0, answers(request, "Ekerös inskickade svar"));
        loginAs("solna");
        service.saveDraft(request.id(), "0184", 0, answers(request, "Solnas utkast"));

        // Sollentuna still has time: publishing waits for it
        loginAs("fou");
        assertThatThrownBy(() -> requestService.publishAnswers(request.id())).isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("Kommuner som fortfarande har tid på sig: Sollentuna (sista dag "
                        + LocalDate.now().plusDays(2) + ").");
        Municipality sollentuna = regionService.municipalityByCode("0163").orElseThrow();
        SystemActor.callAs(contactOf(sollentuna), () -> service.submit(request.id(), "0163", 0,
                answers(request, "Sollentunas svar")));
        requestService.publishAnswers(request.id());

        // Published: Järfälla reads the submitted answers of others, never Solna's draft, and its own as ever
        loginAs("jarfalla");
        assertThat(service.submission(request.id(), "0125").answers()).containsValue("Ekerös inskickade svar");
        assertThat(service.submission(request.id(), "0163").status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThatThrownBy(() -> service.submission(request.id(), "0184")).isInstanceOf(AccessDeniedException.class);
        assertThat(service.submission(request.id(), "0123").status()).isEqualTo(Submission.Status.LATE);
        Map<String, Submission> compiled = requestService.compiled(request.id()).submissions().stream()
                .collect(Collectors.toMap(Submission::municipalityName, s -> s));
        assertThat(compiled.get("Ekerö").status()).isEqualTo(Submission.Status.SUBMITTED_LATE);
        assertThat(compiled.get("Ekerö").answers()).containsValue("Ekerös inskickade svar");
        assertThat(compiled.get("Solna").status()).isEqualTo(Submission.Status.NOT_SUBMITTED);
        assertThat(compiled.get("Solna").answers()).isEmpty();
        assertThat(compiled.get("Järfälla").status()).isEqualTo(Submission.Status.LATE);

        // Solna reads its own draft; FoU and the social chief see its status, and only the status, in the compilation;
        // opened on its own FoU reads the draft, a social chief still only its status
        loginAs("solna");
        assertThat(service.submission(request.id(), "0184").answers()).containsValue("Solnas utkast");
        for (String user : List.of("fou", "socialchef")) {
            loginAs(user);
            Submission solna = requestService.compiled(request.id()).submissions().stream()
                    .filter(s -> s.municipalityName().equals("Solna")).findFirst().orElseThrow();
            assertThat(solna.status()).isEqualTo(Submission.Status.LATE);
            assertThat(solna.answers()).isEmpty();
        }
        loginAs("fou");
        assertThat(service.submission(request.id(), "0184").answers()).containsValue("Solnas utkast");
        loginAs("socialchef");
        assertThat(service.submission(request.id(), "0184").status()).isEqualTo(Submission.Status.LATE);
        assertThat(service.submission(request.id(), "0184").answers()).isEmpty();
    }

    @Test
    void statisticsAreCountsWithComputedSharesAndAMismatchNeedsAnExplanationButKeepsTheFigures() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        StatisticsTable template = StatisticsTable.causeCodes();
        Request request = requestService.createRequest(cycle.id(), new RequestDraft("Ohälsa", null, List.of("Vad vet vi?"),
                LocalDate.now().plusDays(7), null, template.rowsText(), template.breakdownsText()));
        assertThat(request.statistics().rows()).containsExactly("021", "022", "023", "031", "032");
        assertThat(request.statistics().breakdowns()).containsKeys("Totalt", "Kön", "Ålder", "Barn i hushållet");

        loginAs("ekero");
        Map<StatisticsTable.Cell, Integer> counts = new HashMap<>();
        counts.put(new StatisticsTable.Cell("021", "Totalt", "Alla"), 7);
        counts.put(new StatisticsTable.Cell("021", "Kön", "Män"), 3);
        counts.put(new StatisticsTable.Cell("021", "Kön", "Kvinnor"), 3);
        counts.put(new StatisticsTable.Cell("023", "Totalt", "Alla"), 23);
        counts.put(new StatisticsTable.Cell("023", "Kön", "Män"), 11);
        counts.put(new StatisticsTable.Cell("023", "Kön", "Kvinnor"), 12);
        Submission saved = service.saveDraft(request.id(), "0125", 0, answers(request, "Kända fall"), counts, null);
        // A share of its column: 3 of the 3 + 11 = 14 men
        assertThat(request.statistics().share(saved.counts(), new StatisticsTable.Cell("021", "Kön", "Män"))).isEqualTo("21 %");
        assertThat(request.statistics().mismatches(saved.counts())).containsExactly(
                new StatisticsTable.Mismatch("021", "Kön", 6, 7));
        assertThatThrownBy(() -> service.saveDraft(request.id(), "0125", saved.version(), Map.of(),
                Map.of(new StatisticsTable.Cell("021", "Kön", "Män"), -1), null))
                .isInstanceOf(ValidationException.class).hasMessage("Antal ska vara hela tal, noll eller större.");

        // Refused without an explanation: the message names the row and says the truth, the draft is saved
        SubmitRefusedException refused = Assertions.catchThrowableOfType(SubmitRefusedException.class,
                () -> service.submit(request.id(), "0125", saved.version(), answers(request, "Kända fall, kompletterat")));
        int version = saved.version() + 1;
        assertThat(refused).hasMessage("Inte inskickat: en uppdelning summerar inte till totalen (rad 021, Kön: summerar "
                + "till 6, totalen är 7). Förklara varför och skicka in igen. Svaret är sparat som utkast (version " + version
                + ") med siffrorna som du skrev dem.");
        assertThat(refused.mismatches()).containsExactly(new StatisticsTable.Mismatch("021", "Kön", 6, 7));
        Submission draft = service.submission(request.id(), "0125");
        assertThat(draft.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(draft.version()).isEqualTo(version).isEqualTo(refused.draft().version());
        assertThat(draft.answers()).containsValue("Kända fall, kompletterat");

        Submission submitted = service.submit(request.id(), "0125", version, answers(request, "Kända fall"), Map.of(),
                "En person saknar uppgift om kön.");
        assertThat(submitted.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submitted.counts()).containsEntry(new StatisticsTable.Cell("021", "Kön", "Kvinnor"), 3);
        assertThat(submitted.mismatchExplanation()).isEqualTo("En person saknar uppgift om kön.");
    }

    @Test
    void anEmptySubmitIsRefusedButWhatWasTypedIsSaved() {
        Cycle cycle = testData.newCycle();
        Request request = request(cycle, LocalDate.now().plusDays(3));
        loginAs("ekero");
        assertThatThrownBy(() -> service.submit(request.id(), "0125", 0, answers(request, " ")))
                .isInstanceOf(SubmitRefusedException.class)
                .hasMessage("Inte inskickat: svara på minst en fråga innan du skickar in. Det du skrev är sparat som utkast "
                        + "(version 1).");
        assertThat(service.submission(request.id(), "0125").status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(service.submission(request.id(), "0125").version()).isEqualTo(1);
    }

    /**
     * An explanation belongs to a mismatch: once the figures sum, it is no longer printed, and submitting them drops it,
     * so a stale explanation never reaches the compiled answers.
     */
    @Test
    void anExplanationIsKeptOnlyWhileThereIsAMismatch() {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        StatisticsTable template = StatisticsTable.causeCodes();
        Request request = requestService.createRequest(cycle.id(), new RequestDraft("Förklaring", null, List.of("Vad vet vi?"),
                LocalDate.now().plusDays(7), null, template.rowsText(), template.breakdownsText()));
        StatisticsTable.Cell women = new StatisticsTable.Cell("021", "Kön", "Kvinnor");
        loginAs("ekero");
        Submission draft = service.saveDraft(request.id(), "0125", 0, answers(request, "Svar"), Map.of(
                new StatisticsTable.Cell("021", "Totalt", "Alla"), 7, new StatisticsTable.Cell("021", "Kön", "Män"), 3,
                women, 3), "En person saknar uppgift om kön.");
        assertThat(request.statistics().explanationShown(draft.counts(), draft.mismatchExplanation()))
                .isEqualTo("En person saknar uppgift om kön.");
        // Corrected: the figures sum, the explanation is no longer printed, and submitting drops it
        Submission corrected = service.saveDraft(request.id(), "0125", draft.version(), answers(request, "Svar"),
                Map.of(women, 4), null);
        assertThat(request.statistics().mismatches(corrected.counts())).isEmpty();
        assertThat(request.statistics().explanationShown(corrected.counts(), corrected.mismatchExplanation())).isNull();
        Submission submitted = service.submit(request.id(), "0125", corrected.version(), answers(request, "Svar"));
        assertThat(submitted.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(submitted.mismatchExplanation()).isNull();
        loginAs("fou");
        CompiledAnswers compiled = requestService.compiled(request.id());
        Submission ekero = compiled.submissions().stream().filter(s -> s.municipalityName().equals("Ekerö")).findFirst()
                .orElseThrow();
        assertThat(compiled.explanation(ekero)).isNull();
        assertThat(compiled.notSumming()).isEmpty();
    }

    @Test
    void lateAndSubmittedLateFollowEachMunicipalitysDeadline() {
        Cycle cycle = testData.newCycle();
        Request request = request(cycle, LocalDate.now().minusDays(1));
        requestService.extendDeadline(request.id(), "0123", LocalDate.now().plusDays(3));
        Map<String, Submission.Status> matrix = requestService.matrix(request.id()).stream()
                .collect(Collectors.toMap(Submission::municipalityName, Submission::status));
        assertThat(matrix).containsEntry("Ekerö", Submission.Status.LATE).containsEntry("Järfälla", Submission.Status.NOT_STARTED);

        loginAs("ekero");
        assertThat(service.submit(request.id(), "0125", 0, answers(request, "Sent men ändå")).status())
                .isEqualTo(Submission.Status.SUBMITTED_LATE);
        assertThatThrownBy(() -> service.submit(request.id(), "0125", 0, answers(request, "")))
                .isInstanceOf(ValidationException.class);
    }
}
