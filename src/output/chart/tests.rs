//! Unit tests of `chart`.

use super::style::MARKERS;
use super::*;
use crate::output::colour;

#[test]
fn geometry_puts_the_first_axis_up_and_goes_clockwise() {
    let g = Geometry::fit(4, 1.0, 4.0, (0.0, 0.0, 200.0, 200.0), 0.0);
    assert_eq!(g.center, (100.0, 100.0));
    let up = g.point(0, 4.0);
    assert!((up.0 - 100.0).abs() < 1e-9 && (up.1 - 0.0).abs() < 1e-9);
    let right = g.point(1, 4.0);
    assert!((right.0 - 200.0).abs() < 1e-9 && (right.1 - 100.0).abs() < 1e-9);
    // The lowest level is the centre; values are clamped to the scale.
    assert_eq!(g.point(2, 1.0), g.center);
    assert_eq!(g.point(2, 9.0), g.point(2, 4.0));
    assert_eq!(
        g.nearest_vertex(&[Some(4.0), None, None, None], (101.0, 2.0), 5.0),
        Some(0)
    );
    assert_eq!(
        g.nearest_vertex(&[Some(4.0), None, None, None], (150.0, 150.0), 5.0),
        None
    );
}

#[test]
fn series_are_told_apart_without_colour_and_stand_out_on_every_background() {
    // White, black and every grey between: the app's panels and any export background.
    for grey in (0..=255).step_by(15) {
        let bg = (grey, grey, grey);
        for i in 0..24 {
            let style = series_style(i, bg);
            let ratio = colour::contrast_ratio(style.colour, bg);
            assert!(
                ratio >= colour::GRAPHIC_CONTRAST,
                "series {i} on {bg:?}: {ratio:.2}:1"
            );
        }
    }
    for i in 0..12 {
        for j in (i + 1)..12 {
            let (a, b) = (
                series_style(i, EXPORT_BACKGROUND),
                series_style(j, EXPORT_BACKGROUND),
            );
            assert!(
                a.dash != b.dash || a.marker != b.marker,
                "series {i} and {j} differ only in colour"
            );
        }
    }
    // Colours on white keep the palette's order and only get darker.
    assert_eq!(series_style(0, EXPORT_BACKGROUND).colour, PALETTE[0]);
    let orange = series_style(4, EXPORT_BACKGROUND).colour;
    assert!(orange.0 <= PALETTE[4].0 && orange.1 <= PALETTE[4].1);
}

#[test]
fn markers_are_centred_on_their_value() {
    for m in MARKERS {
        let corners = marker_corners(m, (10.0, 20.0), 3.0);
        if m == Marker::Circle {
            assert!(corners.is_empty());
            continue;
        }
        let n = corners.len() as f64;
        let cx = corners.iter().map(|c| c.0).sum::<f64>() / n;
        let cy = corners.iter().map(|c| c.1).sum::<f64>() / n;
        assert!((cx - 10.0).abs() < 0.5 && (cy - 20.0).abs() < 0.8, "{m:?}");
    }
}

#[test]
fn wraps_long_names() {
    assert_eq!(
        wrap("Policy, governance and coordination", 18),
        vec!["Policy, governance", "and coordination"]
    );
    assert_eq!(wrap("ICT", 18), vec!["ICT"]);
}

/// Near hues (under 40° apart, as a projector shows them) never share a dash among the first
/// eight series: "orange and gold" were both dashed.
#[test]
fn series_of_near_hues_differ_in_their_line() {
    fn hue((r, g, b): crate::output::colour::Rgb) -> Option<f64> {
        let (r, g, b) = (f64::from(r), f64::from(g), f64::from(b));
        let max = r.max(g).max(b);
        let min = r.min(g).min(b);
        if max - min < 1.0 {
            return None; // grey or black: no hue
        }
        let h = if max == r {
            ((g - b) / (max - min)).rem_euclid(6.0)
        } else if max == g {
            (b - r) / (max - min) + 2.0
        } else {
            (r - g) / (max - min) + 4.0
        };
        Some(h * 60.0)
    }
    let styles: Vec<SeriesStyle> = (0..8).map(|i| series_style(i, EXPORT_BACKGROUND)).collect();
    for i in 0..8 {
        for j in i + 1..8 {
            let (Some(a), Some(b)) = (hue(styles[i].colour), hue(styles[j].colour)) else {
                continue;
            };
            let apart = (a - b).abs().min(360.0 - (a - b).abs());
            assert!(
                apart >= 40.0 || styles[i].dash != styles[j].dash,
                "series {i} and {j} are {apart:.0}° apart and both {:?}",
                styles[i].dash
            );
        }
    }
}

#[test]
fn a_title_wider_than_the_chart_is_wrapped_not_cut() {
    // An assessment's label and the Spanish name of tpd-ict 2.0 ran off both edges.
    let title = "Autoevaluación 24/11/2026 · Fortalecimiento de los sistemas de formación \
                 docente continua con TIC (basado en TPD@Scale)";
    let data = ChartData {
        title: title.to_owned(),
        axes: vec!["A".into(), "B".into(), "C".into()],
        rings: vec![(1.0, "1".into()), (4.0, "4".into())],
        min: 1.0,
        max: 4.0,
        series: vec![Series {
            label: "x".into(),
            values: vec![Some(2.0), Some(3.0), Some(4.0)],
            style: 0,
        }],
    };
    let svg = render_svg(&data, 1200, 900).expect("svg");
    let texts: Vec<&str> = svg
        .split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').and_then(|(_, r)| r.split_once("</text>")))
        .map(|(inner, _)| inner.trim())
        .collect();
    let lines: Vec<&str> = texts.iter().take_while(|t| t.len() > 1).copied().collect();
    assert!(lines.len() >= 2, "on more than one line: {lines:?}");
    assert_eq!(lines.join(" "), title, "every word, in order");
    // And a short title stays on one line.
    let short = ChartData {
        title: "Costa Serena".into(),
        ..data
    };
    let svg = render_svg(&short, 1200, 900).expect("svg");
    assert_eq!(svg.matches("Costa Serena").count(), 1);
}
