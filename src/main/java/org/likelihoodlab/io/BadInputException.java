package org.likelihoodlab.io;

/**
 * Input that cannot be used: the message is one line for a person and names the file and line,
 * or the field or option, and what is wrong. It never carries a stack trace to the user.
 */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
