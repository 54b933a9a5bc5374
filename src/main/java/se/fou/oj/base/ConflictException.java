package se.fou.oj.base;

/** The request clashes with the current state (e.g. data that would be replaced without confirmation): API 409. */
public class ConflictException extends ValidationException {

    public ConflictException(String message) {
        super(message);
    }
}
