//! The look's configuration: colour schemes, density templates, and the brand colour's contrast
//! check against each scheme (WCAG AA, 4.5:1), and the logo template for institutions without a logo.

use connect_widget::config::{ColorScheme, WidgetConfig};
use connect_widget::model::Institution;

fn parse(pairs: &[(&str, &str)]) -> (WidgetConfig, Vec<String>) {
    let (config, problems) = WidgetConfig::parse(pairs.iter().copied());
    (config, problems.into_iter().map(|p| p.key).collect())
}

#[test]
fn schemes_and_templates_set_the_root_classes() {
    let table = [
        (vec![], "cw-root"),
        (vec![("color_scheme", "dark")], "cw-root cw-dark"),
        (vec![("color_scheme", "auto")], "cw-root cw-auto"),
        (vec![("color_scheme", "light"), ("ux_template", "compact")], "cw-root cw-compact"),
        (vec![("color_scheme", "auto"), ("ux_template", "compact")], "cw-root cw-auto cw-compact"),
        (vec![("ux_template", "default")], "cw-root"),
    ];
    for (pairs, class) in table {
        let (config, problems) = parse(&pairs);
        assert_eq!(config.theme.root_class(), class, "{pairs:?}");
        assert!(problems.is_empty(), "{pairs:?}");
    }
    // Finqware's other templates, and schemes the widget does not have, are reported.
    for (key, value) in [("ux_template", "glass"), ("ux_template", "cards"), ("color_scheme", "system")] {
        let (config, problems) = parse(&[(key, value)]);
        assert_eq!((config.theme.root_class().as_str(), problems), ("cw-root", vec![key.to_owned()]), "{value}");
    }
}

#[test]
fn the_brand_colour_is_used_only_where_it_is_readable() {
    // (colour, as stored, readable in light, readable in dark)
    let table = [
        ("#0b57d0", "#0b57d0", true, false),
        ("#0B57D0", "#0B57D0", true, false),
        ("#767676", "#767676", true, false),  // 4.54:1 on white: the lightest AA grey
        ("#777777", "#777777", false, false), // 4.48:1 on white, 3.9:1 on dark
        ("#000", "#000", true, false),
        ("#fff", "#fff", false, true),
        ("#ffcc00", "#ffcc00", false, true), // yellow: readable on dark only
        ("#c2185b", "#c2185b", true, false),
        ("#8ab4f8", "#8ab4f8", false, true), // the dark scheme's own accent
    ];
    for (given, hex, light, dark) in table {
        let (config, _) = parse(&[("brand_color", given)]);
        let brand = config.theme.brand.clone().expect(given);
        assert_eq!((brand.hex.as_str(), brand.light, brand.dark), (hex, light, dark), "{given}");
        assert_eq!(config.theme.brand_in(false), if light { hex } else { "" }, "{given}");
        assert_eq!(config.theme.brand_in(true), if dark { hex } else { "" }, "{given}");
    }
}

#[test]
fn an_unreadable_or_malformed_brand_colour_is_reported() {
    let brand_problem = |pairs: &[(&str, &str)]| parse(pairs).1 == ["brand_color"];
    // Readable in the scheme shown: no problem.
    assert!(!brand_problem(&[("brand_color", "#0b57d0")]));
    assert!(!brand_problem(&[("brand_color", "#ffcc00"), ("color_scheme", "dark")]));
    // Unreadable in a scheme the widget may show: reported, and that scheme keeps its own colour.
    assert!(brand_problem(&[("brand_color", "#ffcc00")]));
    assert!(brand_problem(&[("brand_color", "#0b57d0"), ("color_scheme", "dark")]));
    assert!(brand_problem(&[("brand_color", "#0b57d0"), ("color_scheme", "auto")]));
    for malformed in ["blue", "#12345", "0b57d0", "#gggggg", "#0b57d0ff", "", "#"] {
        let (config, problems) = parse(&[("brand_color", malformed)]);
        assert_eq!((config.theme.brand, problems), (None, vec!["brand_color".to_owned()]), "{malformed:?}");
    }
    assert_eq!(parse(&[("color_scheme", "auto")]).0.theme.scheme, ColorScheme::Auto);
}

#[test]
fn a_logo_template_gives_institutions_without_a_logo_one() {
    const TEMPLATE: &str = "https://cdn.example/logos/{guid}_100x100.png";
    let (config, problems) = parse(&[("logo_url_template", TEMPLATE)]);
    assert!(problems.is_empty());
    let template = config.theme.logo_template.as_deref();
    let institution = |guid: &str, logo: Option<&str>| Institution {
        guid: guid.into(),
        code: "chase".into(),
        logo_url: logo.map(String::from),
        ..Institution::default()
    };
    let table = [
        (institution("INS-1234", None), Some("https://cdn.example/logos/INS-1234_100x100.png")),
        (institution("INS-1", Some("https://bank.example/logo.svg")), Some("https://bank.example/logo.svg")),
        // A value that would need escaping is not put in an address.
        (institution("INS/../x", None), None),
        (institution("", None), None),
    ];
    for (institution, logo) in table {
        assert_eq!(institution.logo(template).as_deref(), logo, "{}", institution.guid);
        assert_eq!(institution.logo(None), institution.logo_url, "no template: its own logo only");
    }
    let by_code = institution("INS-1", None).logo(Some("https://cdn.example/{code}.svg"));
    assert_eq!(by_code.as_deref(), Some("https://cdn.example/chase.svg"));
    for bad in ["https://cdn.example{guid}.png", "https://cdn.example/logo.png", "{guid}", "javascript:{guid}"] {
        let (config, problems) = parse(&[("logo_url_template", bad)]);
        assert_eq!((config.theme.logo_template, problems), (None, vec!["logo_url_template".to_owned()]), "{bad}");
    }
}
