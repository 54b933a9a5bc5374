package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.fou.oj.TestData;
import se.fou.oj.base.i18n.BundleMessages;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;
import se.fou.oj.results.RawTable.RawRow;

/**
 * CSV as Excel saves it (RFC 4180): a cell that holds a line break is a quoted field over two lines of the file. It is
 * one cell of one row, and every row is still named by the line it starts on, as the spreadsheet counts it.
 */
class ResultsFileReaderTest {

    private static final List<Municipality> REGION = ResultsFileFixtures.REGION;
    private static final List<ComparisonUnit> UNITS = ResultsFileFixtures.UNITS;
    private static final String HEADER = "area;group;table;code;indicator;Ekerö;Järfälla;Stockholm;Riket\r\n";

    private final Messages messages = BundleMessages.create();

    private static ResultsFileReader.ReadOutcome read(String csv) {
        return ResultsFileReader.read("f.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResultsFileValidator.Outcome validate(String csv) {
        ResultsFileReader.ReadOutcome read = read(csv);
        assertThat(read.problem()).isNull();
        return new ResultsFileValidator(REGION, UNITS, "Ekonomiskt bistånd").validate(read.table());
    }

    @Test
    void quotedCellWithALineBreakAsExcelSavesItImports() {
        String csv = HEADER
                + "Ekonomiskt bistånd;G;T;EB01;\"Socialjour alla dagar\r\nmed radbrytning\";JA;NEJ;57;90\r\n"
                + "Ekonomiskt bistånd;G;T;EB02;Väntetid;JA;JA;57;33\r\n";

        ResultsFileValidator.Outcome outcome = validate(csv);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.indicators()).extracting(ParsedIndicator::code).containsExactly("EB01", "EB02");
        assertThat(outcome.indicators().get(0).text()).isEqualTo("Socialjour alla dagar\r\nmed radbrytning");
        assertThat(outcome.indicators().get(1).answersByMunicipalityId().get(2L).word()).isEqualTo("JA");
    }

    @Test
    void rowsAfterAMultiLineCellKeepTheLineTheyStartOn() {
        String csv = HEADER
                + "Ekonomiskt bistånd;G;T;EB01;\"Två\nrader\";JA;NEJ;57;90\n"
                + "\n"
                + "Ekonomiskt bistånd;G;T;EB02;Text;JA;KANSKE;57;90\n";

        assertThat(read(csv).table().rows()).extracting(RawRow::line).containsExactly(1, 2, 4, 5);
        assertThat(validate(csv).problems()).singleElement().extracting(p -> p.message(messages)).asString()
                .startsWith("Rad 5, kolumn 7: Okänt svar ”KANSKE”.");
    }

    @Test
    void semicolonsQuotesAndSpacesInQuotedCells() {
        RawRow row = read(HEADER + "Ekonomiskt bistånd;G;T;EB01; \"Text; med \"\"citat\"\"\" ;JA;NEJ;57;90\n")
                .table().rows().get(1);
        assertThat(row.cell(4)).isEqualTo("Text; med \"citat\"");
        assertThat(row.cell(5)).isEqualTo("JA");
    }

    @Test
    void byteOrderMarkAndCrLfAreRead() {
        String csv = "\uFEFF" + TestData.ojCsv("Ekonomiskt bistånd").replace("\r\n", "\n").replace("\n", "\r\n");
        assertThat(validate(csv).indicators()).hasSize(35);
    }

    @Test
    void aQuoteThatIsNeverClosedIsNamedWithTheLineItStartsOn() {
        String csv = HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;NEJ;57;90\n"
                + "Ekonomiskt bistånd;G;T;EB02;\"Text utan slut;JA;NEJ;57;90\n"
                + "Ekonomiskt bistånd;G;T;EB03;Text;JA;NEJ;57;90\n";
        assertThat(read(csv).problem().message(messages))
                .isEqualTo("Rad 3: Ett citattecken (\") som inleder en cell på raden avslutas aldrig. "
                        + "Kontrollera att cellens text slutar med ett citattecken.");
    }

    @Test
    void encodingProblemIsNamedWithTheLineOfTheBadByte() {
        byte[] utf8 = (HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;NEJ;57;90\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Ekonomiskt bistånd;G;T;EB02;Text;JA;NEJ;57;90\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, content, 0, utf8.length);
        System.arraycopy(latin1, 0, content, utf8.length, latin1.length);
        assertThat(ResultsFileReader.read("f.csv", content).problem()).extracting(ImportProblem::line).isEqualTo(3);
    }
}
