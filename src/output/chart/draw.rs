//! The plotters drawing of a radar for SVG and PNG.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::style::{Dash, EXPORT_BACKGROUND, Marker, marker_corners, series_style};
use super::{ChartData, FONT_NAME, Geometry, wrap};
use crate::output::colour::Rgb;

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

pub(super) fn draw<DB: DrawingBackend>(
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

    // Title: on as many lines as the width needs (an assessment's label and a framework's
    // name in Spanish run past 1,200 pixels on one).
    let title_size = 3.6 * unit;
    let title_style = font(title_size)
        .color(&ink)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let title_lines = fit_lines(&data.title, w - 4.0 * unit, |line| {
        root.estimate_text_size(line, &title_style)
            .map_or(0.0, |(lw, _)| f64::from(lw))
    });
    let line_height = title_size * 1.2;
    for (n, line) in title_lines.iter().enumerate() {
        root.draw(&Text::new(
            line.clone(),
            (
                (w / 2.0) as i32,
                (2.0 * unit + n as f64 * line_height) as i32,
            ),
            title_style.clone(),
        ))?;
    }
    let title_height = line_height * title_lines.len().max(1) as f64 - (line_height - title_size);

    // Legend on the right when there are several series.
    let legend_w = if data.series.len() > 1 {
        (w * 0.26).min(60.0 * unit)
    } else {
        0.0
    };
    let top = title_height + 4.0 * unit;
    let plot = (0.0, top, w - legend_w, h - top);
    // Axis names about 8.5 pt when the chart is printed on the report's first page.
    let label_size = 3.2 * unit;
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
        let lines = wrap(name, 16);
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

    // Each ring's scale level between the first two axes, drawn last on a light ground so no
    // polygon hides it, large enough to read on paper (about 8 pt in the printed report).
    let ring_style = font(2.6 * unit)
        .color(&RGBColor(0x4F, 0x4F, 0x4F))
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (value, label) in &data.rings {
        let (x, y) = g.ring_label_point(*value);
        let (tw, th) = root
            .estimate_text_size(label, &ring_style)
            .unwrap_or((0, 0));
        let (x, y) = (x + 0.8 * unit, y);
        let pad = 0.4 * unit;
        root.draw(&Rectangle::new(
            [
                px((x - pad, y - th as f64 / 2.0 - pad)),
                px((x + tw as f64 + pad, y + th as f64 / 2.0 + pad)),
            ],
            RGBColor(0xFF, 0xFF, 0xFF).mix(0.85).filled(),
        ))?;
        root.draw(&Text::new(label.clone(), px((x, y)), ring_style.clone()))?;
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

/// `text` in lines no wider than `max` as `width` measures them, broken at spaces (a word
/// wider than `max` has a line of its own).
fn fit_lines(text: &str, max: f64, width: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        if let Some(line) = lines.last_mut() {
            let longer = format!("{line} {word}");
            if width(&longer) <= max {
                *line = longer;
                continue;
            }
        }
        lines.push(word.to_owned());
    }
    lines
}
