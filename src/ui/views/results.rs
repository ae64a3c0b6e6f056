//! Results: the pillar table, the radar, the weakest questions with what the next level looks
//! like, the strongest ones, and the exports.

use eframe::egui::{self, RichText};

use crate::analysis::plan::to_reach;
use crate::analysis::scoring::{self, PillarScore, Rated};
use crate::i18n::Messages;
use crate::model::framework::Framework;
use crate::output::chart::ChartData;
use crate::session::Session;
use crate::state::{Action, ChartFormat, ExportKind, View};
use crate::ui::theme;
use crate::ui::widgets::radar;

/// How many weak and strong questions are listed.
const WEAKEST: usize = 5;
const STRONGEST: usize = 3;

/// Draws the results.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let f: &Framework = &session.framework;
    let a = &session.assessment;
    let card = scoring::score(f, a);
    let (min, max) = f.scale_range();
    let describe = |v: f64| msgs.decimal(v, 2);

    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        ui.heading(msgs.format("results-title", &[("label", a.label.clone().into())]));
        let questions = session.questions();
        let to_confirm: Vec<usize> = questions
            .iter()
            .enumerate()
            .filter(|(_, (_, q))| a.answers.get(&q.id).is_some_and(|x| x.carried))
            .map(|(i, _)| i)
            .collect();
        if let Some(&first) = to_confirm.first() {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    theme::of(ui).missing,
                    msgs.format("results-to-confirm", &[("count", to_confirm.len().into())]),
                );
                if ui.button(msgs.get("results-to-confirm-go")).clicked() {
                    actions.push(Action::Show(View::Question(first)));
                }
            });
        }
        let overall = &card.overall;
        match overall.score {
            Some(score) => {
                ui.label(
                    RichText::new(
                        msgs.format(
                            "results-overall",
                            &[
                                ("score", msgs.decimal(score, 2).into()),
                                ("max", max.into()),
                                (
                                    "level",
                                    f.level_at_or_below(score)
                                        .map_or("", |l| f.tr(&l.label, lang))
                                        .to_owned()
                                        .into(),
                                ),
                            ],
                        ),
                    )
                    .size(18.0)
                    .strong(),
                );
            }
            None => {
                ui.label(RichText::new(msgs.get("results-none")).color(p.missing));
            }
        }
        let done = overall.answered + overall.not_applicable;
        ui.label(msgs.format(
            "results-completeness",
            &[
                ("done", done.into()),
                ("total", overall.total.into()),
                ("na", overall.not_applicable.into()),
            ],
        ));
        ui.add(
            egui::ProgressBar::new(overall.completeness() as f32)
                .desired_width(320.0)
                .desired_height(8.0)
                .fill(p.done),
        );
        if done < overall.total && ui.button(msgs.get("results-answer-rest")).clicked() {
            let questions = session.questions();
            if let Some(i) = questions.iter().position(|(_, q)| !session.is_done(&q.id)) {
                actions.push(Action::Show(View::Question(i)));
            }
        }
        // How far the members agreed before they settled, in words, when their own answers
        // are in.
        if !a.ratings.is_empty() {
            let ag = crate::analysis::agreement::agreement(a, f);
            ui.horizontal_wrapped(|ui| {
                if let Some(alpha) = ag.alpha_ordinal {
                    ui.label(crate::analysis::agreement::alpha_reading(msgs, alpha));
                }
                if ui.link(msgs.get("nav-consensus")).clicked() {
                    actions.push(Action::Show(View::Consensus));
                }
            });
            let most: Vec<&str> = ag
                .pillars_by_spread(f)
                .into_iter()
                .take(3)
                .filter_map(|(id, _)| f.pillar(id).map(|p| f.tr(&p.name, lang)))
                .collect();
            if !most.is_empty() {
                ui.label(msgs.format(
                    "results-disagreed-most",
                    &[("pillars", most.join(", ").into())],
                ));
            }
        }
        ui.add_space(theme::SECTION_GAP);

        // The picture first, side by side with the table when the window is wide enough.
        let wide = ui.available_width() >= 1300.0;
        let table = |ui: &mut egui::Ui| pillar_table(ui, msgs, f, &card.pillars, lang);
        let chart = |ui: &mut egui::Ui, width: f32| match ChartData::new(&[(a, f)], lang) {
            Ok(data) => {
                radar::ui(ui, &data, width, &describe);
            }
            Err(e) => {
                ui.colored_label(p.error, e.key().say(msgs));
            }
        };
        if wide {
            ui.horizontal_top(|ui| {
                chart(ui, 760.0);
                ui.add_space(theme::SECTION_GAP);
                ui.vertical(|ui| table(ui));
            });
        } else {
            chart(ui, ui.available_width().min(760.0));
            ui.add_space(theme::SECTION_GAP);
            table(ui);
        }
        ui.add_space(theme::SECTION_GAP);

        let rated = scoring::rated(f, a);
        ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
        ui.heading(msgs.get("results-weakest"));
        let weak: Vec<&Rated<'_>> = rated
            .iter()
            .filter(|r| r.level < max)
            .take(WEAKEST)
            .collect();
        if weak.is_empty() {
            ui.label(RichText::new(msgs.get("results-weakest-none")).color(p.weak_text));
        }
        for r in weak {
            rated_ui(ui, msgs, f, r, lang, true, actions);
        }
        ui.add_space(theme::SECTION_GAP);
        ui.heading(msgs.get("results-strongest"));
        let strong: Vec<&Rated<'_>> = rated
            .iter()
            .rev()
            .filter(|r| r.level > min)
            .take(STRONGEST)
            .collect();
        if strong.is_empty() {
            ui.label(RichText::new(msgs.get("results-strongest-none")).color(p.weak_text));
        }
        for r in strong {
            rated_ui(ui, msgs, f, r, lang, false, actions);
        }
        ui.add_space(theme::SECTION_GAP);

        if ui
            .button(RichText::new(msgs.get("results-make-plan")).strong())
            .clicked()
        {
            actions.push(Action::Show(View::Plan));
        }
        ui.add_space(theme::SECTION_GAP);
        // The next round: these answers carried over to confirm, on the newest version.
        ui.heading(msgs.get("next-round-heading"));
        ui.label(RichText::new(msgs.get("next-round-help")).color(theme::of(ui).weak_text));
        if ui.button(msgs.get("next-round-button")).clicked() {
            actions.push(Action::NextRound);
        }
        ui.add_space(theme::SECTION_GAP);
        ui.heading(msgs.get("results-export"));
        ui.horizontal_wrapped(|ui| {
            for (kind, id) in [
                (ExportKind::Report, "export-report"),
                (ExportKind::Csv, "export-csv"),
                (ExportKind::Workbook, "export-xlsx"),
                (ExportKind::Chart(ChartFormat::Png), "export-png"),
                (ExportKind::Chart(ChartFormat::Svg), "export-svg"),
            ]
            .into_iter()
            .filter(|(kind, _)| kind.offered())
            {
                if ui.button(msgs.get(id)).clicked() {
                    actions.push(Action::Export(kind));
                }
            }
            if ui.button(msgs.get("results-compare")).clicked() {
                actions.push(Action::CompareWithCurrent);
            }
            if ui.button(msgs.get("bring-in")).clicked() {
                actions.push(Action::BringInParticipants);
            }
            if session.file().is_none() && ui.button(msgs.get("save-as")).clicked() {
                actions.push(Action::SaveAs);
            }
        });
        ui.add_space(theme::SECTION_GAP);
    });
}

