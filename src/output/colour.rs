//! The colours of Pilares, defined once for the window's themes and the printed report, and the
//! colour arithmetic for accessibility: the WCAG 2 contrast ratio, and the least change that
//! makes a colour stand out enough against a background.

/// An sRGB colour, 8 bits per channel.
pub type Rgb = (u8, u8, u8);

/// Colours with their meaning; each text colour reads at 4.5:1 or more on its panel and card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tokens {
    /// The panel (window) or page (report) background.
    pub panel: Rgb,
    /// Body text.
    pub text: Rgb,
    /// Secondary text.
    pub weak_text: Rgb,
    /// Headings, links, the selected choice's outline.
    pub accent: Rgb,
    /// The selected choice's fill.
    pub accent_fill: Rgb,
    /// Answered, a rise.
    pub done: Rgb,
    /// Still to answer, a notice.
    pub missing: Rgb,
    /// Not applicable.
    pub not_applicable: Rgb,
    /// Errors, overdue actions, a fall.
    pub error: Rgb,
    /// Cards and table headers.
    pub card: Rgb,
    /// Rules between table rows.
    pub line: Rgb,
    /// The chart's axes and labels.
    pub chart_ink: Rgb,
    /// The chart's rings.
    pub chart_grid: Rgb,
}

/// The light theme, and the printed report.
pub const LIGHT: Tokens = Tokens {
    panel: (0xFB, 0xFB, 0xFA),
    text: (0x1E, 0x1E, 0x1E),
    weak_text: (0x4F, 0x4F, 0x4F),
    accent: (0x00, 0x5A, 0x9C),
    accent_fill: (0xDC, 0xEC, 0xF8),
    done: (0x00, 0x6B, 0x4E),
    missing: (0x9A, 0x4D, 0x00),
    not_applicable: (0x5C, 0x5C, 0x5C),
    error: (0xB0, 0x1E, 0x1E),
    card: (0xF4, 0xF4, 0xF2),
    line: (0xD0, 0xD0, 0xD0),
    chart_ink: (0x22, 0x22, 0x22),
    chart_grid: (0xBB, 0xBB, 0xBB),
};

/// The dark theme. Its panel is egui's own dark grey; its text is lighter than egui's default,
/// which reads at only 4.3:1 on a card and 3.4:1 on a selected choice, below WCAG AA.
pub const DARK: Tokens = Tokens {
    panel: (0x1B, 0x1B, 0x1B),
    text: (0xD8, 0xD8, 0xD8),
    weak_text: (0xB8, 0xB8, 0xB8),
    accent: (0x7C, 0xC4, 0xFA),
    accent_fill: (0x1C, 0x3D, 0x5A),
    done: (0x5F, 0xD3, 0xA0),
    missing: (0xF2, 0xB7, 0x4B),
    not_applicable: (0xB4, 0xB4, 0xB4),
    error: (0xFF, 0x8A, 0x80),
    card: (0x2A, 0x2A, 0x2A),
    line: (0x5A, 0x5A, 0x5A),
    chart_ink: (0xE6, 0xE6, 0xE6),
    chart_grid: (0x5A, 0x5A, 0x5A),
};

/// A colour as CSS writes it: `#rrggbb`.
pub fn css((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// WCAG 2 level AA for text of normal size (success criterion 1.4.3).
pub const TEXT_CONTRAST: f64 = 4.5;
/// WCAG 2 level AA for graphics that carry meaning: chart lines, markers (criterion 1.4.11).
pub const GRAPHIC_CONTRAST: f64 = 3.0;

/// The relative luminance of an sRGB colour, as WCAG 2 defines it: 0 for black, 1 for white.
pub fn relative_luminance((r, g, b): Rgb) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `colour` moved the least towards black (on a light background) or white (on a dark one)
/// that gives it at least `min` contrast against `background`; unchanged when it already has.
/// `min` above what black or white reach on `background` gives black or white.
pub fn readable_on(colour: Rgb, background: Rgb, min: f64) -> Rgb {
    let towards =
        if contrast_ratio((0, 0, 0), background) >= contrast_ratio((255, 255, 255), background) {
            0.0
        } else {
            255.0
        };
    let mix = |c: u8, t: f64| (f64::from(c) + (towards - f64::from(c)) * t).round() as u8;
    // 1/100 steps: fine enough that the result is within one step of the least change.
    (0..=100)
        .map(|step| {
            let t = f64::from(step) / 100.0;
            (mix(colour.0, t), mix(colour.1, t), mix(colour.2, t))
        })
        .find(|&c| contrast_ratio(c, background) >= min)
        .unwrap_or((towards as u8, towards as u8, towards as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_the_published_reference_values() {
        let white = (255, 255, 255);
        assert!((contrast_ratio((0, 0, 0), white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
        assert!(contrast_ratio((0x76, 0x76, 0x76), white) >= TEXT_CONTRAST);
        assert!(contrast_ratio((0x77, 0x77, 0x77), white) < TEXT_CONTRAST);
        // Symmetric.
        let (a, b) = ((0x00, 0x72, 0xB2), (0x1B, 0x1B, 0x1B));
        assert_eq!(contrast_ratio(a, b), contrast_ratio(b, a));
    }

    #[test]
    fn readable_on_changes_a_colour_only_as_much_as_needed() {
        let white = (255, 255, 255);
        let dark = (0x1B, 0x1B, 0x1B);
        // Already readable: unchanged.
        assert_eq!(readable_on((0, 0, 0), white, TEXT_CONTRAST), (0, 0, 0));
        // Okabe–Ito orange is too light on white: darkened, same hue order (red > green > blue).
        let orange = readable_on((0xE6, 0x9F, 0x00), white, GRAPHIC_CONTRAST);
        assert!(contrast_ratio(orange, white) >= GRAPHIC_CONTRAST);
        assert!(orange.0 < 0xE6 && orange.0 > orange.1 && orange.1 > orange.2);
        // Black on a dark panel is lightened.
        let black = readable_on((0, 0, 0), dark, GRAPHIC_CONTRAST);
        assert!(contrast_ratio(black, dark) >= GRAPHIC_CONTRAST);
        assert!(black.0 > 0x40);
        // An impossible demand gives the extreme, not a panic.
        assert_eq!(
            readable_on((0x80, 0x80, 0x80), (0x80, 0x80, 0x80), 50.0),
            (0, 0, 0)
        );
    }
}
