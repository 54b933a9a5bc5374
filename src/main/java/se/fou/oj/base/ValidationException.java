package se.fou.oj.base;

import java.util.List;

/**
 * Bad input rejected by a service, with messages already in Swedish. Nothing was saved when this is thrown.
 */
public class ValidationException extends RuntimeException {

    private final List<String> problems;

    public ValidationException(String message) {
        this(List.of(message));
    }

    public ValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
