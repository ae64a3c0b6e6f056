//! The design tokens: spacing, sizes and colours in one place, so views never hard-code style.

use eframe::egui::{self, Color32, CornerRadius, Stroke, Visuals};

use crate::output::chart::{self, SeriesStyle};
use crate::output::colour::Rgb;
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
/// Corner radius of cards and choices.
pub const RADIUS: u8 = 6;
/// Heading size of a question.
pub const QUESTION_SIZE: f32 = 20.0;

/// The background of the light theme's panels.
pub const LIGHT_PANEL: Rgb = (0xFB, 0xFB, 0xFA);
/// The background of the dark theme's panels (egui's own dark grey, named here).
pub const DARK_PANEL: Rgb = (0x1B, 0x1B, 0x1B);
/// Body text in the light theme.
const LIGHT_TEXT: Rgb = (0x1E, 0x1E, 0x1E);
/// Body text in the dark theme: egui's default grey reads at only 4.3:1 on a card and 3.4:1 on
/// a selected choice, below WCAG AA.
const DARK_TEXT: Rgb = (0xD8, 0xD8, 0xD8);

/// Colours with their meaning; each pair is chosen for at least 4.5:1 contrast on its panel.
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
    if dark {
        Palette {
            accent: Color32::from_rgb(0x7C, 0xC4, 0xFA),
            accent_fill: Color32::from_rgb(0x1C, 0x3D, 0x5A),
            done: Color32::from_rgb(0x5F, 0xD3, 0xA0),
            missing: Color32::from_rgb(0xF2, 0xB7, 0x4B),
            not_applicable: Color32::from_rgb(0xB4, 0xB4, 0xB4),
            error: Color32::from_rgb(0xFF, 0x8A, 0x80),
            weak_text: Color32::from_rgb(0xB8, 0xB8, 0xB8),
            card: Color32::from_rgb(0x2A, 0x2A, 0x2A),
            chart_ink: Color32::from_rgb(0xE6, 0xE6, 0xE6),
            chart_grid: Color32::from_rgb(0x5A, 0x5A, 0x5A),
        }
    } else {
        Palette {
            accent: Color32::from_rgb(0x00, 0x5A, 0x9C),
            accent_fill: Color32::from_rgb(0xDC, 0xEC, 0xF8),
            done: Color32::from_rgb(0x00, 0x6B, 0x4E),
            missing: Color32::from_rgb(0x9A, 0x4D, 0x00),
            not_applicable: Color32::from_rgb(0x5C, 0x5C, 0x5C),
            error: Color32::from_rgb(0xB0, 0x1E, 0x1E),
            weak_text: Color32::from_rgb(0x4F, 0x4F, 0x4F),
            card: Color32::from_rgb(0xF4, 0xF4, 0xF2),
            chart_ink: Color32::from_rgb(0x22, 0x22, 0x22),
            chart_grid: Color32::from_rgb(0xBB, 0xBB, 0xBB),
        }
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
    if dark {
        visuals.panel_fill = color32(DARK_PANEL);
        visuals.override_text_color = Some(color32(DARK_TEXT));
    } else {
        visuals.panel_fill = color32(LIGHT_PANEL);
        visuals.override_text_color = Some(color32(LIGHT_TEXT));
    }
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
