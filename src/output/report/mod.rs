//! The printable report: one self-contained HTML file (inline CSS and SVG, nothing loaded from
//! the network). Page 1 is the summary a director puts in front of a minister; the annex
//! follows: the context, the pillar tables, the comparison when there are several assessments,
//! strengths and gaps, the plan, and every question with each assessment's level and note.
//!
//! Built with maud, which escapes every text by construction; colours come from
//! [`crate::output::colour`], as the window's do.

mod annex;
mod consensus;
mod plan;
mod summary;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::analysis::compare::{CompareError, Comparison};
use crate::i18n::Messages;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::text::Text;
use crate::output::chart::{self, ChartData};
use crate::output::colour::{LIGHT, css};

/// Why a report cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Compare(#[from] CompareError),
    #[error(transparent)]
    Chart(#[from] chart::ChartError),
}

/// Everything a section of the report reads.
struct Page<'a> {
    m: &'a Messages,
    lang: &'static str,
    /// The framework the assessments are compared on.
    f: &'a Framework,
    /// Each assessment as it reads on `f` (answers to earlier versions carried over), with the
    /// framework version it was made on.
    items: &'a [(&'a Assessment, &'a Framework)],
    /// The assessments as their files hold them, for the answers no question of `f` takes.
    originals: &'a [(&'a Assessment, &'a Framework)],
    cmp: &'a Comparison,
    /// Today's date (ISO), against which actions are overdue.
    today: &'a str,
    /// The radar of every assessment, as SVG.
    svg: String,
}

impl Page<'_> {
    fn several(&self) -> bool {
        self.items.len() > 1
    }

    /// A framework text in the report's language.
    fn tr<'t>(&self, t: &'t Text) -> &'t str {
        self.f.tr(t, self.lang)
    }

    /// A score with two decimals, or a dash.
    fn num(&self, v: Option<f64>) -> String {
        v.map_or_else(|| "—".to_owned(), |v| self.m.decimal(v, 2))
    }

    /// A score with the level it reaches, in words: "2,20 · Emergente".
    fn with_level(&self, v: Option<f64>) -> Markup {
        match v {
            Some(score) => match self.f.level_at_or_below(score) {
                Some(level) => html! {
                    (self.m.decimal(score, 2)) br; span.weak { (self.tr(&level.label)) }
                },
                None => html! { (self.m.decimal(score, 2)) },
            },
            None => html! { "—" },
        }
    }

    /// The title: one assessment's label, or how many are compared.
    fn title(&self) -> String {
        if self.several() {
            self.m
                .format("report-title-many", &[("count", self.items.len().into())])
        } else {
            self.m.format(
                "report-title-one",
                &[("label", self.items[0].0.label.clone().into())],
            )
        }
    }

    /// The chart as markup: it is SVG that plotters drew from escaped text.
    fn chart(&self, class: &str) -> Markup {
        html! { div class=(class) { (PreEscaped(&self.svg)) } }
    }
}

/// Text as the report writes it in HTML: maud's escaping, for callers that look for it.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail (the invariant of `fmt::Write for String`).
    let _ = std::fmt::Write::write_str(&mut maud::Escaper::new(&mut out), text);
    out
}

/// The stylesheet, with the colour tokens the window uses.
fn css_text() -> String {
    let t = LIGHT;
    format!(
        ":root {{ --ink: {}; --weak: {}; --line: {}; --accent: {}; --card: {}; --up: {}; --down: {}; --notice: {}; }}\n{}",
        css(t.text),
        css(t.weak_text),
        css(t.line),
        css(t.accent),
        css(t.card),
        css(t.done),
        css(t.error),
        css(t.missing),
        CSS
    )
}

const CSS: &str = r#"
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
.up { color: var(--up); } .down { color: var(--down); }
.overdue { color: var(--down); font-weight: 600; }
.note { white-space: pre-wrap; }
.notice { border-left: 4px solid var(--notice); background: var(--card); padding: .4rem .7rem; }
ul.prompts { margin: .2rem 0 .6rem; }
.headline { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; margin: .8rem 0 .2rem; }
.headline .level { font-size: 1.6rem; font-weight: 700; color: var(--accent); }
.summary-chart svg { max-height: 95mm; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2rem; }
.columns ul { padding-left: 1.1rem; margin: .2rem 0; }
.columns li { margin: .25rem 0; }
.columns h3, .summary h3 { margin: .8rem 0 .2rem; }
.summary table { margin: .3rem 0; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .chart svg { max-height: 125mm; }
  .summary-chart svg { max-height: 74mm; }
  .summary { font-size: 9pt; }
  .summary h1 { font-size: 1.5rem; }
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
    render_with(items, lang, today, None)
}

/// The report, where someone has said whether the assessments are one team over time
/// (`Some`), over what their dates and labels suggest (`None`).
pub fn render_with(
    items: &[(&Assessment, &Framework)],
    lang: &str,
    today: &str,
    over_time: Option<bool>,
) -> Result<String, ReportError> {
    let m = Messages::new(lang);
    let lang = m.lang();
    let original_items = items;
    let mut cmp = Comparison::new(items)?;
    if let Some(over_time) = over_time {
        cmp.over_time = over_time;
    }
    let f = &cmp.framework;
    // Each on the newest version, answers to earlier ones carried over.
    let chart_items: Vec<(&Assessment, &Framework)> =
        cmp.assessments.iter().map(|a| (a, f)).collect();
    let chart_data = ChartData::new(&chart_items, lang)?;
    let svg = chart::render_svg(&chart_data, 1200, 900)?;
    let carried: Vec<(&Assessment, &Framework)> = cmp
        .assessments
        .iter()
        .zip(items)
        .map(|(a, (_, fw))| (a, *fw))
        .collect();
    let items = carried.as_slice();
    let page = Page {
        m: &m,
        lang,
        f,
        items,
        originals: original_items,
        cmp: &cmp,
        today,
        svg,
    };
    let title = page.title();
    let markup = html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="Pilares";
                title { (title) }
                style { (PreEscaped(css_text())) }
            }
            body {
                (summary::section(&page))
                (annex::context(&page))
                (annex::scores(&page))
                @if page.several() { (annex::comparison(&page)) }
                (annex::strengths(&page))
                @if items.iter().any(|(a, _)| !a.targets.is_empty() || !a.actions.is_empty()) {
                    (plan::section(&page))
                }
                @if items.iter().any(|(a, _)| !a.ratings.is_empty()) {
                    (consensus::section(&page))
                }
                (annex::questions(&page))
            }
        }
    };
    Ok(markup.into_string())
}
