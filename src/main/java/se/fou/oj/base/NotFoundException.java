package se.fou.oj.base;

/** What was asked for does not exist (or may not be known to exist). The API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
