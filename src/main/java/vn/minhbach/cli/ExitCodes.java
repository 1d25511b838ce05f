package vn.minhbach.cli;

/** Exit codes of {@code audit} and {@code demo} (product.md). */
public final class ExitCodes {
    /** Every enabled item passed. */
    public static final int ALL_PASS = 0;
    /** At least one item is not PASS. */
    public static final int NOT_ALL_PASS = 1;
    /** Usage or config error. */
    public static final int USAGE = 2;
    /** The audit could not run: no configured site answered. */
    public static final int CANNOT_RUN = 3;

    private ExitCodes() {
    }
}
