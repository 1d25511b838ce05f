package vn.minhbach.mail;

/**
 * A message that did not go out, with a message safe to log (it never holds a credential) and whether
 * trying again may help: a server that is down, slow or answers 4xx may recover; a refused login, a
 * missing credential or a 5xx refusal will not.
 */
final class SendFailure extends Exception {
    private final boolean retryable;

    SendFailure(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
