package vn.minhbach.doctor;

import vn.minhbach.model.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import vn.minhbach.render.BrowserInstall;

/**
 * What a {@link BrowserInstall} means for an audit: one check for Chromium, one for chromedriver, one for their
 * major versions, since chromedriver refuses to start a browser of another major version.
 */
final class BrowserChecks {
    static final Text CHROMIUM = Text.plain("Chromium");
    static final Text DRIVER = Text.plain("chromedriver");
    static final Text VERSIONS = Text.plain("Chromium/chromedriver");

    /** What an audit loses without a working browser, with the reason the report then gives. */
    static final Text COST = Text.of("tools.doctor.browser.cost", BrowserInstall.NEEDS_BROWSER);

    private BrowserChecks() {
    }

    static List<Check> of(BrowserInstall install) {
        return List.of(
                program(CHROMIUM, install.chromium(), install.chromiumVersion(),
                        Text.of("tools.doctor.browser.install-chromium")),
                program(DRIVER, install.driver(), install.driverVersion(),
                        Text.of("tools.doctor.browser.install-driver")),
                versions(install));
    }

    /** Missing when there is no such program, a warning when it does not say its version. */
    static Check program(Text name, Path path, String version, Text install) {
        if (path == null) {
            return new Check(name, Check.Status.MISSING, Text.of("tools.doctor.not-on-path"), COST, install);
        }
        if (version == null) {
            return new Check(name, Check.Status.WARNING, Text.of("tools.doctor.no-version", path.toString(),
                    path.toString()), Text.of("tools.doctor.may-not-run", COST),
                    Text.of("tools.doctor.try-version", path.toString()));
        }
        return Check.ok(name, version + " (" + path + ")");
    }

    static Check versions(BrowserInstall install) {
        if (!install.ready()) {
            return Check.skipped(VERSIONS, Text.of("tools.doctor.browser.lacking",
                    install.chromium() == null ? CHROMIUM : DRIVER));
        }
        OptionalInt browser = Versions.major(install.chromiumVersion());
        OptionalInt driver = Versions.major(install.driverVersion());
        if (browser.isEmpty() || driver.isEmpty()) {
            return Check.skipped(VERSIONS, Text.of("tools.doctor.browser.unreadable-versions"));
        }
        if (browser.getAsInt() == driver.getAsInt()) {
            return Check.ok(VERSIONS, Text.of("tools.doctor.browser.same-major", browser.getAsInt()));
        }
        return new Check(VERSIONS, Check.Status.WARNING, Text.of("tools.doctor.browser.other-major",
                browser.getAsInt(), driver.getAsInt()), COST, Text.of("tools.doctor.browser.fix-major"));
    }
}
