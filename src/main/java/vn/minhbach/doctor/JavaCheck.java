package vn.minhbach.doctor;

import vn.minhbach.model.Text;

/** The Java runtime minhbach runs on: its version and vendor; 17 or later is what the code is built for. */
final class JavaCheck {
    static final Text NAME = Text.plain("Java");
    static final int REQUIRED = 17;

    private JavaCheck() {
    }

    static Check probe() {
        return of(Runtime.version(), System.getProperty("java.vendor", "?"), System.getProperty("java.home", "?"));
    }

    static Check of(Runtime.Version version, String vendor, String home) {
        String found = version + " (" + vendor + ", " + home + ")";
        if (version.feature() < REQUIRED) {
            return new Check(NAME, Check.Status.FAILED, Text.plain(found), Text.of("tools.doctor.java.cost", REQUIRED),
                    Text.plain("sudo apt-get install openjdk-" + REQUIRED + "-jre-headless"));
        }
        return Check.ok(NAME, found);
    }
}
