package vn.minhbach.doctor;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import vn.minhbach.render.BrowserInstall;

/**
 * What a {@link BrowserInstall} means for an audit: one check for Chromium, one for chromedriver, one for their
 * major versions, since chromedriver refuses to start a browser of another major version.
 */
final class BrowserChecks {
    static final String CHROMIUM = "Chromium";
    static final String DRIVER = "chromedriver";
    static final String VERSIONS = "Chromium/chromedriver";

    /** What an audit loses without a working browser, with the reason the report then gives. */
    static final String COST = "trang chỉ hiển thị bằng JavaScript (ví dụ cổng dịch vụ công VNPT iGate) sẽ là UNKNOWN"
            + " với lý do \"" + BrowserInstall.NEEDS_BROWSER + "\"";

    private BrowserChecks() {
    }

    static List<Check> of(BrowserInstall install) {
        return List.of(
                program(CHROMIUM, install.chromium(), install.chromiumVersion(),
                        "sudo apt-get install chromium chromium-driver, hoặc đặt MINHBACH_CHROMIUM là đường dẫn tới trình duyệt"),
                program(DRIVER, install.driver(), install.driverVersion(),
                        "sudo apt-get install chromium-driver, hoặc đặt MINHBACH_CHROMEDRIVER là đường dẫn tới chromedriver"),
                versions(install));
    }

    /** Missing when there is no such program, a warning when it does not say its version. */
    static Check program(String name, Path path, String version, String install) {
        if (path == null) {
            return new Check(name, Check.Status.MISSING, "không tìm thấy trên PATH", COST, install);
        }
        if (version == null) {
            return new Check(name, Check.Status.WARNING, "có ở " + path + " nhưng không trả lời " + path + " --version",
                    "có thể không chạy được: " + COST, "chạy thử " + path + " --version");
        }
        return Check.ok(name, version + " (" + path + ")");
    }

    static Check versions(BrowserInstall install) {
        if (!install.ready()) {
            return Check.skipped(VERSIONS, "thiếu " + (install.chromium() == null ? CHROMIUM : DRIVER));
        }
        OptionalInt browser = Versions.major(install.chromiumVersion());
        OptionalInt driver = Versions.major(install.driverVersion());
        if (browser.isEmpty() || driver.isEmpty()) {
            return Check.skipped(VERSIONS, "không đọc được số phiên bản để so");
        }
        if (browser.getAsInt() == driver.getAsInt()) {
            return Check.ok(VERSIONS, "cùng phiên bản chính " + browser.getAsInt());
        }
        return new Check(VERSIONS, Check.Status.WARNING, "Chromium " + browser.getAsInt() + ", chromedriver "
                + driver.getAsInt() + ": chromedriver không khởi động trình duyệt khác phiên bản chính", COST,
                "cài chromedriver cùng phiên bản chính với Chromium (gói chromium-driver cùng bản với gói chromium)");
    }
}
