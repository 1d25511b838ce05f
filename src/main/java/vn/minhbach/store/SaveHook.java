package vn.minhbach.store;

import java.sql.SQLException;

/**
 * Called by the writer after each table of an audit is written, inside the transaction. Lets a test fail
 * a save half-way and check that nothing of it remains.
 */
@FunctionalInterface
interface SaveHook {
    SaveHook NONE = table -> { };

    void written(String table) throws SQLException;
}
