//! How each series looks: the colour (Okabe–Ito, adjusted for contrast on its background), the
//! dash and the marker, so that series are told apart without colour too.

use crate::output::colour::{self, Rgb};

/// The Okabe–Ito palette, tellable apart with the common colour-vision deficiencies, ordered
/// so that the first five (a typical workshop) are five distinct hues, and colours a projector
/// washes together (vermillion, orange and the yellow darkened to gold; blue and sky blue)
/// never share a dash. [`series_style`] darkens or lightens a colour where it would not stand
/// out enough against the background.
pub const PALETTE: [Rgb; 8] = [
    (0x00, 0x72, 0xB2), // blue, solid
    (0xD5, 0x5E, 0x00), // vermillion, dashed
    (0x00, 0x9E, 0x73), // bluish green, dotted
    (0xCC, 0x79, 0xA7), // reddish purple, solid
    (0x00, 0x00, 0x00), // black, dashed
    (0xF0, 0xE4, 0x42), // yellow, dotted
    (0xE6, 0x9F, 0x00), // orange, solid
    (0x56, 0xB4, 0xE9), // sky blue, dashed
];

/// The background of exported charts.
pub const EXPORT_BACKGROUND: Rgb = (0xFF, 0xFF, 0xFF);

/// How a series' outline is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
}

/// The shape drawn on each of a series' values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

const DASHES: [Dash; 3] = [Dash::Solid, Dash::Dashed, Dash::Dotted];
pub(super) const MARKERS: [Marker; 4] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
];

/// How one series is drawn: its colour, line and marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeriesStyle {
    pub colour: Rgb,
    pub dash: Dash,
    pub marker: Marker,
}

/// The style of the `index`-th series drawn on `background`. Line and marker change with every
/// series, so any two of the first twelve differ in one of them as well as in colour: people
/// who cannot tell the colours apart, or print in grey, still can. The colour is moved just
/// enough to reach WCAG's 3:1 for graphics against `background`.
pub fn series_style(index: usize, background: Rgb) -> SeriesStyle {
    SeriesStyle {
        colour: colour::readable_on(
            PALETTE[index % PALETTE.len()],
            background,
            colour::GRAPHIC_CONTRAST,
        ),
        dash: DASHES[index % DASHES.len()],
        marker: MARKERS[index % MARKERS.len()],
    }
}

/// The corners of a marker of radius `r` centred on `at`, for drawing it as a filled polygon;
/// empty for [`Marker::Circle`]. Sizes are chosen so every shape looks about as heavy.
pub fn marker_corners(marker: Marker, (x, y): (f64, f64), r: f64) -> Vec<(f64, f64)> {
    match marker {
        Marker::Circle => Vec::new(),
        Marker::Square => {
            let h = 0.9 * r;
            vec![
                (x - h, y - h),
                (x + h, y - h),
                (x + h, y + h),
                (x - h, y + h),
            ]
        }
        Marker::Triangle => {
            let s = 1.3 * r;
            vec![
                (x, y - s),
                (x + s * 0.866, y + s * 0.5),
                (x - s * 0.866, y + s * 0.5),
            ]
        }
        Marker::Diamond => {
            let s = 1.25 * r;
            vec![(x, y - s), (x + s, y), (x, y + s), (x - s, y)]
        }
    }
}
