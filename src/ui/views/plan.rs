//! The plan: a target per pillar (on the scale, with the level's name), the target polygon on
//! the radar, actions added from weak questions in one click, edited in place and listed by due
//! date with the overdue ones marked; and, with a baseline beside it, what moved and what was
//! done, and the baseline's plan carried over on request.

use eframe::egui::{self, RichText};

use crate::analysis::plan::{due_key, is_overdue, status_id, to_reach};
use crate::analysis::scoring;
use crate::formats::inputs::Loaded;
use crate::i18n::Messages;
use crate::model::assessment::{Action as PlanAction, ActionStatus};
use crate::model::framework::Framework;
use crate::output::chart::ChartData;
use crate::session::{Edit, Session};
use crate::state::{Action, View};
use crate::ui::theme;
use crate::ui::widgets::date_field::{self, DateEdit};
use crate::ui::widgets::radar;

const STATUSES: [ActionStatus; 4] = [
    ActionStatus::Planned,
    ActionStatus::InProgress,
    ActionStatus::Done,
    ActionStatus::Dropped,
];

/// How many weak questions are offered as one-click actions.
const SUGGESTIONS: usize = 6;

/// Draws the plan view. `baseline` is an earlier assessment opened beside this one.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    baseline: Option<&Loaded>,
    today: &str,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let f: &Framework = &session.framework;
    let a = &session.assessment;
    let card = scoring::score(f, a);
    let base_card = baseline.map(|b| scoring::score(f, &b.assessment));
    let (min, max) = f.scale_range();
    let num = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| msgs.decimal(v, 2));

    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        ui.heading(msgs.format("plan-title", &[("label", a.label.clone().into())]));
        ui.label(RichText::new(msgs.get("plan-intro")).color(p.weak_text));
        ui.add_space(theme::SECTION_GAP);

        // The radar: where the team is, and where it aims to be (dashed).
        if let Ok(mut data) = ChartData::new(&[(a, f)], lang) {
            data.add_targets(a, f, &msgs.get("plan-target-series"));
            let describe = |v: f64| msgs.decimal(v, 2);
            radar::ui(ui, &data, ui.available_width().min(700.0), &describe);
        }
        ui.add_space(theme::SECTION_GAP);

        // Targets.
        ui.heading(msgs.get("plan-targets"));
        // A grid where it fits; in a narrow window (a small laptop, large text) each pillar on
        // lines of its own, so no slider is ever past the window's edge.
        let mut target_row = |ui: &mut egui::Ui, pillar: &crate::model::framework::Pillar| {
            let name = f.tr(&pillar.name, lang);
            let current = card.pillar(&pillar.id).and_then(|r| r.score);
            let target = a.targets.get(&pillar.id).copied();
            ui.horizontal(|ui| {
                let shown = target.or(current).unwrap_or(min as f64);
                let mut value = shown;
                // No `step_by`: a stepped slider snaps the value it is given and
                // reports that as a change, which would write a target the team never
                // chose. Act on a real move only (below), rounded to a quarter here.
                let slider = egui::Slider::new(&mut value, (min as f64)..=(max as f64))
                    .fixed_decimals(2)
                    .custom_formatter(|v, _| msgs.decimal(v, 2));
                let response = ui.add(slider).on_hover_text(
                    msgs.format("plan-target-of", &[("pillar", name.to_owned().into())]),
                );
                // The slider shows two decimals and may hand back the value it was
                // given rounded to them (2.333… as 2.33): that is no move. A person's
                // smallest move is a hundredth.
                let moved = (value - shown).abs() > 0.005 + 1e-9;
                let value = (value * 4.0).round() / 4.0;
                if response.changed() && moved && target != Some(value) {
                    actions.push(Action::Edit(Edit::Target {
                        pillar: pillar.id.clone(),
                        value: Some(value),
                    }));
                }
                if target.is_some() {
                    let level = f
                        .level_at_or_below(value)
                        .map(|l| f.tr(&l.label, lang))
                        .unwrap_or_default();
                    ui.label(RichText::new(level).color(p.accent));
                } else {
                    ui.label(RichText::new(msgs.get("plan-no-target")).color(p.weak_text));
                }
            });
            if target.is_some()
                && ui
                    .small_button(msgs.get("plan-clear-target"))
                    .on_hover_text(msgs.format(
                        "plan-clear-target-of",
                        &[("pillar", name.to_owned().into())],
                    ))
                    .clicked()
            {
                actions.push(Action::Edit(Edit::Target {
                    pillar: pillar.id.clone(),
                    value: None,
                }));
            } else if target.is_none() {
                ui.label("");
            }
        };
        let in_scope = || f.pillars.iter().filter(|pl| a.in_scope(&pl.id));
        if ui.available_width() < 600.0 {
            for pillar in in_scope() {
                ui.label(RichText::new(f.tr(&pillar.name, lang)).strong());
                ui.horizontal_wrapped(|ui| {
                    if let Some(bc) = &base_card {
                        ui.label(format!(
                            "{}: {}",
                            msgs.get("plan-baseline"),
                            num(bc.pillar(&pillar.id).and_then(|r| r.score))
                        ));
                    }
                    let current = card.pillar(&pillar.id).and_then(|r| r.score);
                    ui.label(format!("{}: {}", msgs.get("report-current"), num(current)));
                    target_row(ui, pillar);
                });
                ui.add_space(theme::ITEM_GAP);
            }
        } else {
            egui::Grid::new("plan-targets")
                .striped(true)
                .spacing(egui::vec2(12.0, 8.0))
                .show(ui, |ui| {
                    ui.label(RichText::new(msgs.get("col-pillar")).strong());
                    if baseline.is_some() {
                        ui.label(RichText::new(msgs.get("plan-baseline")).strong());
                    }
                    ui.label(RichText::new(msgs.get("report-current")).strong());
                    ui.label(RichText::new(msgs.get("report-target")).strong());
                    ui.label("");
                    ui.end_row();
                    for pillar in in_scope() {
                        ui.label(f.tr(&pillar.name, lang));
                        if let Some(bc) = &base_card {
                            ui.label(num(bc.pillar(&pillar.id).and_then(|r| r.score)));
                        }
                        let current = card.pillar(&pillar.id).and_then(|r| r.score);
                        ui.label(RichText::new(num(current)).strong());
                        target_row(ui, pillar);
                        ui.end_row();
                    }
                });
        }
        ui.add_space(theme::SECTION_GAP);

        // Suggestions: weak questions, one click to an action.
        ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
        ui.heading(msgs.get("plan-suggestions"));
        let mut shown = 0;
        for r in scoring::rated(f, a).into_iter().filter(|r| r.level < max) {
            if shown == SUGGESTIONS {
                break;
            }
            let (pillar, q, level) = (r.pillar, r.question, r.level);
            if a.actions
                .iter()
                .any(|x| x.question.as_deref() == Some(q.id.as_str()))
            {
                continue;
            }
            shown += 1;
            let Some(text) = to_reach(msgs, f, q, level) else {
                continue;
            };
            ui.horizontal(|ui| {
                if ui
                    .button(msgs.get("plan-add-action"))
                    .on_hover_text(&text)
                    .clicked()
                {
                    actions.push(Action::Edit(Edit::AddAction(PlanAction {
                        pillar: pillar.id.clone(),
                        question: Some(q.id.clone()),
                        text: text.clone(),
                        owner: None,
                        due: None,
                        status: ActionStatus::Planned,
                    })));
                }
                ui.label(format!(
                    "{} · {} ({})",
                    f.tr(&pillar.name, lang),
                    f.tr(&q.text, lang),
                    level
                ));
            });
        }
        if shown == 0 {
            ui.label(RichText::new(msgs.get("plan-no-suggestions")).color(p.weak_text));
        }
        ui.add_space(theme::SECTION_GAP);

        // The actions, by due date.
        ui.heading(msgs.get("plan-actions"));
        let mut order: Vec<usize> = (0..a.actions.len()).collect();
        order.sort_by_key(|&i| (due_key(a.actions[i].due.as_deref()), i));
        if order.is_empty() {
            ui.label(RichText::new(msgs.get("plan-no-actions")).color(p.weak_text));
        }
        for index in order {
            action_ui(ui, msgs, f, &a.actions[index], index, today, lang, actions);
        }
        let first = f.pillars.iter().find(|pl| a.in_scope(&pl.id));
        if let Some(first) = first
            && ui.button(msgs.get("plan-new-action")).clicked()
        {
            actions.push(Action::Edit(Edit::AddAction(PlanAction {
                pillar: first.id.clone(),
                text: String::new(),
                ..PlanAction::default()
            })));
        }
        ui.add_space(theme::SECTION_GAP);

        // Progress over time.
        ui.heading(msgs.get("plan-progress"));
        match baseline {
            None => {
                ui.label(RichText::new(msgs.get("plan-baseline-help")).color(p.weak_text));
                if ui.button(msgs.get("plan-open-baseline")).clicked() {
                    actions.push(Action::OpenBaseline);
                }
            }
            Some(b) => {
                ui.label(msgs.format(
                    "plan-baseline-is",
                    &[
                        ("label", b.assessment.label.clone().into()),
                        ("source", b.source.clone().into()),
                    ],
                ));
                let done = b
                    .assessment
                    .actions
                    .iter()
                    .filter(|x| x.status == ActionStatus::Done)
                    .count();
                ui.label(msgs.format(
                    "plan-baseline-done",
                    &[
                        ("done", done.into()),
                        ("total", b.assessment.actions.len().into()),
                    ],
                ));
                for x in &b.assessment.actions {
                    let mark = match x.status {
                        ActionStatus::Done => "✔",
                        ActionStatus::Dropped => "✖",
                        _ => "○",
                    };
                    ui.label(format!(
                        "{mark} {} — {}",
                        x.text,
                        msgs.get(status_id(x.status))
                    ));
                }
                ui.horizontal(|ui| {
                    if ui.button(msgs.get("plan-carry-over")).clicked() {
                        actions.push(Action::Edit(Edit::CarryPlan {
                            targets: b.assessment.targets.clone(),
                            actions: b
                                .assessment
                                .actions
                                .iter()
                                .filter(|x| {
                                    matches!(
                                        x.status,
                                        ActionStatus::Planned | ActionStatus::InProgress
                                    )
                                })
                                .cloned()
                                .collect(),
                        }));
                    }
                    if ui.button(msgs.get("plan-close-baseline")).clicked() {
                        actions.push(Action::CloseBaseline);
                    }
                });
            }
        }
        ui.add_space(theme::SECTION_GAP);
        if ui.button(msgs.get("nav-results")).clicked() {
            actions.push(Action::Show(View::Results));
        }
        ui.add_space(theme::SECTION_GAP);
    });
}

mod action_row;
use action_row::action_ui;
