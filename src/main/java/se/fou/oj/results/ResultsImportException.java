package se.fou.oj.results;

import java.util.List;
import se.fou.oj.base.ValidationException;

/** An import file with problems: nothing was imported. Each message names its line and column. */
public class ResultsImportException extends ValidationException {

    public ResultsImportException(List<String> problems) {
        super(problems);
    }
}
