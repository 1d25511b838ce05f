package vn.minhbach.evidence;

import java.util.function.UnaryOperator;
import vn.minhbach.config.StoreConfig;

/** Page cache, evidence and retention on embedded H2, in a file of its own per test. */
class H2EvidenceTest extends EvidenceContract {
    @Override
    StoreConfig config() {
        return new StoreConfig("jdbc:h2:file:" + folder.resolve("history").toAbsolutePath(), null, null,
                evidenceDir().toString(), 90);
    }

    @Override
    UnaryOperator<String> environment() {
        return name -> null;
    }
}
