package se.fou.oj.results;

import se.fou.oj.base.ConflictException;

/** The cycle already has results and the caller did not confirm that they are to be replaced. */
public class ResultsAlreadyImportedException extends ConflictException {

    public ResultsAlreadyImportedException(String message) {
        super(message);
    }
}