fn pillar_table(
    ui: &mut egui::Ui,
    msgs: &Messages,
    f: &Framework,
    rows: &[PillarScore],
    lang: &str,
) {
    // A narrow window (a small laptop, large text) scrolls the table sideways rather than
    // widening the page past the window's edge.
    egui::ScrollArea::horizontal()
        .id_salt("pillar-table-scroll")
        .show(ui, |ui| pillar_grid(ui, msgs, f, rows, lang));
}

fn pillar_grid(
    ui: &mut egui::Ui,
    msgs: &Messages,
    f: &Framework,
    rows: &[PillarScore],
    lang: &str,
) {
    let p = theme::of(ui);
    egui::Grid::new("pillar-table")
        .striped(true)
        .num_columns(6)
        .spacing(egui::vec2(14.0, 6.0))
        .show(ui, |ui| {
            for header in [
                "col-pillar",
                "col-score",
                "col-level",
                "col-answered",
                "col-na",
                "col-unanswered",
            ] {
                ui.label(RichText::new(msgs.get(header)).strong());
            }
            ui.end_row();
            for row in rows {
                let name = f
                    .pillar(&row.pillar_id)
                    .map_or(row.pillar_id.as_str(), |pl| f.tr(&pl.name, lang));
                ui.label(name);
                match row.score {
                    Some(s) => ui.label(RichText::new(msgs.decimal(s, 2)).strong()),
                    None => ui.label(RichText::new("—").color(p.missing)),
                };
                // The level the score reaches, in words: a percent of the scale explains
                // nothing, and "0 %" reads as "nothing exists".
                ui.label(
                    row.score
                        .and_then(|s| f.level_at_or_below(s))
                        .map_or("—", |l| f.tr(&l.label, lang)),
                );
                ui.label(row.answered.to_string());
                ui.label(row.not_applicable.to_string());
                let open = row.total - row.answered - row.not_applicable;
                if open > 0 {
                    ui.label(RichText::new(open.to_string()).color(p.missing).strong());
                } else {
                    ui.label("0");
                }
                ui.end_row();
            }
        });
}

fn rated_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    f: &Framework,
    r: &Rated<'_>,
    lang: &str,
    show_next: bool,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    theme::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let level = f
            .level(r.level)
            .map_or(String::new(), |l| f.tr(&l.label, lang).to_owned());
        ui.label(
            RichText::new(format!(
                "{} · {} ({})",
                f.tr(&r.pillar.name, lang),
                level,
                r.level
            ))
            .color(p.accent),
        );
        if ui.link(f.tr(&r.question.text, lang)).clicked() {
            actions.push(Action::Show(View::Question(r.index)));
        }
        if show_next && let Some(text) = to_reach(msgs, f, r.question, r.level) {
            ui.label(RichText::new(text).color(p.weak_text));
        }
    });
    ui.add_space(4.0);
}
