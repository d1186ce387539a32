//! The widget's look from its configuration: `color_scheme`, the density template
//! (`ux_template`, Finqware's name) and the host's brand colour, kept only where it is readable.

/// The colours the widget is drawn in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    Light,
    Dark,
    /// The user's system setting (`prefers-color-scheme`), followed as it changes.
    Auto,
}

/// A brand colour for the primary actions and links, with the schemes it is readable in.
#[derive(Clone, Debug, PartialEq)]
pub struct Brand {
    /// `#rgb` or `#rrggbb`, as given.
    pub hex: String,
    /// At least 4.5:1 against the light background and with white text on it (WCAG AA).
    pub light: bool,
    /// At least 4.5:1 against the dark background and with the dark scheme's text on it.
    pub dark: bool,
}

/// The look the widget is configured with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    pub scheme: ColorScheme,
    /// `ux_template=compact`: tighter spacing and smaller controls.
    pub compact: bool,
    pub brand: Option<Brand>,
    /// `logo_url_template`: an institution's logo address from its `{guid}` or `{code}`, for
    /// institutions the backend sends without a `logo_url`.
    pub logo_template: Option<String>,
}

/// The contrast WCAG AA asks of normal text.
const AA_CONTRAST: f64 = 4.5;

impl Theme {
    /// Applies one of the theme's keys (`color_scheme`, `ux_template`, `brand_color`,
    /// `logo_url_template`); `Err` says
    /// what the value should have been.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), &'static str> {
        match key {
            "color_scheme" => {
                self.scheme = match value {
                    "light" => ColorScheme::Light,
                    "dark" => ColorScheme::Dark,
                    "auto" => ColorScheme::Auto,
                    _ => return Err("light, dark or auto"),
                }
            }
            "ux_template" => match value {
                "default" | "compact" => self.compact = value == "compact",
                _ => return Err("default or compact"),
            },
            "logo_url_template" => {
                let (address, _) = value.split_once('{').unwrap_or_default();
                let rest = address.strip_prefix("https://").or_else(|| address.strip_prefix("http://"));
                if !rest.is_some_and(|rest| rest.contains('/'))
                    || !(value.contains("{guid}") || value.contains("{code}"))
                {
                    return Err("an http(s) URL with {guid} or {code}, such as https://cdn.example/logos/{guid}.png");
                }
                self.logo_template = Some(value.into());
            }
            _ => self.brand = Some(Brand::parse(value).ok_or("a hex colour such as #0b57d0")?),
        }
        Ok(())
    }

    /// Why the brand colour is not used in a scheme the widget may show, if it is not: the
    /// widget's own colour stands in there.
    pub fn brand_problem(&self) -> Option<&'static str> {
        let brand = self.brand.as_ref()?;
        let readable = match self.scheme {
            ColorScheme::Light => brand.light,
            ColorScheme::Dark => brand.dark,
            ColorScheme::Auto => brand.light && brand.dark,
        };
        (!readable)
            .then_some("a colour with 4.5:1 contrast in each colour scheme shown (WCAG AA); the widget's own is used")
    }

    /// The widget root's classes.
    pub fn root_class(&self) -> String {
        let scheme = match self.scheme {
            ColorScheme::Light => "",
            ColorScheme::Dark => " cw-dark",
            ColorScheme::Auto => " cw-auto",
        };
        format!("cw-root{scheme}{}", if self.compact { " cw-compact" } else { "" })
    }

    /// The value of the root's `--cw-brand-light` or `--cw-brand-dark` (`dark`): the brand colour
    /// when it is readable in that scheme, else empty (none: the widget's own colour).
    pub fn brand_in(&self, dark: bool) -> String {
        let readable = |brand: &&Brand| if dark { brand.dark } else { brand.light };
        self.brand.as_ref().filter(readable).map(|brand| brand.hex.clone()).unwrap_or_default()
    }
}

impl Brand {
    /// `#rgb` or `#rrggbb`, with its contrast checked.
    fn parse(value: &str) -> Option<Self> {
        let digits = value.strip_prefix('#')?.chars().map(|c| c.to_digit(16)).collect::<Option<Vec<u32>>>()?;
        // Each channel from its digit pair (#rrggbb), or its digit doubled (#rgb).
        let wide = match digits.len() {
            3 => false,
            6 => true,
            _ => return None,
        };
        let channel = |i: usize| if wide { digits[2 * i] * 16 + digits[2 * i + 1] } else { digits[i] * 17 };
        let luminance = luminance_of((channel(0) << 16) | (channel(1) << 8) | channel(2));
        // The dark scheme's background and its text on the accent (widget.css).
        let dark_surface = luminance_of(0x16191d).max(luminance_of(0x0b1a33));
        Some(Self {
            light: contrast(luminance, 1.0) >= AA_CONTRAST,
            dark: contrast(luminance, dark_surface) >= AA_CONTRAST,
            hex: value.into(),
        })
    }
}

/// WCAG's contrast ratio of two relative luminances.
fn contrast(a: f64, b: f64) -> f64 {
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The relative luminance of `0xrrggbb`.
fn luminance_of(rgb: u32) -> f64 {
    luminance([(rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8])
}

/// WCAG's relative luminance of an sRGB colour.
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            power((c + 0.055) / 1.055, 2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// `base` to the `exponent`: the browser's `Math.pow` in the widget (no libm in the bundle).
fn power(base: f64, exponent: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Math::pow(base, exponent);
    #[cfg(not(target_arch = "wasm32"))]
    base.powf(exponent)
}
