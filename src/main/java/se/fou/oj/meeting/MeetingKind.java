package se.fou.oj.meeting;

import java.util.List;

/** The five kinds of meeting of the working model, each with the agenda it usually has. */
public enum MeetingKind {
    QUALITY_ASSURANCE(List.of(
            new AgendaItemDraft("Genomgång av årets enkätfrågor", "Sakkunnig FoU", 40),
            new AgendaItemDraft("Tolkning av frågor och begrepp", "Alla", 45),
            new AgendaItemDraft("Överenskomna tolkningar till tolkningsregistret", "FoU", 15),
            new AgendaItemDraft("Övriga frågor", "Alla", 10))),
    RESULT_MEETING(List.of(
            new AgendaItemDraft("Genomgång av sammanställningen", "Sakkunnig FoU", 45),
            new AgendaItemDraft("Identifiera minst tre utvecklingsområden", "Alla", 45),
            new AgendaItemDraft("Frågor till kommunerna", "Uppföljningssamordnare", 20),
            new AgendaItemDraft("Datum för kommunernas skriftliga underlag", "FoU", 10))),
    ANALYSIS_MEETING(List.of(
            new AgendaItemDraft("Genomgång av kommunernas skriftliga underlag", "FoU", 40),
            new AgendaItemDraft("Vad säger forskningen?", "Sakkunnig FoU", 30),
            new AgendaItemDraft("Gemensamt ställningstagande om förbättringsområden", "Alla", 40),
            new AgendaItemDraft("Nästa steg: kort analys till socialchefsgruppen", "FoU", 10))),
    DECISION_MEETING(List.of(
            new AgendaItemDraft("Presentation av den korta analysen", "FoU-chef", 20),
            new AgendaItemDraft("Beslut om förbättringsområden", "Socialchefsgruppen", 20),
            new AgendaItemDraft("Tidsplan och ansvarsfördelning", "Alla", 20))),
    FOLLOW_UP(List.of(
            new AgendaItemDraft("Kommunernas uppföljningsdata", "Kommunerna", 40),
            new AgendaItemDraft("Resultat och erfarenheter", "Alla", 40),
            new AgendaItemDraft("Planen framåt", "FoU", 20)));

    private final List<AgendaItemDraft> standardAgenda;

    MeetingKind(List<AgendaItemDraft> standardAgenda) {
        this.standardAgenda = standardAgenda;
    }

    public List<AgendaItemDraft> standardAgenda() {
        return standardAgenda;
    }

    public String labelKey() {
        return "meeting.kind." + name();
    }
}
