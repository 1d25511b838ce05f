package vn.minhbach.store;

/** The history store could not be opened, read or written; the message says which audit or URL. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
