//! The report's plan: each assessment's targets beside its scores (with the radar of both) and
//! its actions by pillar and due date, overdue ones marked.

use maud::{Markup, html};

use super::Page;
use crate::analysis::plan::{due_key, is_overdue, status_id};
use crate::i18n;
use crate::model::assessment::{Action, Assessment};
use crate::model::framework::Framework;
use crate::output::chart::{self, ChartData};

/// The actions of `a` by pillar (the framework's order), then due date (undated last).
pub(super) fn ordered<'a>(a: &'a Assessment, f: &Framework) -> Vec<&'a Action> {
    let order = |id: &str| {
        f.pillars
            .iter()
            .position(|p| p.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut actions: Vec<&Action> = a.actions.iter().collect();
    actions.sort_by(|x, y| {
        order(&x.pillar)
            .cmp(&order(&y.pillar))
            .then_with(|| due_key(x.due.as_deref()).cmp(&due_key(y.due.as_deref())))
    });
    actions
}

/// A due date in the report's language, marked when the action is overdue.
pub(super) fn due(p: &Page<'_>, action: &Action) -> Markup {
    let text = action
        .due
        .as_deref()
        .map(|d| i18n::date(d, p.lang))
        .unwrap_or_default();
    if is_overdue(action.due.as_deref(), action.status, p.today) {
        html! { span.overdue { (text) " (" (p.m.get("plan-overdue")) ")" } }
    } else {
        html! { (text) }
    }
}

pub(super) fn section(p: &Page<'_>) -> Markup {
    let (m, f) = (p.m, p.f);
    html! {
        section #plan {
            h2 { (m.get("report-plan")) }
            @for ((a, _), card) in p.items.iter().zip(&p.cmp.cards) {
                @if !a.targets.is_empty() || !a.actions.is_empty() {
                    @if p.several() { h3 { (a.label) } }
                    @if !a.targets.is_empty() {
                        @if let Some(svg) = targets_chart(p, a) {
                            div.chart { (maud::PreEscaped(svg)) }
                        }
                        table {
                            tr {
                                th { (m.get("col-pillar")) }
                                th.num { (m.get("report-current")) }
                                th.num { (m.get("report-target")) }
                                th.num { (m.get("report-gap")) }
                            }
                            @for pillar in f.pillars.iter().filter(|x| a.in_scope(&x.id)) {
                                @let current = card.pillar(&pillar.id).and_then(|r| r.score);
                                @let target = a.targets.get(&pillar.id).copied();
                                tr {
                                    td { (p.tr(&pillar.name)) }
                                    td.num { (p.num(current)) }
                                    td.num { (p.num(target)) }
                                    td.num { (p.num(current.zip(target).map(|(c, t)| t - c))) }
                                }
                            }
                        }
                    }
                    @if !a.actions.is_empty() {
                        table {
                            tr {
                                th { (m.get("col-pillar")) }
                                th { (m.get("report-action")) }
                                th { (m.get("report-owner")) }
                                th { (m.get("report-due")) }
                                th { (m.get("report-status")) }
                            }
                            @for action in ordered(a, f) {
                                tr {
                                    td { (f.pillar(&action.pillar).map_or(action.pillar.as_str(), |x| p.tr(&x.name))) }
                                    td {
                                        (action.text)
                                        @if let Some((_, q)) = action.question.as_deref().and_then(|q| f.question(q)) {
                                            div.weak { (p.tr(&q.text)) }
                                        }
                                    }
                                    td { (action.owner.as_deref().unwrap_or("")) }
                                    td { (due(p, action)) }
                                    td { (m.get(status_id(action.status))) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The radar of one assessment with its targets, as SVG; none if it cannot be drawn.
fn targets_chart(p: &Page<'_>, a: &Assessment) -> Option<String> {
    let mut data = ChartData::new(&[(a, p.f)], p.lang).ok()?;
    data.add_targets(a, p.f, &p.m.get("plan-target-series"));
    chart::render_svg(&data, 1200, 900).ok()
}
