//! Radar charts: what to draw ([`ChartData`]), where ([`Geometry`]), and the plotters drawing
//! for SVG and PNG. The app draws the same geometry with egui's painter.

use std::f64::consts::PI;

use plotters::prelude::*;

use crate::analysis::scoring;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;

/// The font every chart is drawn with, embedded so that no system font is needed.
pub static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
#[cfg(not(target_arch = "wasm32"))]
const FONT_NAME: &str = "pilares-sans";
/// In the browser the page's own sans-serif font measures and draws the text.
#[cfg(target_arch = "wasm32")]
const FONT_NAME: &str = "sans-serif";

/// One polygon: an assessment's pillar scores, `None` where a pillar has no score.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// Which [`series_style`] it is drawn in: its position by default; a comparison that hides
    /// some series keeps each one's colour.
    pub style: usize,
}

/// Everything a radar chart shows, independent of how it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub title: String,
    /// Axis names, clockwise from the top.
    pub axes: Vec<String>,
    /// Scale values and their labels: the rings.
    pub rings: Vec<(f64, String)>,
    pub min: f64,
    pub max: f64,
    pub series: Vec<Series>,
}

/// Why a chart cannot be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("nothing to chart: give at least one assessment")]
    Empty,
    #[error(
        "{0:?} answers framework {1:?} but the others answer {2:?}: chart assessments of one framework together"
    )]
    MixedFrameworks(String, String, String),
    #[error("a radar needs at least 3 pillars; these assessments have {0} in scope")]
    TooFewAxes(usize),
    #[error("the chart size {0}×{1} is too small or too large: use 200 to 8000 pixels a side")]
    Size(u32, u32),
    #[error("cannot draw the chart: {0}")]
    Draw(String),
    /// The browser cannot draw text into an image: the page saves the chart as SVG.
    #[error("in the browser the chart is saved as SVG, not PNG")]
    PngInBrowser,
}

impl ChartError {
    /// This error as an interface message, to be said in the user's language.
    pub fn key(&self) -> crate::io::problem::Key {
        use crate::io::problem::Key;
        match self {
            Self::Empty => Key::new("problem-chart-empty", &[]),
            Self::MixedFrameworks(label, id, others) => Key::new(
                "problem-mixed-frameworks",
                &[
                    ("label", label.clone()),
                    ("id", id.clone()),
                    ("others", others.clone()),
                ],
            ),
            Self::TooFewAxes(n) => Key::new("problem-too-few-axes", &[("count", n.to_string())]),
            Self::Size(w, h) => Key::new(
                "problem-chart-size",
                &[("width", w.to_string()), ("height", h.to_string())],
            ),
            Self::Draw(e) => Key::new("problem-chart-draw", &[("error", e.clone())]),
            Self::PngInBrowser => Key::new("problem-chart-png-browser", &[]),
        }
    }
}

impl ChartData {
    /// The chart of assessments of one framework: an axis per pillar in any assessment's scope
    /// (framework order), a polygon per assessment, in the order given.
    pub fn new(items: &[(&Assessment, &Framework)], lang: &str) -> Result<Self, ChartError> {
        let Some((first_a, framework)) = items.first() else {
            return Err(ChartError::Empty);
        };
        if let Some((a, f)) = items.iter().find(|(_, f)| f.id != framework.id) {
            return Err(ChartError::MixedFrameworks(
                a.label.clone(),
                f.id.clone(),
                framework.id.clone(),
            ));
        }
        let pillars: Vec<_> = framework
            .pillars
            .iter()
            .filter(|p| items.iter().any(|(a, _)| a.in_scope(&p.id)))
            .collect();
        if pillars.len() < 3 {
            return Err(ChartError::TooFewAxes(pillars.len()));
        }
        let (min, max) = framework.scale_range();
        let series = items
            .iter()
            .enumerate()
            .map(|(style, (a, f))| {
                let card = scoring::score(f, a);
                Series {
                    style,
                    label: a.label.clone(),
                    values: pillars
                        .iter()
                        .map(|p| card.pillar(&p.id).and_then(|row| row.score))
                        .collect(),
                }
            })
            .collect();
        let title = if items.len() == 1 {
            format!(
                "{} · {}",
                first_a.label,
                framework.tr(&framework.name, lang)
            )
        } else {
            framework.tr(&framework.name, lang).to_owned()
        };
        Ok(Self {
            title,
            axes: pillars
                .iter()
                .map(|p| framework.tr(&p.name, lang).to_owned())
                .collect(),
            rings: framework
                .scale
                .iter()
                .map(|l| (l.value as f64, framework.tr(&l.label, lang).to_owned()))
                .collect(),
            min: min as f64,
            max: max as f64,
            series,
        })
    }
}

