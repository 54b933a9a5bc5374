package se.fou.oj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.fou.oj.TestData;
import se.fou.oj.base.i18n.BundleMessages;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.region.ComparisonUnit;
import se.fou.oj.region.Municipality;

/** The import file's checks without a database: every bad input is named with its line and column in Swedish. */
class ResultsFileValidatorTest {

    private static final List<Municipality> REGION = ResultsFileFixtures.REGION;
    private static final List<ComparisonUnit> UNITS = ResultsFileFixtures.UNITS;
    private static final String HEADER = "area;group;table;code;indicator;Ekerö;Järfälla;Stockholm;Riket\n";

    private final Messages messages = BundleMessages.create();

    private ResultsFileValidator.Outcome validate(String filename, byte[] content) {
        ResultsFileReader.ReadOutcome read = ResultsFileReader.read(filename, content);
        if (read.problem() != null) {
            return new ResultsFileValidator.Outcome(List.of(), List.of(read.problem()), List.of());
        }
        return new ResultsFileValidator(REGION, UNITS, "Ekonomiskt bistånd").validate(read.table());
    }

    private List<String> problems(String csv) {
        return validate("f.csv", csv.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .map(p -> p.message(messages)).toList();
    }

    @Test
    void sharedFileIsValid() {
        ResultsFileValidator.Outcome outcome = validate("oj.csv", TestData.ojCsvBytes("Ekonomiskt bistånd"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.indicators()).hasSize(35);
        ParsedIndicator eb15 = outcome.indicators().get(14);
        assertThat(eb15.code()).isEqualTo("EB15");
        assertThat(eb15.answersByMunicipalityId().get(2L).word()).isEqualTo("JA, MED VISSA");
        assertThat(eb15.percentByUnitId()).containsEntry(1L, new BigDecimal("21"));
    }

    @Test
    void sharedFileAsXlsxIsValid() {
        ResultsFileValidator.Outcome outcome = validate("oj.xlsx", TestData.ojXlsx("Ekonomiskt bistånd"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.indicators()).hasSize(35);
    }

    @Test
    void unknownMunicipalityIsNamedWithItsColumn() {
        assertThat(problems("area;group;table;code;indicator;Ekerö;Täby\nEkonomiskt bistånd;G;T;EB01;Text;JA;JA\n"))
                .containsExactly("Rad 1, kolumn 7: Okänd kommun eller jämförelseenhet ”Täby”.");
    }

    @Test
    void unknownAnswerWordIsNamedWithLineAndColumn() {
        assertThat(problems(HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;KANSKE;57;90\n"))
                .singleElement().asString().startsWith("Rad 2, kolumn 7: Okänt svar ”KANSKE”.");
    }

    @Test
    void percentOutOfRange() {
        assertThat(problems(HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;NEJ;120;90\n"))
                .containsExactly("Rad 2, kolumn 8: Procentvärdet 120 ligger utanför 0–100.");
    }

    @Test
    void percentNotANumber() {
        assertThat(problems(HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;NEJ;många;90\n"))
                .containsExactly("Rad 2, kolumn 8: ”många” är inte ett procenttal.");
    }

    @Test
    void duplicateIndicator() {
        assertThat(problems(HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;NEJ;57;90\n"
                + "Ekonomiskt bistånd;G;T;EB01;Annan text;JA;NEJ;57;90\n"))
                .containsExactly("Rad 3, kolumn 4: Indikatorn EB01 finns redan på rad 2.");
    }

    @Test
    void wrongEncodingIsReportedWithItsLine() {
        byte[] latin1 = (HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;NEJ;57;90\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(validate("f.csv", latin1).problems().get(0).message(messages))
                .isEqualTo("Rad 1: Filen är inte UTF-8-kodad. Spara den som ”CSV UTF-8 (kommaavgränsad)” och försök igen.");
    }

    @Test
    void wrongDelimiterIsNamed() {
        assertThat(problems("area,group,table,code,indicator,Ekerö\nEkonomiskt bistånd,G,T,EB01,Text,JA\n"))
                .containsExactly("Rad 1: Fel avgränsare: filen använder komma men ska använda semikolon (;).");
        assertThat(problems("area\tgroup\ttable\tcode\tindicator\tEkerö\n"))
                .containsExactly("Rad 1: Fel avgränsare: filen använder tabb men ska använda semikolon (;).");
    }

    @Test
    void wrongAreaIsRejected() {
        assertThat(problems(HEADER + "Barn och unga;G;T;EB01;Text;JA;NEJ;57;90\n"))
                .containsExactly("Rad 2, kolumn 1: Fel verksamhetsområde ”Barn och unga”: cykeln gäller Ekonomiskt bistånd.");
    }

    @Test
    void everyProblemOfAFileIsListedNotJustTheFirst() {
        List<String> problems = problems(HEADER + "Ekonomiskt bistånd;G;T;EB01;Text;JA;KANSKE;57;90\n"
                + "Ekonomiskt bistånd;G;T;EB02;Text;JA;NEJ;57;101\n");
        assertThat(problems).hasSize(2);
    }

    @Test
    void missingAnswersAndLenientSpellingAreAccepted() {
        ResultsFileValidator.Outcome outcome = validate("f.csv", (HEADER
                + "Ekonomiskt bistånd;G;T;EB01;Text;ja,med vissa;;57 %;90\n").getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.problems()).isEmpty();
        ParsedIndicator indicator = outcome.indicators().get(0);
        assertThat(indicator.answersByMunicipalityId().get(1L).word()).isEqualTo("JA, MED VISSA");
        assertThat(indicator.answersByMunicipalityId().get(2L).isMissing()).isTrue();
    }

    @Test
    void numbersMakeANumberScaleIndicatorButMayNotMixWithWords() {
        ResultsFileValidator.Outcome numbers = validate("f.csv",
                (HEADER + "Ekonomiskt bistånd;G;T;N1;Antal;12,5;3;57;90\n").getBytes(StandardCharsets.UTF_8));
        assertThat(numbers.indicators().get(0).scale()).isEqualTo(AnswerScale.NUMBER);
        assertThat(problems(HEADER + "Ekonomiskt bistånd;G;T;N1;Antal;12;JA;57;90\n"))
                .containsExactly("Rad 2: Indikatorn N1 blandar svarsord och tal.");
    }

    @Test
    void oldExcelFormatAndBrokenWorkbookAreRefused() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        assertThat(validate("gammal.xls", ole).problems().get(0).key()).isEqualTo("import.error.xls");
        assertThat(validate("trasig.xlsx", "PK nonsense".getBytes(StandardCharsets.UTF_8)).problems().get(0).key())
                .isEqualTo("import.error.xlsx");
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertThat(validate("f.csv", new byte[0]).problems().get(0).key()).isEqualTo("import.error.empty");
        assertThat(problems(HEADER)).containsExactly("Rad 1: Filen har en rubrikrad men inga indikatorer.");
    }

    @Test
    void wrongHeaderNamesTheExpectedColumn() {
        assertThat(problems("omr;group;table;code;indicator;Ekerö\n"))
                .containsExactly("Rad 1, kolumn 1: Kolumnen ska heta ”area” men heter ”omr”.");
    }

    @Test
    void anIndicatorTextLongerThanItsColumnIsNamedWithItsCell() {
        assertThat(problems(HEADER + "Ekonomiskt bistånd;Tillgänglighet;Tabell;EB01;" + "x".repeat(1001) + ";JA;NEJ;50;40\n"))
                .containsExactly("Rad 2, kolumn 5: Cellen är 1001 tecken lång; här får högst 1000 tecken plats.");
    }
}
