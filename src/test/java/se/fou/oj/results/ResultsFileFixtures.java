package se.fou.oj.results;

import java.util.List;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/** The demo region's eight municipalities and the two comparison units, for the import file's unit tests. */
final class ResultsFileFixtures {

    static final List<Municipality> REGION = List.of(
            new Municipality(1, "0125", "Ekerö", true), new Municipality(2, "0123", "Järfälla", true),
            new Municipality(3, "0191", "Sigtuna", true), new Municipality(4, "0163", "Sollentuna", true),
            new Municipality(5, "0184", "Solna", true), new Municipality(6, "0183", "Sundbyberg", true),
            new Municipality(7, "0139", "Upplands-Bro", true), new Municipality(8, "0114", "Upplands Väsby", true));
    static final List<ComparisonUnit> UNITS = List.of(new ComparisonUnit(1, "STOCKHOLM", "Stockholm"),
            new ComparisonUnit(2, "RIKET", "Riket"));

    private ResultsFileFixtures() {
    }
}
