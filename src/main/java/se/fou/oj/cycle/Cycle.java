package se.fou.oj.cycle;

import java.time.LocalDateTime;

/** One year of one area for the region, e.g. "Ekonomiskt bistånd 2018". */
public record Cycle(long id, long areaId, String areaName, int year, Stage stage, LocalDateTime resultsImportedAt,
                    LocalDateTime resultsPublishedAt, int indicatorCount) {

    Cycle withAreaName(String name) {
        return new Cycle(id, areaId, name, year, stage, resultsImportedAt, resultsPublishedAt, indicatorCount);
    }

    public String title() {
        return areaName + " " + year;
    }

    public boolean hasResults() {
        return indicatorCount > 0;
    }

    public boolean resultsPublished() {
        return resultsPublishedAt != null;
    }
}
