//! The report's consensus section: how far the team's members agreed before they settled
//! (Krippendorff's alpha, in words), and for each question they rated differently the spread of
//! their own ratings as a dot plot beside the agreed level, with their notes.

use maud::{Markup, html};

use super::Page;
use crate::analysis::agreement::{self, QuestionAgreement};
use crate::model::assessment::Assessment;
use crate::output::colour::{LIGHT, css};

pub(super) fn section(p: &Page<'_>) -> Markup {
    let m = p.m;
    html! {
        section #consensus {
            h2 { (m.get("report-consensus")) }
            @for (a, _) in p.items.iter().filter(|(a, _)| !a.ratings.is_empty()) {
                @if p.several() { h3 { (a.label) } }
                (one(p, a))
            }
        }
    }
}

fn one(p: &Page<'_>, a: &Assessment) -> Markup {
    let (m, f) = (p.m, p.f);
    let ag = agreement::agreement(a, f);
    let differ: Vec<&QuestionAgreement> = ag
        .questions
        .iter()
        .filter(|q| f.question(&q.question_id).is_some() && q.spread().unwrap_or(0) > 0)
        .collect();
    let alike = ag.questions.len() - differ.len();
    html! {
        p {
            (m.format("report-consensus-who", &[("count", a.participants.len().into())]))
            " "
            @match ag.alpha_ordinal {
                Some(alpha) => (agreement::alpha_reading(m, alpha)),
                None => (m.get("report-consensus-no-alpha")),
            }
        }
        p.weak { (m.format("report-consensus-alike", &[("count", alike.into())])) }
        @if !differ.is_empty() {
            table {
                tr {
                    th { (m.get("report-question")) }
                    th { (m.get("report-ratings")) }
                    th { (m.get("report-agreed")) }
                    th { (m.get("question-note")) }
                }
                @for q in differ {
                    @let question = f.question(&q.question_id).map(|(_, x)| x);
                    @let ratings = a.ratings.get(&q.question_id).map_or(&[][..], Vec::as_slice);
                    tr {
                        td { (question.map_or(q.question_id.as_str(), |x| p.tr(&x.text))) }
                        td { (dot_plot(p, q)) }
                        td {
                            @if q.agreed_not_applicable {
                                (m.get("mark-not-applicable"))
                            } @else if let Some(level) = q.agreed.and_then(|l| f.level(l)) {
                                (level.value) " · " (p.tr(&level.label))
                            } @else {
                                span.weak { (m.get("report-not-settled")) }
                            }
                        }
                        td.note {
                            @for r in ratings.iter().filter(|r| r.note.is_some()) {
                                div { strong { (r.by) } ": " (r.note.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The ratings of one question on the scale: a dot per person (stacked where several chose
/// alike), the agreed level ringed; named in full for screen readers.
fn dot_plot(p: &Page<'_>, q: &QuestionAgreement) -> Markup {
    let (min, max) = p.f.scale_range();
    let span = (max - min).max(1) as f64;
    let (w, pad) = (150.0, 8.0);
    let x = |level: i64| format!("{:.1}", pad + (level - min) as f64 / span * (w - 2.0 * pad));
    let mut stacked = std::collections::BTreeMap::<i64, usize>::new();
    let dots: Vec<(String, String)> = q
        .ratings
        .iter()
        .filter_map(|(_, l)| *l)
        .map(|level| {
            let k = stacked.entry(level).or_insert(0);
            let y = 22.0 - 7.0 * *k as f64;
            *k += 1;
            (x(level), format!("{y:.1}"))
        })
        .collect();
    let described = q
        .ratings
        .iter()
        .map(|(by, l)| format!("{by} {}", l.map_or("NA".to_owned(), |l| l.to_string())))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        svg width=(w) height="42" viewBox={"0 0 " (w) " 42"} role="img" aria-label=(described) {
            line x1=(pad) x2=(w - pad) y1="29" y2="29" stroke=(css(LIGHT.line)) {}
            @for level in min..=max {
                line x1=(x(level)) x2=(x(level)) y1="27" y2="31" stroke=(css(LIGHT.line)) {}
                text x=(x(level)) y="40" font-size="8" text-anchor="middle" fill=(css(LIGHT.weak_text)) { (level) }
            }
            @for (cx, cy) in &dots {
                circle cx=(cx) cy=(cy) r="3.2" fill=(css(LIGHT.accent)) {}
            }
            @if let Some(agreed) = q.agreed {
                circle cx=(x(agreed)) cy="22" r="6" fill="none" stroke=(css(LIGHT.done)) stroke-width="1.6" {}
            }
        }
    }
}
