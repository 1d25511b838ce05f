package vn.minhbach.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.evidence.Shown;
import vn.minhbach.history.AuditDiff;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.TerminalSummary;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.EvidenceIndex.Kind;
import vn.minhbach.store.EvidenceIndex;

/**
 * {@code minhbach history -c FILE [--limit N] [--show ID] [--diff ID ID] [--evidence ID] [--page ID URL
 * [--rendered]]}: the stored audits of a config, one audit in full, what changed between two, the pages kept as
 * evidence of an audit, or one such page as the site showed it that night (as sent, or as a browser rendered
 * it), the JSON an API address answered, or the document (PDF, DOC...) a verdict rested on, its bytes unchanged.
 */
@Command(name = "history", description = "List past audits of a config, show one, compare two, or read their evidence.")
final class HistoryCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "the YAML config")
    private Path config;

    @Option(names = "--limit", defaultValue = "30", paramLabel = "N", description = "audits listed (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--show", paramLabel = "ID", description = "show one audit item by item")
    private String show;

    @Option(names = "--diff", arity = "2", paramLabel = "ID", description = "compare two audits: --diff OLD NEW")
    private List<String> diff;

    @Option(names = "--evidence", paramLabel = "ID", description = "list the pages kept as evidence of an audit")
    private String evidence;

    @Option(names = "--page", arity = "2", paramLabel = "ID_OR_URL",
            description = "print a page as the audit saw it: --page ID URL (body on stdout, record on stderr);"
                    + " for an API address, the JSON it answered; for a document, its file's bytes unchanged"
                    + " (redirect stdout to a file)")
    private List<String> page;

    @Option(names = "--rendered", description = "with --page: print the page as the browser rendered it, not as sent")
    private boolean rendered;

    @Mixin
    private LangOption lang;

    @Spec
    private CommandSpec spec;

    /** Where a document's bytes go: standard output, which the text writer of picocli cannot carry unchanged. */
    private final OutputStream files;

    HistoryCommand() {
        this(System.out);
    }

    HistoryCommand(OutputStream files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        if (rendered && page == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rendered goes with --page ID URL");
        }
        AuditConfig loaded = lang.apply(Configs.load(config));
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = Messages.of(loaded.report().lang());
        try (AuditStore store = AuditStore.open(loaded.store())) {
            if (show != null) {
                out.println(messages.get("tools.history.audit", show, load(store, show).asOf().toString()));
                out.print(TerminalSummary.render(messages, load(store, show), null, false));
            } else if (evidence != null) {
                load(store, evidence);
                printEvidence(out, store.evidence().captures(evidence), messages);
            } else if (page != null) {
                printPage(out, loaded, store);
            } else if (diff != null) {
                printDiff(out, AuditDiff.between(diff.get(0), load(store, diff.get(0)), diff.get(1),
                        load(store, diff.get(1))), messages);
            } else {
                printList(out, store.list(ConfigKeys.of(loaded), limit), messages);
            }
        }
        out.flush();
        return 0;
    }

    private AuditRun load(AuditStore store, String id) {
        return store.load(id).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "no stored audit with id '" + id + "'"));
    }

    private void printPage(PrintWriter out, AuditConfig loaded, AuditStore store) throws IOException {
        String id = page.get(0);
        URI url;
        try {
            url = URI.create(page.get(1));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a URL: '" + page.get(1) + "'");
        }
        load(store, id);
        List<Shown> kept = new EvidenceArchive(Path.of(loaded.store().evidenceDir()), store.evidence())
                .shownAll(id, url);
        Shown fetched = first(kept, Kind.PAGE);
        Shown shown = first(kept, Kind.RENDERED);
        List<Shown> answers = kept.stream().filter(s -> s.kind() == Kind.API).toList();
        if (kept.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "audit " + id + " kept no evidence of " + url);
        }
        if (rendered && shown == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "audit " + id + " kept no rendering of " + url + "; drop --rendered");
        }
        PrintWriter err = spec.commandLine().getErr();
        Shown document = first(kept, Kind.DOCUMENT);
        if (document != null && !rendered) {
            printDocument(err, id, document);
        } else if (rendered) {
            err.printf("%s in audit %s: as the browser rendered it at %s, %s%n", url, id,
                    shown.response().finalUrl(), shown.capturedAt());
            record(err, shown);
            out.print(shown.text());
        } else if (fetched != null) {
            err.printf("%s in audit %s: HTTP %d, seen %s, payload first archived %s%n", url, id,
                    fetched.response().status(), fetched.capturedAt(), fetched.response().fetchedAt());
            record(err, fetched);
            if (shown != null) {
                err.printf("the browser rendered it too (at %s): add --rendered to print that%n",
                        shown.response().finalUrl());
            }
            out.print(fetched.text());
        } else {
            // The pages of a list POSTed to one address are answers of one URL: printed in the order they came,
            // each ending a line, standard error saying which request each answered.
            for (int i = 0; i < answers.size(); i++) {
                Shown answer = answers.get(i);
                err.printf("%s in audit %s: JSON answer %d of %d to %s, received %s%n", url, id, i + 1,
                        answers.size(), answer.request(), answer.capturedAt());
                record(err, answer);
                out.print(answer.text());
                out.println();
            }
        }
        if (fetched != null && !answers.isEmpty()) {
            err.printf("%d JSON answers from this address kept too%n", answers.size());
        }
        err.flush();
    }

    /** The file as the server sent it, on standard output byte for byte; what it is on standard error. */
    private void printDocument(PrintWriter err, String id, Shown document) throws IOException {
        byte[] file = document.response().body();
        String type = document.response().contentType();
        err.printf("%s in audit %s: document, %s, %d bytes, HTTP %d, fetched %s%n", document.url(), id,
                type == null ? "no Content-Type" : type, file.length, document.response().status(),
                document.capturedAt());
        record(err, document);
        err.flush();
        files.write(file);
        files.flush();
    }

    private static void record(PrintWriter err, Shown shown) {
        err.printf("sha256 %s in %s at offset %d%n", shown.digest(), shown.warcFile(), shown.offset());
    }

    private static Shown first(List<Shown> kept, Kind kind) {
        return kept.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    private static void printEvidence(PrintWriter out, List<EvidenceIndex.Capture> captures, Messages messages) {
        if (captures.isEmpty()) {
            out.println(messages.get("tools.history.no-evidence"));
        }
        for (EvidenceIndex.Capture capture : captures) {
            out.printf("%s  %s  %s@%d  %-8s %s%n", capture.capturedAt(), capture.payload().digest().substring(0, 12),
                    capture.payload().warcFile(), capture.payload().offset(), capture.kind().column(), capture.url());
        }
    }

    private static void printList(PrintWriter out, List<AuditRecord> records, Messages messages) {
        if (records.isEmpty()) {
            out.println(messages.get("tools.history.none"));
            return;
        }
        out.printf("%-8s %-10s %6s", "id", "asOf", "score");
        for (Verdict v : Verdict.values()) {
            out.printf(" %s", v.name());
        }
        out.println();
        for (AuditRecord r : records) {
            out.printf("%-8s %-10s %6.1f", r.id(), r.asOf(), r.score());
            for (Verdict v : Verdict.values()) {
                out.printf(" %" + v.name().length() + "d", r.count(v));
            }
            out.println();
        }
    }

    private static void printDiff(PrintWriter out, AuditDiff diff, Messages messages) {
        out.println(messages.get("tools.history.diff", diff.from().auditId(), diff.from().asOf().toString(),
                String.format("%.1f", diff.from().summary().score()), diff.to().auditId(),
                diff.to().asOf().toString(), String.format("%.1f", diff.to().summary().score())));
        if (diff.items().isEmpty()) {
            out.println(messages.get("tools.history.no-change"));
        }
        for (AuditDiff.ItemChange change : diff.items()) {
            out.printf("%-8s %-28s %s -> %s  %s%n", change.kind(), change.id(), name(change.before()),
                    name(change.after()), messages.format(change.reason()));
        }
    }

    private static String name(Verdict verdict) {
        return verdict == null ? "-" : verdict.name();
    }
}
