package se.fou.oj.results;

import se.fou.oj.base.i18n.Messages;

/**
 * One problem found in an import file, at a line and (when it concerns one cell) a column, both counted from 1 as
 * a spreadsheet shows them. The text comes from the translation bundle.
 */
public record ImportProblem(int line, int column, String key, Object... args) {

    public String message(Messages messages) {
        String text = messages.get(key, args);
        if (line <= 0) {
            return text;
        }
        return column > 0
                ? messages.get("import.position.lineColumn", line, column, text)
                : messages.get("import.position.line", line, text);
    }
}
