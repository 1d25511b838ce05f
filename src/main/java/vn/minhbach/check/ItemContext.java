package vn.minhbach.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.minhbach.config.ItemOverride;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Unreached;
import vn.minhbach.model.Verdict;

/**
 * What one item's evaluation works with: the site, the audit date, the rule version in force, the user's
 * override and the working-day calendar; and the one way to write the item's {@link Finding}.
 */
public final class ItemContext {
    private final ItemInfo info;
    private final Topic topic;
    private final SiteView site;
    private final LocalDate asOf;
    private final RuleVersion rule;
    private final ItemOverride override;
    private final WorkingCalendar calendar;
    private final Trace trace;

    ItemContext(Item item, SiteView site, LocalDate asOf, RuleVersion rule, ItemOverride override,
                WorkingCalendar calendar, Trace trace) {
        this.info = item.info();
        this.topic = item.topic();
        this.site = site;
        this.asOf = asOf;
        this.rule = rule;
        this.override = override;
        this.calendar = calendar;
        this.trace = trace;
    }

    public ItemInfo info() {
        return info;
    }

    public SiteView site() {
        return site;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public RuleVersion rule() {
        return rule;
    }

    public ItemOverride override() {
        return override;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Where the evaluation reports what it considered; {@link Trace#OFF} in an audit. */
    public Trace trace() {
        return trace;
    }

    /** The parameter's value: the user's override, else the default of the rule version in force. */
    public double param(String name) {
        Double value = override.parameters().get(name);
        if (value == null) {
            value = rule.defaults().get(name);
        }
        return Objects.requireNonNull(value, () -> info.id() + " has no parameter " + name);
    }

    /** Days from {@code date} to the audit date. */
    long ageDays(LocalDate date) {
        return ChronoUnit.DAYS.between(date, asOf);
    }

    /** A row as a publication; a row without a link is shown by the page that lists it. */
    Publication publication(PageFacts.Entry entry, PageFacts listedOn) {
        return new Publication(entry.title().text(), entry.link() != null ? entry.link() : listedOn.url(),
                Publications.upTo(entry.date(), asOf));
    }

    Publication publication(PageFacts page) {
        return new Publication(site.name(page), page.url(), Publications.upTo(page.date(), asOf));
    }

    /**
     * The item's finding; the date of its newest evidence becomes {@code latest}. A STALE reason gets a caveat
     * when pages that may hold a newer edition could not be fetched.
     */
    public Finding finding(Verdict status, Text reason, Text expected, Map<String, Double> figures,
                           List<Evidence> evidence) {
        if (status == Verdict.STALE) {
            reason = caveat(reason);
        }
        evidence = named(evidence);
        LocalDate latest = evidence.stream().map(Evidence::date).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Finding(info.id(), info.criterion(), info.role(), info.title(), status, reason, expected, latest,
                rule.ref(), figures, evidence);
    }

    /**
     * Evidence that names a fetched page by its heading or title gets the page's name on the site instead
     * ({@link PageNames}): a banner heading or the site's name in the title is not what the page is. Evidence at
     * the address of a document the audit read carries what was read of it.
     */
    private List<Evidence> named(List<Evidence> evidence) {
        if (site == null) {
            return evidence;
        }
        return evidence.stream().map(e -> e.url() == null ? e : site.page(e.url()).map(p -> named(e, p)).orElse(e))
                .map(e -> e.url() == null ? e : site.document(e.url()).map(d -> e.with(d.evidence())).orElse(e))
                .toList();
    }

    /** The evidence with the page's name on the site, and how the page was read. */
    private Evidence named(Evidence e, PageFacts page) {
        boolean titled = page.displayTitle().equals(e.title()) || page.title().text().equals(e.title());
        return new Evidence(e.url(), titled ? site.name(page) : e.title(), e.date(), e.excerpt(), page.via());
    }

    /** The STALE reason, with the caveat of what could not be fetched when some page may hold a newer edition. */
    private Text caveat(Text reason) {
        if (site == null) {
            return reason;
        }
        List<Unreached> failed = site.unreachedMatching(topic::matches);
        if (!failed.isEmpty()) {
            return Text.of("check.caveat.unreached", reason, failed.get(0).outcome().url().toString(),
                    SiteView.failure(failed.get(0).outcome()));
        }
        if (site.crawl().limitReached()) {
            return Text.of("check.caveat.limit", reason);
        }
        return site.coverageGap().map(gap -> Text.of("check.caveat.gap", reason, gap)).orElse(reason);
    }

    public Finding finding(Verdict status, Text reason, List<Evidence> evidence) {
        return finding(status, reason, null, Map.of(), evidence);
    }

    /**
     * When a section was seen only through links named for it, and one of those (or a configured URL) failed:
     * the UNKNOWN verdict naming the failure.
     */
    Optional<Finding> blocked(SectionScan scan) {
        if (!scan.sectionPages().isEmpty() || !scan.posts().isEmpty()) {
            return Optional.empty();
        }
        Finding notFound = NotFound.judge(this, topic);
        return notFound.status() == Verdict.UNKNOWN ? Optional.of(notFound) : Optional.empty();
    }

    /** A section was seen but offered nothing to judge: UNKNOWN, for the failure that hid it or for the reason given. */
    Finding undecided(SectionScan scan, Text reason, Text expected) {
        return blocked(scan).orElseGet(() -> finding(Verdict.UNKNOWN, reason, expected, Map.of(), scan.places()));
    }

    /** The verdict when nothing was found: UNKNOWN when it may sit behind what could not be fetched, else MISSING. */
    Finding notFound() {
        return NotFound.judge(this, topic);
    }
}
