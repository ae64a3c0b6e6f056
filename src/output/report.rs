//! The printable report: one self-contained HTML file (inline CSS and SVG, nothing loaded from
//! the network) with the context, the radar, the pillar tables, the comparison when there are
//! several assessments, strengths and gaps, the plan, and every question with each
//! assessment's level and note. Every user text is escaped.

use std::fmt::Write as _;

use crate::analysis::compare::{CompareError, Comparison};
use crate::analysis::plan::{due_key, is_overdue, status_id, to_reach};
use crate::analysis::scoring::{self, ScoreCard};
use crate::i18n::{self, Messages};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::output::chart::{self, ChartData};

/// Why a report cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Compare(#[from] CompareError),
    #[error(transparent)]
    Chart(#[from] chart::ChartError),
}

/// How many questions of widest disagreement the comparison lists.
const DISAGREEMENT_ROWS: usize = 10;
const GAPS: usize = 5;
const STRENGTHS: usize = 3;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const CSS: &str = r#"
:root { --ink: #1e1e1e; --weak: #555; --line: #d0d0d0; --accent: #005a9c; --card: #f4f4f2; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; font-size: 11pt; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; color: var(--accent); }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
.weak { color: var(--weak); }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--card); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
.chart svg text { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
.card { background: var(--card); border-radius: 6px; padding: .6rem .8rem; margin: .5rem 0; break-inside: avoid; }
.up { color: #006b4e; } .down { color: #b01e1e; }
.overdue { color: #b01e1e; font-weight: 600; }
.note { white-space: pre-wrap; }
.notice { border-left: 4px solid #b36b00; background: var(--card); padding: .4rem .7rem; }
ul.prompts { margin: .2rem 0 .6rem; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .chart svg { max-height: 125mm; }
  section { break-before: page; }
  section.first { break-before: auto; }
  h2, h3 { break-after: avoid; }
}
"#;

/// The report of one or more assessments of one framework, in `lang`. `today` (YYYY-MM-DD)
/// marks overdue actions.
pub fn render(
    items: &[(&Assessment, &Framework)],
    lang: &str,
    today: &str,
) -> Result<String, ReportError> {
    let m = Messages::new(lang);
    let lang = m.lang();
    let cmp = Comparison::new(items)?;
    let f = &cmp.framework;
    let chart_items: Vec<(&Assessment, &Framework)> = items.iter().map(|(a, _)| (*a, f)).collect();
    let chart_data = ChartData::new(&chart_items, lang)?;
    let svg = chart::render_svg(&chart_data, 1200, 900)?;
    let several = items.len() > 1;
    let tr = |t: &crate::model::text::Text| escape(f.tr(t, lang));
    let num = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| m.decimal(v, 2));
    // A score with the level it reaches, in words: "2,20 · Emergente".
    let with_level = |v: Option<f64>| match v {
        Some(score) => match f.level_at_or_below(score) {
            Some(level) => format!(
                "{}<br><span class=\"weak\">{}</span>",
                m.decimal(score, 2),
                escape(f.tr(&level.label, lang))
            ),
            None => m.decimal(score, 2),
        },
        None => "—".to_owned(),
    };

    let mut h = String::new();
    let title = if several {
        m.format("report-title-many", &[("count", items.len().into())])
    } else {
        m.format(
            "report-title-one",
            &[("label", items[0].0.label.clone().into())],
        )
    };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Pilares\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        escape(&title)
    );

    // Context.
    let _ = writeln!(
        h,
        "<section class=\"first\" id=\"context\">\n<h1>{}</h1>\n<p class=\"weak\">{} · {} {}</p>",
        escape(&title),
        tr(&f.name),
        escape(&f.id),
        escape(&f.version)
    );
    if let Some(d) = &f.description {
        let _ = writeln!(h, "<p>{}</p>", tr(d));
    }
    let _ = writeln!(
        h,
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr>",
        m.get("report-assessment"),
        m.get("details-country"),
        m.get("details-team"),
        m.get("details-date"),
        m.get("details-participants"),
        m.get("report-completeness"),
    );
    for ((a, _), card) in items.iter().zip(&cmp.cards) {
        let o = &card.overall;
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            escape(&a.label),
            escape(a.country.as_deref().unwrap_or("")),
            escape(a.team.as_deref().unwrap_or("")),
            escape(
                &a.date
                    .as_deref()
                    .map(|d| i18n::date(d, lang))
                    .unwrap_or_default()
            ),
            escape(&a.participants.join(", ")),
            m.format(
                "report-done-of",
                &[
                    ("done", (o.answered + o.not_applicable).into()),
                    ("total", o.total.into())
                ]
            ),
        );
    }
    h.push_str("</table>\n");
    let versions: Vec<String> = items
        .iter()
        .map(|(_, fw)| fw.version.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if versions.len() > 1 || !cmp.left_out.is_empty() {
        let _ = writeln!(
            h,
            "<p class=\"card\">{}</p>",
            escape(&m.format(
                "report-left-out",
                &[
                    ("versions", versions.join(", ").into()),
                    ("count", cmp.left_out.len().into()),
                    ("ids", cmp.left_out.join(", ").into()),
                ]
            ))
        );
    }
    h.push_str("</section>\n");

    // Scores: the radar and the table.
    let _ = write!(
        h,
        "<section id=\"scores\">\n<h2>{}</h2>\n<div class=\"chart\">{svg}</div>\n<table>\n<tr><th>{}</th>",
        m.get("report-scores"),
        m.get("col-pillar")
    );
    for (a, _) in items {
        let _ = write!(h, "<th class=\"num\">{}</th>", escape(&a.label));
    }
    if several {
        let _ = write!(
            h,
            "<th class=\"num\">{}</th><th class=\"num\">{}</th>",
            m.get("report-mean"),
            m.get("report-range")
        );
    }
    h.push_str("</tr>\n");
    for stats in &cmp.pillars {
        let name = f
            .pillar(&stats.pillar_id)
            .map_or_else(|| escape(&stats.pillar_id), |p| tr(&p.name));
        let _ = write!(h, "<tr><td>{name}</td>");
        for card in &cmp.cards {
            let score = card.pillar(&stats.pillar_id).and_then(|r| r.score);
            let _ = write!(h, "<td class=\"num\">{}</td>", with_level(score));
        }
        if several {
            let _ = write!(
                h,
                "<td class=\"num\">{}</td><td class=\"num\">{}–{}</td>",
                num(stats.mean),
                num(stats.min),
                num(stats.max)
            );
        }
        h.push_str("</tr>\n");
    }
    let _ = write!(h, "<tr><th>{}</th>", m.get("report-overall"));
    for card in &cmp.cards {
        let _ = write!(
            h,
            "<th class=\"num\">{}</th>",
            with_level(card.overall.score)
        );
    }
    if several {
        h.push_str("<th></th><th></th>");
    }
    h.push_str("</tr>\n</table>\n</section>\n");

    // Comparison.
    if several {
        let _ = writeln!(
            h,
            "<section id=\"comparison\">\n<h2>{}</h2>",
            m.get("report-comparison")
        );
    }
    // Change, only for one team over time: between parallel groups it means nothing.
    if several && cmp.over_time {
        let last = items.len() - 1;
        let _ = writeln!(
            h,
            "<h3>{}</h3>\n<table>\n<tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr>",
            escape(&m.format(
                "report-change",
                &[
                    ("from", items[0].0.label.clone().into()),
                    ("to", items[last].0.label.clone().into()),
                ]
            )),
            m.get("col-pillar"),
            escape(&items[0].0.label),
            escape(&items[last].0.label),
            m.get("report-delta"),
        );
        for ((pillar_id, delta), stats) in cmp.change(0, last).iter().zip(&cmp.pillars) {
            let name = f
                .pillar(pillar_id)
                .map_or_else(|| escape(pillar_id), |p| tr(&p.name));
            let score = |i: usize| cmp.cards[i].pillar(&stats.pillar_id).and_then(|r| r.score);
            let arrow = match delta {
                Some(d) if *d > 0.005 => {
                    format!("<span class=\"up\">▲ +{}</span>", m.decimal(*d, 2))
                }
                Some(d) if *d < -0.005 => {
                    format!("<span class=\"down\">▼ {}</span>", m.decimal(*d, 2))
                }
                Some(_) => "＝ 0".to_owned(),
                None => "—".to_owned(),
            };
            let _ = writeln!(
                h,
                "<tr><td>{name}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{arrow}</td></tr>",
                num(score(0)),
                num(score(last))
            );
        }
        h.push_str("</table>\n");
    }
    if several {
        let _ = write!(
            h,
            "<h3>{}</h3>\n<p class=\"weak\">{}</p>\n<table>\n<tr><th>{}</th>",
            m.get("report-disagree"),
            m.get("report-disagree-help"),
            m.get("report-question")
        );
        for (a, _) in items {
            let _ = write!(h, "<th class=\"num\">{}</th>", escape(&a.label));
        }
        h.push_str("</tr>\n");
        for s in cmp
            .spread
            .iter()
            .filter(|s| s.range > 0)
            .take(DISAGREEMENT_ROWS)
        {
            let text = f
                .question(&s.question_id)
                .map_or_else(|| escape(&s.question_id), |(_, q)| tr(&q.text));
            let _ = write!(h, "<tr><td>{text}</td>");
            for level in &s.levels {
                let _ = write!(
                    h,
                    "<td class=\"num\">{}</td>",
                    level.map_or_else(|| "—".to_owned(), |l| l.to_string())
                );
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</table>\n");
        for stats in &cmp.pillars {
            let Some(p) = f.pillar(&stats.pillar_id) else {
                continue;
            };
            if p.discussion.is_empty() {
                continue;
            }
            let _ = write!(h, "<h3>{}</h3>\n<ul class=\"prompts\">", tr(&p.name));
            for prompt in &p.discussion {
                let _ = write!(h, "<li>{}</li>", tr(prompt));
            }
            h.push_str("</ul>\n");
        }
        h.push_str("</section>\n");
    }

    // Strengths and gaps.
    let _ = writeln!(
        h,
        "<section id=\"strengths\">\n<h2>{}</h2>",
        m.get("report-strengths-gaps")
    );
    let (min, max) = f.scale_range();
    for (a, _) in items {
        if several {
            let _ = writeln!(h, "<h3>{}</h3>", escape(&a.label));
        }
        let rated = scoring::rated(f, a);
        let _ = writeln!(h, "<p><strong>{}</strong></p>", m.get("results-weakest"));
        for r in rated.iter().filter(|r| r.level < max).take(GAPS) {
            let level = f.level(r.level).map(|s| tr(&s.label)).unwrap_or_default();
            let _ = write!(
                h,
                "<div class=\"card\"><div>{} <span class=\"weak\">({level})</span></div>",
                tr(&r.question.text)
            );
            if let Some(text) = to_reach(&m, f, r.question, r.level) {
                let _ = write!(h, "<div class=\"weak\">{}</div>", escape(&text));
            }
            h.push_str("</div>\n");
        }
        let _ = writeln!(h, "<p><strong>{}</strong></p>", m.get("results-strongest"));
        for r in rated.iter().rev().filter(|r| r.level > min).take(STRENGTHS) {
            let level = f.level(r.level).map(|s| tr(&s.label)).unwrap_or_default();
            let _ = writeln!(
                h,
                "<div class=\"card\">{} <span class=\"weak\">({level})</span></div>",
                tr(&r.question.text)
            );
        }
    }
    h.push_str("</section>\n");

    // The plan.
    if items
        .iter()
        .any(|(a, _)| !a.targets.is_empty() || !a.actions.is_empty())
    {
        plan_section(&mut h, &m, f, items, &cmp.cards, today);
    }

    // Every question.
    let _ = writeln!(
        h,
        "<section id=\"questions\">\n<h2>{}</h2>",
        m.get("report-every-question")
    );
    for pillar in f
        .pillars
        .iter()
        .filter(|p| items.iter().any(|(a, _)| a.in_scope(&p.id)))
    {
        let _ = writeln!(h, "<h3>{}</h3>", tr(&pillar.name));
        if !pillar.discussion.is_empty() {
            h.push_str("<ul class=\"prompts weak\">");
            for prompt in &pillar.discussion {
                let _ = write!(h, "<li>{}</li>", tr(prompt));
            }
            h.push_str("</ul>\n");
        }
        let _ = writeln!(
            h,
            "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            m.get("report-question"),
            m.get("report-assessment"),
            m.get("report-level"),
            m.get("question-note")
        );
        for q in &pillar.questions {
            for (k, (a, _)) in items.iter().enumerate() {
                if !a.in_scope(&pillar.id) {
                    continue;
                }
                let answer = a.answers.get(&q.id);
                let level = match answer {
                    Some(x) if x.not_applicable => m.get("mark-not-applicable"),
                    Some(x) => x.level.and_then(|l| f.level(l)).map_or_else(
                        || "—".to_owned(),
                        |s| format!("{} · {}", s.value, f.tr(&s.label, lang)),
                    ),
                    None => "—".to_owned(),
                };
                let note = answer.and_then(|x| x.note.as_deref()).unwrap_or("");
                let question_cell = if k == 0 { tr(&q.text) } else { String::new() };
                let _ = writeln!(
                    h,
                    "<tr><td>{question_cell}</td><td>{}</td><td>{}</td><td class=\"note\">{}</td></tr>",
                    escape(&a.label),
                    escape(&level),
                    escape(note)
                );
            }
        }
        h.push_str("</table>\n");
    }
    unknown_answers_section(&mut h, &m, items, f, lang);
    h.push_str("</section>\n</body>\n</html>\n");
    Ok(h)
}

/// Every answer the files hold to a question the framework lacks, with a notice that says why
/// it counts in no score: the report shows all that the files hold, never less.
fn unknown_answers_section(
    h: &mut String,
    m: &Messages,
    items: &[(&Assessment, &Framework)],
    f: &Framework,
    lang: &str,
) {
    let rows: Vec<(&Assessment, &str)> = items
        .iter()
        .flat_map(|(a, _)| a.unknown_questions(f).into_iter().map(move |id| (*a, id)))
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<h3 id=\"unknown-answers\">{}</h3>\n<p class=\"notice\">{}</p>",
        m.get("report-unknown-title"),
        escape(&m.format(
            "report-unknown-help",
            &[
                ("framework", f.tr(&f.name, lang).to_owned().into()),
                ("version", f.version.clone().into()),
                ("count", rows.len().into()),
            ],
        ))
    );
    let _ = writeln!(
        h,
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        m.get("report-assessment"),
        m.get("report-question-id"),
        m.get("report-level"),
        m.get("question-note")
    );
    for (a, id) in rows {
        let answer = a.answers.get(id);
        let level = match answer {
            Some(x) if x.not_applicable => m.get("mark-not-applicable"),
            Some(x) => x.level.map_or_else(|| "—".to_owned(), |l| l.to_string()),
            None => "—".to_owned(),
        };
        let note = answer.and_then(|x| x.note.as_deref()).unwrap_or("");
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td class=\"note\">{}</td></tr>",
            escape(&a.label),
            escape(id),
            escape(&level),
            escape(note)
        );
    }
    h.push_str("</table>\n");
}

fn plan_section(
    h: &mut String,
    m: &Messages,
    f: &Framework,
    items: &[(&Assessment, &Framework)],
    cards: &[ScoreCard],
    today: &str,
) {
    let lang = m.lang();
    let tr = |t: &crate::model::text::Text| escape(f.tr(t, lang));
    let num = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| m.decimal(v, 2));
    let _ = writeln!(
        h,
        "<section id=\"plan\">\n<h2>{}</h2>",
        m.get("report-plan")
    );
    for ((a, _), card) in items.iter().zip(cards) {
        if a.targets.is_empty() && a.actions.is_empty() {
            continue;
        }
        if items.len() > 1 {
            let _ = writeln!(h, "<h3>{}</h3>", escape(&a.label));
        }
        if !a.targets.is_empty()
            && let Ok(mut data) = ChartData::new(&[(a, f)], lang)
        {
            data.add_targets(a, f, &m.get("plan-target-series"));
            if let Ok(svg) = chart::render_svg(&data, 1200, 900) {
                let _ = writeln!(h, "<div class=\"chart\">{svg}</div>");
            }
        }
        if !a.targets.is_empty() {
            let _ = writeln!(
                h,
                "<table>\n<tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr>",
                m.get("col-pillar"),
                m.get("report-current"),
                m.get("report-target"),
                m.get("report-gap")
            );
            for p in f.pillars.iter().filter(|p| a.in_scope(&p.id)) {
                let current = card.pillar(&p.id).and_then(|r| r.score);
                let target = a.targets.get(&p.id).copied();
                let gap = match (current, target) {
                    (Some(c), Some(t)) => Some(t - c),
                    _ => None,
                };
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    tr(&p.name),
                    num(current),
                    num(target),
                    num(gap)
                );
            }
            h.push_str("</table>\n");
        }
        if !a.actions.is_empty() {
            let _ = writeln!(
                h,
                "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                m.get("col-pillar"),
                m.get("report-action"),
                m.get("report-owner"),
                m.get("report-due"),
                m.get("report-status")
            );
            let mut actions: Vec<_> = a.actions.iter().collect();
            // By pillar (framework order), then due date (undated last).
            let order = |id: &str| {
                f.pillars
                    .iter()
                    .position(|p| p.id == id)
                    .unwrap_or(usize::MAX)
            };
            actions.sort_by(|x, y| {
                order(&x.pillar)
                    .cmp(&order(&y.pillar))
                    .then_with(|| due_key(x.due.as_deref()).cmp(&due_key(y.due.as_deref())))
            });
            for action in actions {
                let pillar = f
                    .pillar(&action.pillar)
                    .map_or_else(|| escape(&action.pillar), |p| tr(&p.name));
                let question = action
                    .question
                    .as_deref()
                    .and_then(|q| f.question(q))
                    .map(|(_, q)| format!("<div class=\"weak\">{}</div>", tr(&q.text)))
                    .unwrap_or_default();
                let overdue = is_overdue(action.due.as_deref(), action.status, today);
                let due = action
                    .due
                    .as_deref()
                    .map(|d| i18n::date(d, lang))
                    .unwrap_or_default();
                let due = if overdue {
                    format!(
                        "<span class=\"overdue\">{} ({})</span>",
                        escape(&due),
                        m.get("plan-overdue")
                    )
                } else {
                    escape(&due)
                };
                let _ = writeln!(
                    h,
                    "<tr><td>{pillar}</td><td>{}{question}</td><td>{}</td><td>{due}</td><td>{}</td></tr>",
                    escape(&action.text),
                    escape(action.owner.as_deref().unwrap_or("")),
                    m.get(status_id(action.status))
                );
            }
            h.push_str("</table>\n");
        }
    }
    h.push_str("</section>\n");
}
