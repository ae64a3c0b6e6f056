//! The live radar chart, drawn with egui's painter from the same [`ChartData`] and
//! [`Geometry`] as the plotters export, so the window and the exported file agree.

use eframe::egui::{self, Color32, Pos2, Sense, Shape, Stroke, WidgetInfo};

use crate::output::chart::{ChartData, Dash, Geometry, Marker, SeriesStyle, marker_corners, wrap};
use crate::ui::theme;

/// Room left around the circle for the axis names, in points: up to three lines above and
/// below; the sides get the extra width of the box.
const LABEL_MARGIN: f32 = 62.0;

/// Draws a radar `width` points wide (height follows, leaving room for the axis names at the
/// sides); hovering a vertex shows its value. `describe` formats a value for the read-out and
/// for screen readers.
pub fn ui(
    ui: &mut egui::Ui,
    data: &ChartData,
    width: f32,
    describe: &dyn Fn(f64) -> String,
) -> egui::Response {
    let p = theme::of(ui);
    // Names beside the circle need about 160 points each side.
    let height = (width - 200.0).clamp(200.0, 560.0);
    let side = height;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    response.widget_info(|| {
        let mut parts = Vec::new();
        for series in &data.series {
            let values: Vec<String> = data
                .axes
                .iter()
                .zip(&series.values)
                .map(|(axis, v)| format!("{axis} {}", v.map_or("—".to_owned(), describe)))
                .collect();
            parts.push(format!("{}: {}", series.label, values.join(", ")));
        }
        WidgetInfo::labeled(egui::Role::Image, true, parts.join("; "))
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter_at(rect);
    let g = Geometry::fit(
        data.axes.len(),
        data.min,
        data.max,
        (
            f64::from(rect.left()),
            f64::from(rect.top()),
            f64::from(rect.width()),
            f64::from(rect.height()),
        ),
        f64::from(LABEL_MARGIN),
    );
    let pos = |(x, y): (f64, f64)| Pos2::new(x as f32, y as f32);
    let font = egui::FontId::proportional(14.0);
    let small = egui::FontId::proportional(11.5);

    for (value, _) in &data.rings {
        let ring: Vec<Pos2> = g.ring(*value).into_iter().map(pos).collect();
        painter.add(Shape::closed_line(ring, Stroke::new(1.0, p.chart_grid)));
    }
    for (i, name) in data.axes.iter().enumerate() {
        painter.line_segment(
            [pos(g.center), pos(g.at(i, g.radius))],
            Stroke::new(1.0, p.chart_grid),
        );
        let ((x, y), (h, v)) = g.label_anchor(i, 8.0);
        let lines = wrap(name, 18).join("\n");
        let align = egui::Align2([
            match h {
                -1 => egui::Align::Max,
                0 => egui::Align::Center,
                _ => egui::Align::Min,
            },
            match v {
                -1 => egui::Align::Max,
                0 => egui::Align::Center,
                _ => egui::Align::Min,
            },
        ]);
        painter.text(pos((x, y)), align, lines, font.clone(), p.chart_ink);
    }

    let count = data.series.len();
    for series in &data.series {
        let look = theme::series(ui, series.style);
        let thickness = if theme::projector(ui) { 1.8 } else { 1.0 };
        draw_polygon(&painter, &g, &series.values, look, count, side, thickness);
    }
    // Each ring's level between the first two axes (clear of the first axis's label), on a
    // light ground so the polygons never hide it.
    for (value, label) in &data.rings {
        let (x, y) = g.ring_label_point(*value);
        let galley = painter.layout_no_wrap(label.clone(), small.clone(), p.weak_text);
        let at = Pos2::new(x as f32 + 4.0, y as f32 - galley.size().y / 2.0);
        let ground = egui::Rect::from_min_size(at, galley.size()).expand(2.0);
        painter.rect_filled(ground, 2.0, ui.visuals().panel_fill.gamma_multiply(0.85));
        painter.galley(at, galley, p.weak_text);
    }

    // Hover read-out: the nearest vertex of any series.
    if let Some(pointer) = response.hover_pos() {
        let at = (f64::from(pointer.x), f64::from(pointer.y));
        let hit = data
            .series
            .iter()
            .enumerate()
            .find_map(|(s, series)| g.nearest_vertex(&series.values, at, 14.0).map(|i| (s, i)));
        if let Some((s, i)) = hit
            && let Some(value) = data.series[s].values[i]
        {
            let point = pos(g.point(i, value));
            painter.circle_stroke(point, 7.0, Stroke::new(2.0, p.accent));
            let mut text = format!("{}: {}", data.axes[i], describe(value));
            if count > 1 {
                text = format!("{}\n{text}", data.series[s].label);
            }
            let galley = painter.layout_no_wrap(text, font.clone(), p.chart_ink);
            let size = galley.size() + egui::vec2(12.0, 8.0);
            let mut top_left = point + egui::vec2(10.0, -size.y - 6.0);
            top_left.x = top_left.x.min(rect.right() - size.x);
            top_left.y = top_left.y.max(rect.top());
            let bubble = egui::Rect::from_min_size(top_left, size);
            painter.rect(
                bubble,
                4.0,
                ui.visuals().extreme_bg_color,
                Stroke::new(1.0, p.accent),
                egui::StrokeKind::Inside,
            );
            painter.galley(top_left + egui::vec2(6.0, 4.0), galley, p.chart_ink);
        }
    }
    response
}

fn draw_polygon(
    painter: &egui::Painter,
    g: &Geometry,
    values: &[Option<f64>],
    (colour, style): (Color32, SeriesStyle),
    count: usize,
    side: f32,
    // Thicker lines in projector mode, for a whole room.
    thickness: f32,
) {
    let points: Vec<Option<Pos2>> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.map(|v| {
                let (x, y) = g.point(i, v);
                Pos2::new(x as f32, y as f32)
            })
        })
        .collect();
    if let Some(all) = points.iter().copied().collect::<Option<Vec<_>>>() {
        let alpha = if count <= 2 { 0.16 } else { 0.05 };
        let fill = colour.gamma_multiply(alpha);
        // The polygon may be concave, but it is star-shaped around the centre: a triangle fan
        // from there fills it exactly, in one mesh so no seams show between triangles.
        let mut mesh = egui::Mesh::default();
        mesh.colored_vertex(Pos2::new(g.center.0 as f32, g.center.1 as f32), fill);
        for p in &all {
            mesh.colored_vertex(*p, fill);
        }
        let n = all.len() as u32;
        for k in 0..n {
            mesh.add_triangle(0, 1 + k, 1 + (k + 1) % n);
        }
        painter.add(Shape::mesh(mesh));
    }
    let width = (side / 250.0).clamp(2.0, 3.0) * thickness;
    let unit = side / 100.0;
    let n = points.len();
    let stroke = Stroke::new(width, colour);
    for i in 0..n {
        let (Some(a), Some(b)) = (points[i], points[(i + 1) % n]) else {
            continue;
        };
        line(painter, a, b, stroke, style.dash, unit);
    }
    for point in points.iter().flatten() {
        marker(painter, style.marker, *point, width + 1.5, colour);
    }
}

/// A straight line in a series' dash; dash lengths scale with `unit`, as in the export.
pub fn line(painter: &egui::Painter, a: Pos2, b: Pos2, stroke: Stroke, dash: Dash, unit: f32) {
    match dash {
        Dash::Solid => {
            painter.line_segment([a, b], stroke);
        }
        Dash::Dashed => {
            painter.extend(Shape::dashed_line(&[a, b], stroke, 2.0 * unit, 1.2 * unit));
        }
        Dash::Dotted => {
            painter.extend(Shape::dashed_line(&[a, b], stroke, 0.6 * unit, 0.9 * unit));
        }
    }
}

/// A series' marker of radius `r` on one value, the same shapes as the export.
pub fn marker(painter: &egui::Painter, shape: Marker, at: Pos2, r: f32, colour: Color32) {
    let corners = marker_corners(shape, (f64::from(at.x), f64::from(at.y)), f64::from(r));
    if corners.is_empty() {
        painter.circle_filled(at, r, colour);
    } else {
        let corners = corners
            .into_iter()
            .map(|(x, y)| Pos2::new(x as f32, y as f32))
            .collect();
        painter.add(Shape::convex_polygon(corners, colour, Stroke::NONE));
    }
}