/// The style of a plan's target polygon: vermillion, dashed.
pub const TARGET_STYLE: usize = PALETTE.len() + 1;

impl ChartData {
    /// Adds the assessment's targets as a dashed polygon labelled `label` (pillars without a
    /// target leave a gap). Nothing is added when there are no targets.
    pub fn add_targets(&mut self, assessment: &Assessment, framework: &Framework, label: &str) {
        if assessment.targets.is_empty() {
            return;
        }
        let values = framework
            .pillars
            .iter()
            .filter(|p| assessment.in_scope(&p.id))
            .map(|p| assessment.targets.get(&p.id).copied())
            .collect::<Vec<_>>();
        if values.len() == self.axes.len() {
            self.series.push(Series {
                label: label.to_owned(),
                values,
                style: TARGET_STYLE,
            });
        }
    }
}

/// Where things go on a radar of `n` axes drawn in a circle: pixel coordinates, y down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub center: (f64, f64),
    pub radius: f64,
    pub n: usize,
    pub min: f64,
    pub max: f64,
}

impl Geometry {
    /// A radar centred in a `width`×`height` box at (`left`, `top`), leaving `margin` pixels
    /// around the circle for axis labels.
    pub fn fit(
        n: usize,
        min: f64,
        max: f64,
        (left, top, width, height): (f64, f64, f64, f64),
        margin: f64,
    ) -> Self {
        let radius = ((width.min(height) / 2.0) - margin).max(10.0);
        Self {
            center: (left + width / 2.0, top + height / 2.0),
            radius,
            n,
            min,
            max,
        }
    }

    /// The angle of axis `i`: the first points up, the rest follow clockwise.
    pub fn angle(&self, i: usize) -> f64 {
        -PI / 2.0 + 2.0 * PI * i as f64 / self.n.max(1) as f64
    }

    /// Distance from the centre for a value, clamped to the scale.
    pub fn distance(&self, value: f64) -> f64 {
        let span = self.max - self.min;
        if span <= 0.0 {
            return 0.0;
        }
        ((value - self.min) / span).clamp(0.0, 1.0) * self.radius
    }

    /// The point of `value` on axis `i`.
    pub fn point(&self, i: usize, value: f64) -> (f64, f64) {
        self.at(i, self.distance(value))
    }

    /// The point `distance` pixels from the centre along axis `i`.
    pub fn at(&self, i: usize, distance: f64) -> (f64, f64) {
        let a = self.angle(i);
        (
            self.center.0 + distance * a.cos(),
            self.center.1 + distance * a.sin(),
        )
    }

    /// Where a ring's level is named: on the ring, halfway between the first two axes, where
    /// no axis label, vertex or marker is.
    pub fn ring_label_point(&self, value: f64) -> (f64, f64) {
        let half = PI / self.n.max(1) as f64;
        let a = self.angle(0) + half;
        // The ring is a polygon: halfway between two vertices it is nearer the centre.
        let d = self.distance(value) * half.cos();
        (self.center.0 + d * a.cos(), self.center.1 + d * a.sin())
    }

