package se.fou.oj.results;

import java.util.List;

/** One results table of the report: the indicators of one table within one chapter, in the report's order. */
public record ResultTable(String chapter, String tableName, List<IndicatorRow> rows) {
}
