//! Comparing assessments: workshop groups or a baseline and its follow-up on one radar, the
//! pillar scores side by side with the group's mean and range, the change from the first to the
//! last, and the questions on which they disagree most, with the pillar's discussion prompts.

use eframe::egui::{self, RichText, Sense, Stroke};

use crate::analysis::compare::Comparison;
use crate::i18n::Messages;
use crate::output::chart::ChartData;
use crate::state::{Action, ChartFormat, CompareSet, ExportKind};
use crate::ui::theme;
use crate::ui::widgets::radar;

/// How many questions of widest disagreement are shown.
const DISAGREEMENTS: usize = 8;

/// The side panel: every assessment with its colour and line style (the legend), to show or
/// hide.
pub fn list_ui(ui: &mut egui::Ui, msgs: &Messages, set: &CompareSet, actions: &mut Vec<Action>) {
    let p = theme::of(ui);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        ui.label(
            RichText::new(msgs.format("compare-count", &[("count", set.items().len().into())]))
                .strong(),
        );
        ui.add_space(theme::ITEM_GAP);
        for (k, item) in set.items().iter().enumerate() {
            ui.horizontal(|ui| {
                swatch(ui, k);
                let mut visible = item.visible;
                if ui
                    .checkbox(&mut visible, &item.loaded.assessment.label)
                    .on_hover_text(&item.loaded.source)
                    .changed()
                {
                    actions.push(Action::CompareToggle(k));
                }
            });
        }
        ui.add_space(theme::SECTION_GAP);
        if ui.button(msgs.get("compare-add")).clicked() {
            actions.push(Action::CompareOpen);
        }
        if ui.button(msgs.get("compare-clear")).clicked() {
            actions.push(Action::CompareClear);
        }
        ui.add_space(theme::ITEM_GAP);
        ui.label(RichText::new(msgs.get("compare-drop-hint")).color(p.weak_text));
    });
}

/// A short line in a series' colour and dash with its marker, as the legend shows it.
fn swatch(ui: &mut egui::Ui, style: usize) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(28.0, 16.0), Sense::hover());
    let (colour, style) = theme::series(ui, style);
    let a = egui::pos2(rect.left() + 2.0, rect.center().y);
    let b = egui::pos2(rect.right() - 2.0, rect.center().y);
    let painter = ui.painter();
    radar::line(painter, a, b, Stroke::new(3.0, colour), style.dash, 3.0);
    radar::marker(painter, style.marker, rect.center(), 4.0, colour);
}