    /// The ring of a scale value: one point per axis.
    pub fn ring(&self, value: f64) -> Vec<(f64, f64)> {
        (0..self.n).map(|i| self.point(i, value)).collect()
    }

    /// Where the label of axis `i` goes, and how it is aligned there: horizontally, -1 means
    /// the text ends at the point, 0 centred, 1 starts there; vertically the same, top to bottom.
    pub fn label_anchor(&self, i: usize, gap: f64) -> ((f64, f64), (i8, i8)) {
        let a = self.angle(i);
        let (x, y) = self.at(i, self.radius + gap);
        let (c, s) = (a.cos(), a.sin());
        let h = if c > 0.25 {
            1
        } else if c < -0.25 {
            -1
        } else {
            0
        };
        let v = if s > 0.5 {
            1
        } else if s < -0.5 {
            -1
        } else {
            0
        };
        ((x, y), (h, v))
    }

    /// The index of the vertex nearest to `pos` among `values` (within `within` pixels), for
    /// hover read-outs.
    pub fn nearest_vertex(
        &self,
        values: &[Option<f64>],
        pos: (f64, f64),
        within: f64,
    ) -> Option<usize> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let (x, y) = self.point(i, (*v)?);
                let d = ((x - pos.0).powi(2) + (y - pos.1).powi(2)).sqrt();
                (d <= within).then_some((i, d))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

/// Splits a label into lines of about `width` characters at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(target_arch = "wasm32")]
fn ensure_font() -> Result<(), ChartError> {
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn ensure_font() -> Result<(), ChartError> {
    use std::sync::OnceLock;
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| {
        plotters::style::register_font(FONT_NAME, FontStyle::Normal, FONT_BYTES).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(ChartError::Draw(
            "the embedded font could not be read".to_owned(),
        ))
    }
}

fn check_size(width: u32, height: u32) -> Result<(), ChartError> {
    if (200..=8000).contains(&width) && (200..=8000).contains(&height) {
        Ok(())
    } else {
        Err(ChartError::Size(width, height))
    }
}

/// The image formats a chart is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    /// The format a file name asks for, by its extension.
    pub fn of_path(path: &std::path::Path) -> Option<Self> {
        if crate::model::catalog::has_extension(path, "png") {
            Some(Self::Png)
        } else if crate::model::catalog::has_extension(path, "svg") {
            Some(Self::Svg)
        } else {
            None
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }
}

/// The chart in a format: the one drawing code behind the command line and the app's exports.
pub fn render(
    data: &ChartData,
    format: ImageFormat,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ChartError> {
    match format {
        ImageFormat::Png => render_png(data, width, height),
        ImageFormat::Svg => render_svg(data, width, height).map(String::into_bytes),
    }
}

/// The chart as an SVG document.
pub fn render_svg(data: &ChartData, width: u32, height: u32) -> Result<String, ChartError> {
    check_size(width, height)?;
    ensure_font()?;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw(&root, data, width, height).map_err(|e| ChartError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ChartError::Draw(e.to_string()))?;
    }
    Ok(svg)
}

/// The chart as a PNG image.
pub fn render_png(data: &ChartData, width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
    check_size(width, height)?;
    // plotters draws text into images with a font of its own, which it has not in the browser
    // (it would panic there).
    if cfg!(target_arch = "wasm32") {
        return Err(ChartError::PngInBrowser);
    }
    ensure_font()?;
    let mut rgb = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        draw(&root, data, width, height).map_err(|e| ChartError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ChartError::Draw(e.to_string()))?;
    }
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(&rgb))
        .map_err(|e| ChartError::Draw(e.to_string()))?;
    Ok(png)
}

mod draw;
mod style;
#[cfg(test)]
mod tests;

use draw::draw;
pub use style::{
    Dash, EXPORT_BACKGROUND, Marker, PALETTE, SeriesStyle, marker_corners, series_style,
};
