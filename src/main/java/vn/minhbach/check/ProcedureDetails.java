package vn.minhbach.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.check.Procedures.Procedure;
import vn.minhbach.extract.ProcedureFacts;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Unreached;
import vn.minhbach.model.Verdict;

/**
 * Every listed procedure publishes its processing time, dossier components, fee or charge ("Không" counts)
 * and, when it names a form, a form that downloads (plan 125 II: "Công khai 100% thủ tục hành chính, phí và
 * lệ phí, các mẫu biểu"; NĐ 63/2010 Điều 8). Measured over the detail pages seen: FAIL when the complete share
 * is below {@code target} (100), naming up to five incomplete procedures and what each lacks. When list rows
 * link to detail pages that could not be fetched, the share cannot be trusted: UNKNOWN.
 * Figures: {@code percentComplete}, {@code complete}, {@code listed}.
 *
 * @param info     the item
 * @param topic    the procedure list's names (for "nothing found")
 * @param versions rule versions; parameter {@code target}
 */
public record ProcedureDetails(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {
    static final String TARGET = "target";
    private static final int MAX_NAMED = 5;

    public ProcedureDetails {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<Procedure> procedures = Procedures.of(ctx.site());
        if (procedures.isEmpty()) {
            return ctx.notFound();
        }
        double target = ctx.param(TARGET);
        Text expected = Text.of("check.details.expected", target);
        if (ctx.trace().on()) {
            Procedures.tracePages(ctx.trace(), ctx.site());
        }
        List<Unreached> failed = procedures.stream().filter(p -> p.detail() == null && p.link() != null)
                .map(p -> ctx.site().unreached(p.link())).flatMap(Optional::stream).toList();
        if (!failed.isEmpty()) {
            Unreached first = failed.get(0);
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.details.unreached", failed.size(),
                    first.outcome().url().toString(), SiteView.failure(first.outcome())),
                    expected, Map.of(), failed.stream().limit(5).map(u -> new Evidence(u.outcome().url(),
                            NotFound.anchor(u), null, SiteView.failure(u.outcome())))
                            .toList());
        }
        // by name, so that the procedures named in the reason and shown do not follow crawl order or addresses
        List<Procedure> detailed = procedures.stream().filter(p -> p.detail() != null)
                .sorted(Comparator.comparing(Procedure::name)).toList();
        int undetailed = procedures.size() - detailed.size();
        if (detailed.isEmpty() || (undetailed > 0 && ctx.site().crawl().limitReached())) {
            return ctx.finding(Verdict.UNKNOWN, Text.of(ctx.site().crawl().limitReached() ? "check.details.undetailedLimit"
                    : "check.details.undetailed", procedures.size(), undetailed), expected, Map.of(),
                    procedures.stream().limit(5).map(p -> new Evidence(p.address(), p.name(), null,
                            Text.of("check.evidence.list"))).toList());
        }
        List<Text> incomplete = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        int complete = 0;
        Attachments attachments = ctx.site().attachments();
        for (Procedure procedure : detailed) {
            List<Lack> lacks = lacks(procedure.detail(), attachments);
            String lacking = Traced.vi(lacking(lacks));
            if (ctx.trace().on()) {
                ctx.trace().row(new Trace.Row(procedure.seenOn(), Trace.Kind.PROCEDURE, procedure.name(), null,
                        procedure.page(), Text.of("check.trace.detailPage", procedure.page().toString())));
                ctx.trace().decide(procedure.page(), procedure.name(), lacks.isEmpty(), lacks.isEmpty()
                        ? Text.of("check.trace.detailsComplete") : Text.of("check.trace.lacking", lacking(lacks)));
            }
            if (lacks.isEmpty()) {
                complete++;
            } else {
                incomplete.add(Text.of("check.details.lacking", procedure.name(), lacking(lacks)));
                if (evidence.size() < MAX_NAMED) {
                    evidence.add(new Evidence(procedure.page(), procedure.name(), null,
                            Text.of("check.evidence.lacking", lacking(lacks))));
                }
            }
        }
        int listed = detailed.size();
        double percent = Texts.percent(complete, listed);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("percentComplete", percent);
        figures.put("complete", (double) complete);
        figures.put("listed", (double) listed);
        Verdict verdict = percent >= target ? Verdict.PASS : Verdict.FAIL;
        Text reason = Text.of("check.details.share", complete, listed, percent);
        if (!incomplete.isEmpty()) {
            reason = reason.then(Text.of("check.details.incomplete",
                    Words.join("semicolon", incomplete.stream().limit(MAX_NAMED).toList())));
            if (incomplete.size() > MAX_NAMED) {
                reason = reason.then(Text.of("check.details.more", incomplete.size() - MAX_NAMED));
            }
        }
        if (undetailed > 0) {
            reason = reason.then(Text.of("check.details.listOnly", undetailed));
        }
        if (evidence.isEmpty()) {
            detailed.stream().limit(MAX_NAMED).forEach(p -> evidence.add(new Evidence(p.page(), p.name(), null,
                    Text.of("check.evidence.complete"))));
        }
        return ctx.finding(verdict, Text.of("check.details.sentence", reason), expected, figures, evidence);
    }

    /** What a detail page may lack, in the words of NĐ 63/2010 Điều 8; key {@code check.details.lack.<name>}. */
    enum Lack {
        PROCESSING_TIME("processingTime"), DOSSIER("dossier"), FEE("fee"), FORM_FILE("formFile"),
        FORM_DOWNLOAD("formDownload");

        private final String name;

        Lack(String name) {
            this.name = name;
        }

        Text text() {
            return Text.of("check.details.lack." + name);
        }
    }

    /** The lacks as a reason lists them ("thời hạn giải quyết, phí, lệ phí"). */
    static Text lacking(List<Lack> lacks) {
        return Words.join("comma", lacks.stream().map(Lack::text).toList());
    }

    /** What a detail page lacks, in the words of NĐ 63/2010 Điều 8. */
    static List<Lack> lacks(ProcedureFacts detail, Attachments attachments) {
        List<Lack> lacks = new ArrayList<>();
        if (!detail.processingTime()) {
            lacks.add(Lack.PROCESSING_TIME);
        }
        if (!detail.dossier()) {
            lacks.add(Lack.DOSSIER);
        }
        if (!detail.fee()) {
            lacks.add(Lack.FEE);
        }
        if (detail.namesForm() && detail.forms().stream().noneMatch(attachments::downloads)) {
            lacks.add(detail.forms().isEmpty() ? Lack.FORM_FILE : Lack.FORM_DOWNLOAD);
        }
        return lacks;
    }

    @Override
    public String toString() {
        return info.id() + ": thủ tục có đủ thời hạn, thành phần hồ sơ, phí/lệ phí và mẫu đơn tải được ≥ target%; "
                + versions;
    }
}