/// The comparison itself.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    set: &CompareSet,
    computed: &Result<(Comparison, ChartData), String>,
    actions: &mut Vec<Action>,
) {
    let lang = msgs.lang();
    let p = theme::of(ui);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        ui.heading(msgs.get("compare-title"));
        ui.horizontal_wrapped(|ui| {
            for (kind, id) in [
                (ExportKind::Report, "export-report"),
                (ExportKind::Chart(ChartFormat::Png), "export-png"),
                (ExportKind::Chart(ChartFormat::Svg), "export-svg"),
                (ExportKind::Csv, "export-csv"),
                (ExportKind::Workbook, "export-xlsx"),
            ]
            .into_iter()
            .filter(|(kind, _)| kind.offered())
            {
                if ui.button(msgs.get(id)).clicked() {
                    actions.push(Action::CompareExport(kind));
                }
            }
            // For the whole room: everything larger, the chart's lines thicker.
            let mut projector = theme::projector(ui);
            if ui
                .checkbox(&mut projector, msgs.get("compare-projector"))
                .on_hover_text(msgs.get("compare-projector-help"))
                .changed()
            {
                actions.push(Action::SetProjector(projector));
            }
        });
        ui.add_space(theme::ITEM_GAP);
        if set.visible().is_empty() {
            ui.label(RichText::new(msgs.get("compare-none-shown")).color(p.missing));
            return;
        }
        let (cmp, data) = match computed {
            Ok((cmp, data)) => (cmp, data),
            Err(e) => {
                ui.colored_label(p.error, e);
                return;
            }
        };
        let f = &cmp.framework;
        if cmp.cards.len() >= 2 {
            // Parallel groups or one team at two points in time: the dates and labels
            // suggest which, the facilitator has the last word.
            let mut over_time = cmp.over_time;
            if ui
                .checkbox(&mut over_time, msgs.get("compare-over-time"))
                .on_hover_text(msgs.get("compare-over-time-help"))
                .changed()
            {
                actions.push(Action::CompareOverTime(over_time));
            }
        }
        if !cmp.left_out.is_empty() {
            ui.colored_label(
                p.missing,
                msgs.format(
                    "compare-left-out",
                    &[
                        ("count", cmp.left_out.len().into()),
                        ("ids", cmp.left_out.join(", ").into()),
                    ],
                ),
            );
        }
        let describe = |v: f64| msgs.decimal(v, 2);
        radar::ui(ui, data, ui.available_width().min(760.0), &describe);
        ui.add_space(theme::SECTION_GAP);

        // Pillar scores side by side, the group's mean and its range as a band.
        let labels: Vec<&str> = cmp.labels.iter().map(String::as_str).collect();
        let (min, max) = f.scale_range();
        // Many groups never cut the table off: it scrolls sideways, and each group's name is
        // held to a column's width (the whole name on hover).
        egui::ScrollArea::horizontal()
            .id_salt("compare-table-scroll")
            .show(ui, |ui| {
                egui::Grid::new("compare-table")
                    .striped(true)
                    .spacing(egui::vec2(12.0, 6.0))
                    .show(ui, |ui| {
                        ui.label(RichText::new(msgs.get("col-pillar")).strong());
                        for label in &labels {
                            // Short names whole; a long one held to about 18 characters (all of it on
                            // hover), so a dozen groups fit.
                            let shown: String = if label.chars().count() > 18 {
                                label.chars().take(16).collect::<String>() + "…"
                            } else {
                                (*label).to_owned()
                            };
                            ui.label(RichText::new(shown).strong())
                                .on_hover_text(*label);
                        }
                        if labels.len() > 1 {
                            ui.label(RichText::new(msgs.get("report-mean")).strong());
                            ui.label(RichText::new(msgs.get("compare-band")).strong());
                        }
                        ui.end_row();
                        for stats in &cmp.pillars {
                            let name = f
                                .pillar(&stats.pillar_id)
                                .map_or(stats.pillar_id.as_str(), |pl| f.tr(&pl.name, lang));
                            ui.label(name);
                            for card in &cmp.cards {
                                let score = card.pillar(&stats.pillar_id).and_then(|r| r.score);
                                ui.label(
                                    score.map_or_else(|| "—".to_owned(), |s| msgs.decimal(s, 2)),
                                );
                            }
                            if labels.len() > 1 {
                                ui.label(
                                    RichText::new(
                                        stats
                                            .mean
                                            .map_or_else(|| "—".to_owned(), |s| msgs.decimal(s, 2)),
                                    )
                                    .strong(),
                                );
                                band(ui, msgs, stats.min, stats.mean, stats.max, min, max);
                            }
                            ui.end_row();
                        }
                    });
            });

        // Baseline → follow-up: the earliest and the latest, when they are one team over
        // time; between parallel groups "change" means nothing.
        if cmp.cards.len() >= 2 && cmp.over_time {
            let (first, last) = cmp.ends;
            ui.add_space(theme::SECTION_GAP);
            ui.heading(msgs.format(
                "report-change",
                &[
                    ("from", labels[first].to_owned().into()),
                    ("to", labels[last].to_owned().into()),
                ],
            ));
            egui::Grid::new("compare-change")
                .striped(true)
                .spacing(egui::vec2(14.0, 6.0))
                .show(ui, |ui| {
                    for ((pillar_id, delta), _) in cmp.change(first, last).iter().zip(&cmp.pillars)
                    {
                        let name = f
                            .pillar(pillar_id)
                            .map_or(pillar_id.as_str(), |pl| f.tr(&pl.name, lang));
                        ui.label(name);
                        match delta {
                            Some(d) if *d > 0.005 => {
                                ui.colored_label(p.done, format!("▲ +{}", msgs.decimal(*d, 2)))
                            }
                            Some(d) if *d < -0.005 => {
                                ui.colored_label(p.error, format!("▼ {}", msgs.decimal(*d, 2)))
                            }
                            Some(_) => ui.label("= 0"),
                            None => ui.label("—"),
                        };
                        ui.end_row();
                    }
                });
        }

        // Where the discussion should start.
        let disagree: Vec<_> = cmp
            .spread
            .iter()
            .filter(|s| s.range > 0)
            .take(DISAGREEMENTS)
            .collect();
        if !disagree.is_empty() {
            ui.add_space(theme::SECTION_GAP);
            ui.heading(msgs.get("report-disagree"));
            ui.label(RichText::new(msgs.get("report-disagree-help")).color(p.weak_text));
            ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
            for s in disagree {
                let Some((pillar, question)) = f.question(&s.question_id) else {
                    continue;
                };
                theme::card_frame(ui).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(f.tr(&pillar.name, lang)).color(p.accent));
                    ui.label(RichText::new(f.tr(&question.text, lang)).strong());
                    ui.horizontal_wrapped(|ui| {
                        for (label, level) in labels.iter().zip(&s.levels) {
                            let level = level.map_or_else(|| "—".to_owned(), |l| l.to_string());
                            ui.label(format!("{label}: {level}"));
                            ui.add_space(8.0);
                        }
                    });
                    if !pillar.discussion.is_empty() {
                        egui::CollapsingHeader::new(msgs.get("question-discussion"))
                            .id_salt(("compare-discussion", &s.question_id))
                            .show(ui, |ui| {
                                for prompt in &pillar.discussion {
                                    ui.label(format!("• {}", f.tr(prompt, lang)));
                                }
                            });
                    }
                });
                ui.add_space(4.0);
            }
        }
        ui.add_space(theme::SECTION_GAP);
    });
}

/// The group's range on the scale as a band, with a tick at the mean.
fn band(
    ui: &mut egui::Ui,
    msgs: &Messages,
    lo: Option<f64>,
    mean: Option<f64>,
    hi: Option<f64>,
    min: i64,
    max: i64,
) {
    let p = theme::of(ui);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(140.0, 16.0), Sense::hover());
    let (Some(lo), Some(hi), Some(mean)) = (lo, hi, mean) else {
        return;
    };
    let text = format!("{}–{}", msgs.decimal(lo, 2), msgs.decimal(hi, 2));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    let x = |v: f64| {
        let span = (max - min).max(1) as f64;
        rect.left() + rect.width() * (((v - min as f64) / span).clamp(0.0, 1.0) as f32)
    };
    let painter = ui.painter();
    let y = rect.center().y;
    painter.line_segment(
        [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
        Stroke::new(1.0, p.chart_grid),
    );
    let band = egui::Rect::from_min_max(
        egui::pos2(x(lo), y - 4.0),
        egui::pos2(x(hi).max(x(lo) + 2.0), y + 4.0),
    );
    painter.rect_filled(band, 2.0, p.accent.gamma_multiply(0.45));
    painter.line_segment(
        [egui::pos2(x(mean), y - 7.0), egui::pos2(x(mean), y + 7.0)],
        Stroke::new(2.0, p.accent),
    );
    response.on_hover_text(text);
}
