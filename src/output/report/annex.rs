//! The report's annex: everything behind the summary, for the team and the analysts.

use maud::{Markup, html};

use super::Page;
use crate::analysis::plan::to_reach;
use crate::analysis::scoring;
use crate::i18n;
use crate::model::assessment::Assessment;
use crate::model::carry;

/// How many questions of widest disagreement the comparison lists.
const DISAGREEMENT_ROWS: usize = 10;
const GAPS: usize = 5;
const STRENGTHS: usize = 3;

/// Who assessed, when, and how much they answered.
pub(super) fn context(p: &Page<'_>) -> Markup {
    let (m, f) = (p.m, p.f);
    let versions: Vec<String> = p
        .items
        .iter()
        .map(|(_, fw)| fw.version.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    html! {
        section #context {
            h2 { (m.get("report-context")) }
            p.weak { (p.tr(&f.name)) " · " (f.id) " " (f.version) }
            @if let Some(d) = &f.description { p { (p.tr(d)) } }
            table {
                tr {
                    th { (m.get("report-assessment")) }
                    th { (m.get("details-country")) }
                    th { (m.get("details-team")) }
                    th { (m.get("details-date")) }
                    th { (m.get("details-participants")) }
                    th.num { (m.get("report-completeness")) }
                }
                @for ((a, _), card) in p.items.iter().zip(&p.cmp.cards) {
                    @let o = &card.overall;
                    tr {
                        td { (a.label) }
                        td { (a.country.as_deref().unwrap_or("")) }
                        td { (a.team.as_deref().unwrap_or("")) }
                        td { (a.date.as_deref().map(|d| i18n::date(d, p.lang)).unwrap_or_default()) }
                        td { (a.participants.join(", ")) }
                        td.num {
                            (m.format("report-done-of", &[
                                ("done", (o.answered + o.not_applicable).into()),
                                ("total", o.total.into()),
                            ]))
                        }
                    }
                }
            }
            @if versions.len() > 1 || !p.cmp.left_out.is_empty() {
                p.card {
                    (m.format("report-left-out", &[
                        ("versions", versions.join(", ").into()),
                        ("count", p.cmp.left_out.len().into()),
                        ("ids", p.cmp.left_out.join(", ").into()),
                    ]))
                }
            }
        }
    }
}

/// The pillar table, with the level each score reaches (the radar is on page 1).
pub(super) fn scores(p: &Page<'_>) -> Markup {
    let (m, f, cmp) = (p.m, p.f, p.cmp);
    html! {
        section #scores {
            h2 { (m.get("report-scores")) }
            table {
                tr {
                    th { (m.get("col-pillar")) }
                    @for (a, _) in p.items { th.num { (a.label) } }
                    @if p.several() {
                        th.num { (m.get("report-mean")) }
                        th.num { (m.get("report-range")) }
                    }
                }
                @for stats in &cmp.pillars {
                    tr {
                        td { (f.pillar(&stats.pillar_id).map_or(stats.pillar_id.as_str(), |x| p.tr(&x.name))) }
                        @for card in &cmp.cards {
                            td.num { (p.with_level(card.pillar(&stats.pillar_id).and_then(|r| r.score))) }
                        }
                        @if p.several() {
                            td.num { (p.num(stats.mean)) }
                            td.num { (p.num(stats.min)) "–" (p.num(stats.max)) }
                        }
                    }
                }
                tr {
                    th { (m.get("report-overall")) }
                    @for card in &cmp.cards { th.num { (p.with_level(card.overall.score)) } }
                    @if p.several() { th {} th {} }
                }
            }
        }
    }
}

/// The change of one team over time, the questions on which the assessments differ most, and
/// the pillars' discussion prompts.
pub(super) fn comparison(p: &Page<'_>) -> Markup {
    let (m, f, cmp, items) = (p.m, p.f, p.cmp, p.items);
    let (first, last) = cmp.ends;
    html! {
        section #comparison {
            h2 { (m.get("report-comparison")) }
            // Change, only for one team over time: between parallel groups it means nothing.
            @if cmp.over_time {
                h3 {
                    (m.format("report-change", &[
                        ("from", items[first].0.label.clone().into()),
                        ("to", items[last].0.label.clone().into()),
                    ]))
                }
                table {
                    tr {
                        th { (m.get("col-pillar")) }
                        th.num { (items[first].0.label) }
                        th.num { (items[last].0.label) }
                        th.num { (m.get("report-delta")) }
                    }
                    @for ((pillar_id, delta), stats) in cmp.change(first, last).iter().zip(&cmp.pillars) {
                        @let score = |i: usize| cmp.cards[i].pillar(&stats.pillar_id).and_then(|r| r.score);
                        tr {
                            td { (f.pillar(pillar_id).map_or(pillar_id.as_str(), |x| p.tr(&x.name))) }
                            td.num { (p.num(score(first))) }
                            td.num { (p.num(score(last))) }
                            td.num {
                                @match delta {
                                    Some(d) if *d > 0.005 => { span.up { "▲ +" (m.decimal(*d, 2)) } },
                                    Some(d) if *d < -0.005 => { span.down { "▼ " (m.decimal(*d, 2)) } },
                                    // A plain "=": the fullwidth sign is missing from common fonts.
                                    Some(_) => "= 0",
                                    None => "—",
                                }
                            }
                        }
                    }
                }
            }
            h3 { (m.get("report-disagree")) }
            p.weak { (m.get("report-disagree-help")) }
            table {
                tr {
                    th { (m.get("report-question")) }
                    @for (a, _) in items { th.num { (a.label) } }
                }
                @for s in cmp.spread.iter().filter(|s| s.range > 0).take(DISAGREEMENT_ROWS) {
                    tr {
                        td { (f.question(&s.question_id).map_or(s.question_id.as_str(), |(_, q)| p.tr(&q.text))) }
                        @for level in &s.levels {
                            td.num { (level.map_or_else(|| "—".to_owned(), |l| l.to_string())) }
                        }
                    }
                }
            }
            @for stats in &cmp.pillars {
                @if let Some(pillar) = f.pillar(&stats.pillar_id).filter(|x| !x.discussion.is_empty()) {
                    h3 { (p.tr(&pillar.name)) }
                    ul.prompts { @for prompt in &pillar.discussion { li { (p.tr(prompt)) } } }
                }
            }
        }
    }
}

