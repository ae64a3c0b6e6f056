//! The design tokens: spacing, sizes and colours in one place, so views never hard-code style.

use eframe::egui::{self, Color32, CornerRadius, Stroke, Visuals};

use crate::output::chart::{self, SeriesStyle};
use crate::output::colour::{self, Rgb};
use crate::state::ThemeChoice;

/// Space between sections.
pub const SECTION_GAP: f32 = 14.0;
/// Space between related items.
pub const ITEM_GAP: f32 = 6.0;
/// Inner margin of a rubric choice.
pub const CHOICE_PADDING: f32 = 10.0;
/// Widest a column of reading text gets, in points: long lines are hard to read.
pub const READING_WIDTH: f32 = 760.0;
/// Width of the pillar side panel.
pub const SIDE_PANEL_WIDTH: f32 = 270.0;

/// The side panel's width in a window `width` points wide: at most a third of a narrow window
/// (a 1024-pixel laptop with text at 150 %), so the question keeps the room.
pub fn side_panel_width(width: f32) -> f32 {
    SIDE_PANEL_WIDTH.min((width * 0.3).max(180.0))
}
/// Corner radius of cards and choices.
pub const RADIUS: u8 = 6;
/// Heading size of a question.
pub const QUESTION_SIZE: f32 = 20.0;

/// How much larger everything is in projector mode.
pub const PROJECTOR_ZOOM: f32 = 1.5;

/// Turns projector mode on or off for the drawing that follows (thick chart lines).
pub fn set_projector(ctx: &egui::Context, on: bool) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique("pilares-projector"), on));
}

/// Whether projector mode is on.
pub fn projector(ui: &egui::Ui) -> bool {
    ui.ctx()
        .data(|d| d.get_temp(egui::Id::unique("pilares-projector")))
        .unwrap_or(false)
}

/// The background of the light theme's panels.
pub const LIGHT_PANEL: Rgb = colour::LIGHT.panel;
/// The background of the dark theme's panels.
pub const DARK_PANEL: Rgb = colour::DARK.panel;

/// Colours with their meaning, as egui draws them: the tokens of [`crate::output::colour`].
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub accent: Color32,
    pub accent_fill: Color32,
    pub done: Color32,
    pub missing: Color32,
    pub not_applicable: Color32,
    pub error: Color32,
    pub weak_text: Color32,
    pub card: Color32,
    pub chart_ink: Color32,
    pub chart_grid: Color32,
}

/// The colours of the current theme.
pub fn palette(dark: bool) -> Palette {
    let t = if dark { colour::DARK } else { colour::LIGHT };
    Palette {
        accent: color32(t.accent),
        accent_fill: color32(t.accent_fill),
        done: color32(t.done),
        missing: color32(t.missing),
        not_applicable: color32(t.not_applicable),
        error: color32(t.error),
        weak_text: color32(t.weak_text),
        card: color32(t.card),
        chart_ink: color32(t.chart_ink),
        chart_grid: color32(t.chart_grid),
    }
}

/// The palette of the visuals `ui` is drawn with.
pub fn of(ui: &egui::Ui) -> Palette {
    palette(ui.visuals().dark_mode)
}

/// An [`Rgb`] as egui's colour.
pub fn color32((r, g, b): Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// The colour and style of the `index`-th chart series on the current panel.
pub fn series(ui: &egui::Ui, index: usize) -> (Color32, SeriesStyle) {
    let [r, g, b, _] = ui.visuals().panel_fill.to_array();
    let style = chart::series_style(index, (r, g, b));
    (color32(style.colour), style)
}

/// The frame of a card: guidance, a weak question, an action, a disagreement.
pub fn card_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(of(ui).card)
        .corner_radius(RADIUS)
        .inner_margin(10.0)
}

/// Installs the app's light and dark styles in the context (once, at start).
pub fn install(ctx: &egui::Context) {
    // egui's own font lacks arrows, dots and some punctuation the interface uses; the chart's
    // embedded DejaVu Sans fills in for them (and keeps the window working offline).
    ctx.add_font(egui::FontInsert::new(
        "dejavu-sans",
        egui::FontData::from_static(crate::output::chart::FONT_BYTES),
        vec![
            egui::InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: egui::FontPriority::Lowest,
            },
            egui::InsertFontFamily {
                family: egui::FontFamily::Monospace,
                priority: egui::FontPriority::Lowest,
            },
        ],
    ));
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.visuals = visuals(theme == egui::Theme::Dark);
            style.spacing.item_spacing = egui::vec2(8.0, ITEM_GAP);
            style.spacing.button_padding = egui::vec2(10.0, 5.0);
        });
    }
}

/// Switches between the light and the dark style.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
}

fn visuals(dark: bool) -> Visuals {
    let mut visuals = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    let p = palette(dark);
    // egui's default weak text is too faint for WCAG AA on some panels; ours is not.
    visuals.weak_text_color = Some(p.weak_text);
    visuals.hyperlink_color = p.accent;
    visuals.selection.bg_fill = p.accent_fill;
    visuals.selection.stroke = Stroke::new(1.5, p.accent);
    visuals.widgets.noninteractive.corner_radius = CornerRadius::same(RADIUS);
    let t = if dark { colour::DARK } else { colour::LIGHT };
    visuals.panel_fill = color32(t.panel);
    visuals.override_text_color = Some(color32(t.text));
    visuals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::colour::{TEXT_CONTRAST, contrast_ratio};

    fn rgb(c: Color32) -> Rgb {
        let [r, g, b, _] = c.to_array();
        (r, g, b)
    }

    /// WCAG 2 AA for text, in both themes: every text colour the app uses, on every surface
    /// text is drawn on. A colour change that makes any pair unreadable fails here.
    #[test]
    fn every_text_colour_passes_wcag_aa_on_every_surface_in_both_themes() {
        let mut failures = Vec::new();
        for dark in [false, true] {
            let v = visuals(dark);
            let p = palette(dark);
            let surfaces = [
                ("panel", v.panel_fill),
                ("window", v.window_fill),
                ("card", p.card),
                ("selected choice", p.accent_fill),
                ("text field", v.extreme_bg_color),
            ];
            let texts = [
                ("body", v.text_color()),
                ("weak", v.weak_text_color()),
                ("accent", p.accent),
                ("done", p.done),
                ("missing", p.missing),
                ("not applicable", p.not_applicable),
                ("error", p.error),
                ("chart ink", p.chart_ink),
            ];
            for (surface, bg) in surfaces {
                for (text, fg) in texts {
                    let ratio = contrast_ratio(rgb(fg), rgb(bg));
                    if ratio < TEXT_CONTRAST {
                        failures.push(format!("dark={dark} {text} on {surface}: {ratio:.2}:1"));
                    }
                }
            }
            // Buttons and other widgets: their label on their own fill, in every state.
            for (state, w) in [
                ("inactive", v.widgets.inactive),
                ("hovered", v.widgets.hovered),
                ("active", v.widgets.active),
            ] {
                let fg = v.override_text_color.unwrap_or(w.fg_stroke.color);
                let ratio = contrast_ratio(rgb(fg), rgb(w.weak_bg_fill));
                if ratio < TEXT_CONTRAST {
                    failures.push(format!("dark={dark} {state} button: {ratio:.2}:1"));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
