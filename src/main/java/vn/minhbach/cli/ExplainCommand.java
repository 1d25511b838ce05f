package vn.minhbach.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.minhbach.audit.Auditor;
import vn.minhbach.check.Checklist;
import vn.minhbach.check.Item;
import vn.minhbach.check.Trace;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.config.SiteConfig;
import vn.minhbach.crawl.Crawler;
import vn.minhbach.explain.ExplainText;
import vn.minhbach.explain.Explainer;
import vn.minhbach.explain.Explanation;
import vn.minhbach.explain.Recorder;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.report.ConsoleProgress;

/**
 * {@code minhbach explain -c FILE ITEM [--as-of D] [--max-pages N] [--json]}: the same crawl and checklist as
 * {@code audit}, without reports or history, then for one item the pages and rows its rule considered, what it
 * kept or set aside and why, where each value is shown on the page, and the overrides that would change the
 * verdict. The few pages the rows came from are fetched once more, politely, to locate the values.
 */
@Command(name = "explain", description = "Show why one item got its verdict: pages, rows, decisions and overrides.")
final class ExplainCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "the YAML config")
    private Path config;

    @Parameters(index = "0", paramLabel = "ITEM", description = "the item id, e.g. budget_estimate")
    private String itemId;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.IsoDate.class,
            description = "the audit date all freshness rules use (default: today in the config's time zone)")
    private LocalDate asOf;

    @Option(names = "--max-pages", paramLabel = "N", description = "crawl at most N pages per site (default: the config's)")
    private Integer maxPages;

    @Mixin
    private LangOption lang;

    @Option(names = "--json", description = "print the explanation as JSON")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Checklist checklist = Checklist.defaults();
        Optional<Item> item = checklist.items().stream().filter(i -> i.id().equals(itemId)).findFirst();
        if (item.isEmpty()) {
            err.println("error: unknown item '" + itemId + "'; items: " + String.join(", ", checklist.ids()));
            err.flush();
            return ExitCodes.USAGE;
        }
        if (maxPages != null && maxPages < 1) {
            err.println("error: --max-pages must be at least 1");
            err.flush();
            return ExitCodes.USAGE;
        }
        AuditConfig loaded = limited(lang.apply(Configs.load(config)));
        Clock clock = Clock.system(loaded.timezone());
        Recorder recorder = new Recorder();
        Map<URI, String> labels = new HashMap<>();
        loaded.sites().values().forEach(site -> labels.put(site.url(), site.role().key()));
        Auditor auditor;
        AuditRun run;
        Messages messages = Messages.of(loaded.report().lang());
        try (ConsoleProgress progress = ConsoleProgress.forTerminal(messages, System.err, labels)) {
            auditor = new Auditor(checklist, clock, progress::progress);
            LocalDate day = asOf != null ? asOf : auditor.today(loaded);
            run = auditor.run(loaded, day, id -> id.equals(itemId) ? recorder : Trace.OFF);
        }
        boolean answered = run.sites().stream().anyMatch(s -> s.pagesFetched() > 0);
        Finding finding = run.items().stream().filter(f -> f.id().equals(itemId)).findFirst().orElseThrow();
        CrawlSettings settings = loaded.site(item.get().info().role()).map(SiteConfig::crawl).orElse(loaded.crawl());
        Explanation explanation;
        try (Crawler crawler = new Crawler(settings, null)) {
            URI home = loaded.site(item.get().info().role()).map(SiteConfig::url).orElse(null);
            explanation = Explainer.explain(item.get(), finding, recorder, loaded.checklist().item(itemId), run.asOf(),
                    home, url -> again(crawler, url), messages.lang());
        }
        out.print(json ? ExplainText.json(explanation) : ExplainText.text(explanation, messages.lang()));
        out.flush();
        if (!answered) {
            // as for audit: the explanation (UNKNOWN, and why) is printed, but nothing could be looked at
            err.println("error: no configured site answered; every item is UNKNOWN");
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        return ExitCodes.ALL_PASS;
    }

    private static Optional<Document> again(Crawler crawler, URI url) {
        try {
            return crawler.page(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The config with every site's page limit lowered to {@code --max-pages}. */
    private AuditConfig limited(AuditConfig c) {
        if (maxPages == null) {
            return c;
        }
        Map<SiteRole, SiteConfig> sites = new EnumMap<>(SiteRole.class);
        c.sites().forEach((role, site) -> sites.put(role, new SiteConfig(role, site.url(), pages(site.crawl()))));
        return new AuditConfig(c.organisation(), c.timezone(), sites, pages(c.crawl()), c.checklist(), c.schedule(),
                c.email(), c.store(), c.dashboard(), c.report());
    }

    private CrawlSettings pages(CrawlSettings s) {
        return new CrawlSettings(Math.min(s.maxPages(), maxPages), s.maxDepth(), s.delayMillis(), s.concurrency(),
                s.timeoutSeconds(), s.maxBodyBytes(), s.userAgent(), s.respectRobots());
    }
}