/// Each assessment's weakest questions (with what the next level asks) and strongest ones.
pub(super) fn strengths(p: &Page<'_>) -> Markup {
    let (m, f) = (p.m, p.f);
    let (min, max) = f.scale_range();
    html! {
        section #strengths {
            h2 { (m.get("report-strengths-gaps")) }
            @for (a, _) in p.items {
                @if p.several() { h3 { (a.label) } }
                @let rated = scoring::rated(f, a);
                p { strong { (m.get("results-weakest")) } }
                @for r in rated.iter().filter(|r| r.level < max).take(GAPS) {
                    div.card {
                        div {
                            (p.tr(&r.question.text)) " "
                            span.weak { "(" (f.level(r.level).map(|s| p.tr(&s.label)).unwrap_or_default()) ")" }
                        }
                        @if let Some(text) = to_reach(m, f, r.question, r.level) {
                            div.weak { (text) }
                        }
                    }
                }
                p { strong { (m.get("results-strongest")) } }
                @for r in rated.iter().rev().filter(|r| r.level > min).take(STRENGTHS) {
                    div.card {
                        (p.tr(&r.question.text)) " "
                        span.weak { "(" (f.level(r.level).map(|s| p.tr(&s.label)).unwrap_or_default()) ")" }
                    }
                }
            }
        }
    }
}

/// Every question in scope with each assessment's level and note, then any answers to
/// questions the framework lacks.
pub(super) fn questions(p: &Page<'_>) -> Markup {
    let (m, f) = (p.m, p.f);
    let pillars = f
        .pillars
        .iter()
        .filter(|x| p.items.iter().any(|(a, _)| a.in_scope(&x.id)));
    html! {
        section #questions {
            h2 { (m.get("report-every-question")) }
            @for pillar in pillars {
                h3 { (p.tr(&pillar.name)) }
                @if !pillar.discussion.is_empty() {
                    ul.prompts.weak { @for prompt in &pillar.discussion { li { (p.tr(prompt)) } } }
                }
                table {
                    tr {
                        th { (m.get("report-question")) }
                        th { (m.get("report-assessment")) }
                        th { (m.get("report-level")) }
                        th { (m.get("question-note")) }
                    }
                    @for q in &pillar.questions {
                        @for (k, (a, _)) in p.items.iter().filter(|(a, _)| a.in_scope(&pillar.id)).enumerate() {
                            @let answer = a.answers.get(&q.id);
                            tr {
                                td { @if k == 0 { (p.tr(&q.text)) } }
                                td { (a.label) }
                                td {
                                    @match answer {
                                        Some(x) if x.not_applicable => (m.get("mark-not-applicable")),
                                        Some(x) => @match x.level.and_then(|l| f.level(l)) {
                                            Some(s) => { (s.value) " · " (p.tr(&s.label)) },
                                            None => "—",
                                        },
                                        None => "—",
                                    }
                                }
                                td.note { (answer.and_then(|x| x.note.as_deref()).unwrap_or("")) }
                            }
                        }
                    }
                }
            }
            (unknown_answers(p))
        }
    }
}

/// Every answer the files hold to a question the framework lacks, with a notice that says why
/// it counts in no score: the report shows all that the files hold, never less.
fn unknown_answers(p: &Page<'_>) -> Markup {
    let (m, f) = (p.m, p.f);
    // An answer counts where a question of `f` takes it: the same id, or the one `f`'s
    // carry map names for the version the assessment was made on.
    let rows: Vec<(&Assessment, &str)> = p
        .originals
        .iter()
        .flat_map(|(a, fw)| {
            a.answers
                .keys()
                .filter(move |id| {
                    !f.questions()
                        .any(|(_, q)| carry::source(f, fw, &q.id) == Some(id.as_str()))
                        && (fw.version != f.version || f.question(id).is_none())
                })
                .map(move |id| (*a, id.as_str()))
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    html! {
        h3 #unknown-answers { (m.get("report-unknown-title")) }
        p.notice {
            (m.format("report-unknown-help", &[
                ("framework", p.tr(&f.name).to_owned().into()),
                ("version", f.version.clone().into()),
                ("count", rows.len().into()),
            ]))
        }
        table {
            tr {
                th { (m.get("report-assessment")) }
                th { (m.get("report-question-id")) }
                th { (m.get("report-level")) }
                th { (m.get("question-note")) }
            }
            @for (a, id) in &rows {
                @let answer = a.answers.get(*id);
                tr {
                    td { (a.label) }
                    td { code { (id) } }
                    td {
                        @match answer {
                            Some(x) if x.not_applicable => (m.get("mark-not-applicable")),
                            Some(x) => (x.level.map_or_else(|| "—".to_owned(), |l| l.to_string())),
                            None => "—",
                        }
                    }
                    td.note { (answer.and_then(|x| x.note.as_deref()).unwrap_or("")) }
                }
            }
        }
    }
}
