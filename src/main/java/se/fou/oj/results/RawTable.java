package se.fou.oj.results;

import java.util.List;

/** The cells of an import file before any validation, with the line each row came from. */
record RawTable(List<RawRow> rows) {

    record RawRow(int line, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
