package vn.minhbach.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Finding;

/**
 * One checklist item: what must be published, where, how fresh, and on what legal basis. One record per
 * kind of rule; each evaluates itself against a site and prints its rule back from {@code toString()}.
 * The common cases (switched off, no site, site silent, app shell) are decided before {@link #evaluate}.
 */
public sealed interface Item permits PeriodicPublication, BudgetExecution, LegalDocuments, FreshSection, QaSection,
        ResponseTime, HomeHotline, FocalOfficials, OnlineRate, ProcedureDetails, PagePresence {

    ItemInfo info();

    /** What it looks for, in words: document titles and section names. */
    Topic topic();

    /** The rule versions, oldest first, covering consecutive periods. */
    List<RuleVersion> versions();

    /** The verdict on a site that answered and whose home page could be read. */
    Finding evaluate(ItemContext ctx);

    /** The numeric parameters a config may override for this item. */
    default Set<String> parameterNames() {
        Set<String> names = new TreeSet<>();
        versions().forEach(v -> names.addAll(v.defaults().keySet()));
        return names;
    }

    default String id() {
        return info().id();
    }
}
