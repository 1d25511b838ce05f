package vn.minhbach.cli;

import picocli.CommandLine.Option;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.i18n.Lang;

/** {@code --lang vi|en}, shared by the commands: the language of what they write and print, over {@code report.lang}. */
final class LangOption {
    @Option(names = "--lang", paramLabel = "LANG", converter = Options.Language.class,
            description = "language of what is written and printed: vi or en (default: the config's report.lang, vi)")
    Lang lang;

    /** The config with its reports in the language asked for; the config as it is when none was. */
    AuditConfig apply(AuditConfig config) {
        if (lang == null) {
            return config;
        }
        return new AuditConfig(config.organisation(), config.timezone(), config.sites(), config.crawl(),
                config.checklist(), config.schedule(), config.email(), config.store(), config.dashboard(),
                config.report().withLang(lang));
    }

    /** The language asked for, else {@code fallback}. */
    Lang or(Lang fallback) {
        return lang != null ? lang : fallback;
    }
}
