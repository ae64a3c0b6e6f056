//! Radar charts: what to draw ([`ChartData`]), where ([`Geometry`]), and the plotters drawing
//! for SVG and PNG. The app draws the same geometry with egui's painter.

use std::f64::consts::PI;
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::analysis::scoring;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::output::colour::{self, Rgb};

/// The font every chart is drawn with, embedded so that no system font is needed.
pub static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const FONT_NAME: &str = "pilares-sans";

/// The Okabe–Ito palette, ordered for contrast on white: tellable apart with the common
/// colour-vision deficiencies. [`series_style`] darkens or lightens a colour where it would
/// not stand out enough against the background.
pub const PALETTE: [Rgb; 8] = [
    (0x00, 0x72, 0xB2), // blue
    (0xD5, 0x5E, 0x00), // vermillion
    (0x00, 0x9E, 0x73), // bluish green
    (0xCC, 0x79, 0xA7), // reddish purple
    (0xE6, 0x9F, 0x00), // orange
    (0x56, 0xB4, 0xE9), // sky blue
    (0x00, 0x00, 0x00), // black
    (0xF0, 0xE4, 0x42), // yellow
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
const MARKERS: [Marker; 4] = [
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

fn ensure_font() -> Result<(), ChartError> {
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

fn rgb((r, g, b): Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// A straight line from `a` to `b` in a series' dash; dash lengths scale with `unit`.
fn segment<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    dash: Dash,
    style: ShapeStyle,
    unit: f64,
) -> DrawResult<DB> {
    let (on, off) = match dash {
        Dash::Solid => return root.draw(&PathElement::new(vec![a, b], style)),
        Dash::Dashed => (2.0 * unit, 1.2 * unit),
        Dash::Dotted => (0.6 * unit, 0.9 * unit),
    };
    root.draw(&DashedPathElement::new(
        vec![a, b],
        (on as i32).max(1),
        (off as i32).max(1),
        style,
    ))
}

/// A series' marker on one value.
fn marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    shape: Marker,
    at: (i32, i32),
    r: f64,
    colour: RGBColor,
) -> DrawResult<DB> {
    let corners = marker_corners(shape, (f64::from(at.0), f64::from(at.1)), r);
    if corners.is_empty() {
        return root.draw(&Circle::new(at, r.round() as i32, colour.filled()));
    }
    let corners: Vec<(i32, i32)> = corners
        .iter()
        .map(|&(x, y)| (x.round() as i32, y.round() as i32))
        .collect();
    root.draw(&Polygon::new(corners, colour.filled()))
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    width: u32,
    height: u32,
) -> DrawResult<DB> {
    let (w, h) = (f64::from(width), f64::from(height));
    let unit = w.min(h) / 100.0; // 1% of the short side: sizes scale with the image
    let font = |size: f64| (FONT_NAME, size.max(9.0)).into_font();
    let ink = RGBColor(0x22, 0x22, 0x22);
    let grey = RGBColor(0xBB, 0xBB, 0xBB);
    root.fill(&WHITE)?;

    // Title.
    let title_size = 3.6 * unit;
    root.draw(&Text::new(
        data.title.clone(),
        ((w / 2.0) as i32, (2.0 * unit) as i32),
        font(title_size)
            .color(&ink)
            .pos(Pos::new(HPos::Center, VPos::Top)),
    ))?;

    // Legend on the right when there are several series.
    let legend_w = if data.series.len() > 1 {
        (w * 0.26).min(60.0 * unit)
    } else {
        0.0
    };
    let top = title_size + 4.0 * unit;
    let plot = (0.0, top, w - legend_w, h - top);
    let label_size = 2.6 * unit;
    let g = Geometry::fit(data.axes.len(), data.min, data.max, plot, 16.0 * unit);
    let px = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);

    // Rings.
    for (value, _) in &data.rings {
        let mut ring: Vec<(i32, i32)> = g.ring(*value).into_iter().map(px).collect();
        if let Some(first) = ring.first().copied() {
            ring.push(first);
        }
        root.draw(&PathElement::new(ring, grey.stroke_width(1)))?;
    }

    // Axes and their names.
    for (i, name) in data.axes.iter().enumerate() {
        root.draw(&PathElement::new(
            vec![px(g.center), px(g.at(i, g.radius))],
            grey.stroke_width(1),
        ))?;
        let ((x, y), (hs, vs)) = g.label_anchor(i, 2.0 * unit);
        let lines = wrap(name, 18);
        let line_h = label_size * 1.2;
        let block = line_h * lines.len() as f64;
        let y0 = match vs {
            -1 => y - block,
            0 => y - block / 2.0,
            _ => y,
        };
        let hpos = match hs {
            -1 => HPos::Right,
            0 => HPos::Center,
            _ => HPos::Left,
        };
        for (k, line) in lines.iter().enumerate() {
            root.draw(&Text::new(
                line.clone(),
                px((x, y0 + line_h * k as f64)),
                font(label_size).color(&ink).pos(Pos::new(hpos, VPos::Top)),
            ))?;
        }
    }

    // One polygon per series: a light fill where every axis has a value, the outline between
    // neighbouring axes that both have one, and a marker on each value.
    let stroke = (0.5 * unit).max(2.0) as u32;
    for series in &data.series {
        let style = series_style(series.style, EXPORT_BACKGROUND);
        let colour = rgb(style.colour);
        let points: Vec<Option<(i32, i32)>> = series
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| v.map(|v| px(g.point(i, v))))
            .collect();
        if let Some(all) = points.iter().copied().collect::<Option<Vec<_>>>() {
            // Fills stack up: keep them faint when many polygons overlap.
            let alpha = if data.series.len() <= 2 { 0.14 } else { 0.04 };
            root.draw(&Polygon::new(all, colour.mix(alpha).filled()))?;
        }
        let n = points.len();
        for i in 0..n {
            let (Some(a), Some(b)) = (points[i], points[(i + 1) % n]) else {
                continue;
            };
            segment(root, a, b, style.dash, colour.stroke_width(stroke), unit)?;
        }
        for p in points.iter().flatten() {
            marker(root, style.marker, *p, 0.9 * unit, colour)?;
        }
    }

    // Each ring's scale level beside the first axis, drawn last so no polygon hides it.
    for (value, label) in &data.rings {
        let (x, y) = g.point(0, *value);
        root.draw(&Text::new(
            label.clone(),
            px((x + 1.5 * unit, y - 0.3 * unit)),
            font(2.0 * unit)
                .color(&RGBColor(0x55, 0x55, 0x55))
                .pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
    }

    // Legend.
    if legend_w > 0.0 {
        let x0 = w - legend_w + 2.0 * unit;
        let row_h = 4.0 * unit;
        for (s_index, series) in data.series.iter().enumerate() {
            let style = series_style(series.style, EXPORT_BACKGROUND);
            let colour = rgb(style.colour);
            let y = top + 4.0 * unit + row_h * s_index as f64;
            let a = px((x0, y));
            let b = px((x0 + 6.0 * unit, y));
            segment(root, a, b, style.dash, colour.stroke_width(stroke), unit)?;
            marker(
                root,
                style.marker,
                px((x0 + 3.0 * unit, y)),
                0.9 * unit,
                colour,
            )?;
            root.draw(&Text::new(
                series.label.clone(),
                px((x0 + 8.0 * unit, y)),
                font(label_size)
                    .color(&ink)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
