package se.fou.oj.base.api;

/** A request body over the API's limit for it: answered 413 with a Swedish detail, before anything is parsed. */
public class PayloadTooLargeException extends RuntimeException {

    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("Request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
