package vn.minhbach.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The page chrome, list markup and addresses in which the demo serves its one content: the plain demo,
 * or a model of a platform that Vietnamese government portals run. An audit must give every skin the same
 * verdicts, figures and evidence titles; where it does not, an extractor reads the markup of one platform
 * only (the markup variation suite, {@code minhbach demo --skin NAME}).
 */
public enum Skin {
    DEFAULT("default", "the plain demo: lists in tables with <thead> and in <ul>, labelled fields",
            "portal-layout.html", new Markup() { }, PathScheme.IDENTITY),
    SHAREPOINT("sharepoint", "SharePoint 2010/2013: /Pages/*.aspx?ItemID=, ms-* list views, › breadcrumbs",
            "skins/sharepoint.html", new SharePointMarkup(), SkinPaths.SHAREPOINT),
    LIFERAY("liferay", "Liferay 6/7: /web/guest/, asset publisher entries, label-less Q&A blocks",
            "skins/liferay.html", new LiferayMarkup(), SkinPaths.LIFERAY),
    NUKEVIET("nukeviet", "NukeViet: index.php?language=vi&nv=..., div lists, dates in spans and parentheses",
            "skins/nukeviet.html", new NukeVietMarkup(), SkinPaths.NUKEVIET),
    DNN("dnn", "DNN (DotNetNuke): /tabid/NN/ addresses, dnn_ctr module containers, <dl> lists",
            "skins/dnn.html", new DnnMarkup(), SkinPaths.DNN),
    ASPNET("aspnet", "legacy ASP.NET WebForms: GridView tables without <thead>, icon-only downloads",
            "skins/aspnet.html", new AspNetMarkup(), SkinPaths.ASPNET),
    WORDPRESS("wordpress", "WordPress: cards, \"Posted on\" with <time datetime>, /category/ archives",
            "skins/wordpress.html", new WordPressMarkup(), SkinPaths.WORDPRESS),
    DOMINO("domino", "Lotus Domino views as the Sơn La gazette: date alone in the first cell, number in a span",
            "skins/domino.html", new DominoMarkup(), SkinPaths.DOMINO);

    private final String id;
    private final String description;
    private final Template layout;
    private final Markup markup;
    private final PathScheme paths;

    Skin(String id, String description, String layout, Markup markup, PathScheme paths) {
        this.id = id;
        this.description = description;
        this.layout = Template.load(layout);
        this.markup = markup;
        this.paths = paths;
    }

    /** The name {@code demo --skin} takes. */
    public String id() {
        return id;
    }

    /** What the skin models, in one line. */
    public String description() {
        return description;
    }

    /** The skin of that name, if any. */
    public static Optional<Skin> named(String id) {
        return Arrays.stream(values()).filter(skin -> skin.id.equals(id)).findFirst();
    }

    /** Every skin's name, the default first. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Skin::id).toList();
    }

    Template layout() {
        return layout;
    }

    Markup markup() {
        return markup;
    }

    PathScheme paths() {
        return paths;
    }
}
