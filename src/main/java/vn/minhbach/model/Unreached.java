package vn.minhbach.model;

import java.util.List;

/**
 * A page link that was not fetched successfully, with the anchor texts that pointed to it (at most a
 * few), so a checklist item can tell "not published" from "could not be seen".
 */
public record Unreached(FetchOutcome outcome, List<String> anchorTexts) {
    public Unreached {
        anchorTexts = List.copyOf(anchorTexts);
    }
}
