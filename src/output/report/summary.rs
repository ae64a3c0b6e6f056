//! Page 1: what a director puts in front of a minister. The framework, the team and the date;
//! the overall level in words; the radar; three strengths and three gaps with what the next
//! level asks; the key actions of the plan.

use maud::{Markup, html};

use super::Page;
use super::plan::{due, ordered};
use crate::analysis::plan::to_reach;
use crate::analysis::scoring;
use crate::i18n;
use crate::model::assessment::{ActionStatus, Assessment};
use crate::model::framework::Framework;

/// How many strengths, gaps and actions page 1 shows.
const STRENGTHS: usize = 3;
const GAPS: usize = 3;
const ACTIONS: usize = 4;

pub(super) fn section(p: &Page<'_>) -> Markup {
    let f = p.f;
    html! {
        section.first.summary #summary {
            h1 { (p.title()) }
            p.weak { (p.tr(&f.name)) " · " (f.id) " " (f.version) }
            @if p.several() { (several(p)) } @else { (one(p, p.items[0].0)) }
        }
    }
}

/// Country, team and date, those that are given.
fn context_line(p: &Page<'_>, a: &Assessment) -> String {
    let date = a.date.as_deref().map(|d| i18n::date(d, p.lang));
    [a.country.as_deref(), a.team.as_deref(), date.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn one(p: &Page<'_>, a: &Assessment) -> Markup {
    let (m, f) = (p.m, p.f);
    let card = &p.cmp.cards[0];
    let overall = card.overall.score;
    let (min, max) = f.scale_range();
    let rated = scoring::rated(f, a);
    let context = context_line(p, a);
    html! {
        @if !context.is_empty() { p { (context) } }
        (headline(p, overall, f))
        (p.chart("chart summary-chart"))
        div.columns {
            div {
                h3 { (m.get("results-strongest")) }
                ul {
                    @for r in rated.iter().rev().filter(|r| r.level > min).take(STRENGTHS) {
                        li {
                            (p.tr(&r.question.text)) " "
                            span.weak { "(" (f.level(r.level).map(|s| p.tr(&s.label)).unwrap_or_default()) ")" }
                        }
                    }
                }
            }
            div {
                h3 { (m.get("results-weakest")) }
                ul {
                    @for r in rated.iter().filter(|r| r.level < max).take(GAPS) {
                        li {
                            (p.tr(&r.question.text)) " "
                            span.weak { "(" (f.level(r.level).map(|s| p.tr(&s.label)).unwrap_or_default()) ")" }
                            @if let Some(text) = to_reach(m, f, r.question, r.level) {
                                div.weak { (text) }
                            }
                        }
                    }
                }
            }
        }
        (key_actions(p, a))
    }
}

/// "Overall level: Emerging — 2.20 of 4", and how many questions it rests on.
fn headline(p: &Page<'_>, overall: Option<f64>, f: &Framework) -> Markup {
    let m = p.m;
    let (_, max) = f.scale_range();
    let o = &p.cmp.cards[0].overall;
    html! {
        div.headline {
            span { (m.get("report-overall-level")) }
            @match overall.and_then(|s| f.level_at_or_below(s)) {
                Some(level) => span.level { (p.tr(&level.label)) },
                None => span.level { "—" },
            }
            @if let Some(score) = overall {
                span.weak {
                    (m.format("report-score-of", &[
                        ("score", m.decimal(score, 2).into()),
                        ("max", max.into()),
                    ]))
                }
            }
            span.weak {
                (m.format("report-answered-of", &[
                    ("done", (o.answered + o.not_applicable).into()),
                    ("total", o.total.into()),
                ]))
            }
        }
    }
}

/// The plan's open actions, soonest due first.
fn key_actions(p: &Page<'_>, a: &Assessment) -> Markup {
    let (m, f) = (p.m, p.f);
    let mut open: Vec<_> = ordered(a, f)
        .into_iter()
        .filter(|x| matches!(x.status, ActionStatus::Planned | ActionStatus::InProgress))
        .collect();
    open.sort_by(|x, y| {
        crate::analysis::plan::due_key(x.due.as_deref())
            .cmp(&crate::analysis::plan::due_key(y.due.as_deref()))
    });
    html! {
        h3 { (m.get("report-key-actions")) }
        @if open.is_empty() {
            p.weak { (m.get("report-no-open-actions")) }
        } @else {
            table {
                tr {
                    th { (m.get("report-action")) }
                    th { (m.get("col-pillar")) }
                    th { (m.get("report-owner")) }
                    th { (m.get("report-due")) }
                }
                @for action in open.iter().take(ACTIONS) {
                    tr {
                        td { (action.text) }
                        td { (f.pillar(&action.pillar).map_or(action.pillar.as_str(), |x| p.tr(&x.name))) }
                        td { (action.owner.as_deref().unwrap_or("")) }
                        td { (due(p, action)) }
                    }
                }
            }
            @if open.len() > ACTIONS {
                p.weak { (m.format("report-more-actions", &[("count", (open.len() - ACTIONS).into())])) }
            }
        }
    }
}

/// Several assessments: each one's overall level, the radar, and the pillars strongest and
/// weakest on average.
fn several(p: &Page<'_>) -> Markup {
    let (m, f, cmp) = (p.m, p.f, p.cmp);
    let mut pillars: Vec<_> = cmp
        .pillars
        .iter()
        .filter_map(|s| Some((s.mean?, f.pillar(&s.pillar_id)?)))
        .collect();
    pillars.sort_by(|a, b| a.0.total_cmp(&b.0));
    html! {
        table {
            tr {
                th { (m.get("report-assessment")) }
                th { (m.get("details-date")) }
                th.num { (m.get("report-overall")) }
            }
            @for ((a, _), card) in p.items.iter().zip(&cmp.cards) {
                tr {
                    td { (a.label) }
                    td { (a.date.as_deref().map(|d| i18n::date(d, p.lang)).unwrap_or_default()) }
                    td.num { (p.with_level(card.overall.score)) }
                }
            }
        }
        (p.chart("chart summary-chart"))
        div.columns {
            div {
                h3 { (m.get("report-strongest-pillars")) }
                ul {
                    @for (mean, pillar) in pillars.iter().rev().take(STRENGTHS) {
                        li { (p.tr(&pillar.name)) " " span.weak { "(" (p.num(Some(*mean))) ")" } }
                    }
                }
            }
            div {
                h3 { (m.get("report-weakest-pillars")) }
                ul {
                    @for (mean, pillar) in pillars.iter().take(GAPS) {
                        li { (p.tr(&pillar.name)) " " span.weak { "(" (p.num(Some(*mean))) ")" } }
                    }
                }
            }
        }
    }
}
