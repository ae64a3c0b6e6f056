//! `pilares score`: the scores of every assessment, as a table a person reads, CSV or JSON.

use super::*;

pub(super) fn score(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    format: Format,
    lang: &str,
) -> Result<(), Failure> {
    let (catalog, warnings) = catalog(frameworks)?;
    print_warnings(&warnings);
    let (outcome, cards) = inputs::load_scored(inputs, &catalog)?;
    print_warnings(&outcome.warnings);
    let loaded = outcome.loaded;
    let parts = match format {
        Format::Table => vec![score_table(&loaded, &cards, lang).into_bytes()],
        Format::Csv => {
            let rows: Vec<(&str, &ScoreCard)> = loaded
                .iter()
                .zip(&cards)
                .map(|(l, c)| (l.assessment.label.as_str(), c))
                .collect();
            scores::scores_csv(&rows)
                .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?
        }
        Format::Json => {
            let json: Vec<JsonCard> = loaded
                .iter()
                .zip(&cards)
                .map(|(l, c)| JsonCard {
                    assessment: &l.assessment.label,
                    framework_id: &l.framework.id,
                    framework_version: &l.framework.version,
                    pillars: &c.pillars,
                    overall: &c.overall,
                })
                .collect();
            let mut text = serde_json::to_string_pretty(&json)
                .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
            text.push('\n');
            vec![text.into_bytes()]
        }
    };
    let written = stdout_parts(&parts);
    // The process ends right after this command: the system takes this memory back at once,
    // where freeing a census's hundreds of thousands of allocations one by one took ~20 ms.
    std::mem::forget((loaded, cards, parts));
    written
}

#[derive(Serialize)]
struct JsonCard<'a> {
    assessment: &'a str,
    framework_id: &'a str,
    framework_version: &'a str,
    pillars: &'a [PillarScore],
    overall: &'a PillarScore,
}

/// The score table a person reads: one block per assessment, in `lang` (its words, its
/// decimal separator, the framework's texts in it).
pub fn score_table(loaded: &[Loaded], cards: &[ScoreCard], lang: &str) -> String {
    // One output, one language (see `output_language`).
    let lang = loaded.first().map_or(lang, |l| {
        crate::output::export::output_language(&l.framework, lang)
    });
    let m = Messages::new(lang);
    let lang = m.lang();
    let mut out = String::new();
    let overall = m.get("report-overall");
    for (i, (l, card)) in loaded.iter().zip(cards).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let f = &l.framework;
        let a = &l.assessment;
        let mut context = vec![a.label.clone(), format!("{} {}", f.id, f.version)];
        context.extend(a.country.iter().cloned());
        context.extend(a.date.iter().map(|d| i18n::date(d, lang)));
        let _ = writeln!(out, "{}", context.join(" · "));
        let names: Vec<String> = card
            .pillars
            .iter()
            .map(|p| {
                f.pillar(&p.pillar_id)
                    .map_or_else(|| p.pillar_id.clone(), |x| f.tr(&x.name, lang).to_owned())
            })
            .collect();
        let heads = [
            "col-pillar",
            "col-answered",
            "col-na",
            "col-score",
            "col-level",
        ]
        .map(|id| m.get(id));
        let width = names
            .iter()
            .chain([&overall, &heads[0]])
            .map(|n| n.chars().count())
            .max()
            .unwrap_or(0);
        // The level each score reaches, in words: a percent of the scale explains nothing.
        let level_of = |score: Option<f64>| {
            score
                .and_then(|s| f.level_at_or_below(s))
                .map_or_else(|| "—".to_owned(), |l| f.tr(&l.label, lang).to_owned())
        };
        let widths = [width, 8, 4, 5, 0];
        let cell = |text: &str, w: usize, right: bool| {
            let pad = w.saturating_sub(text.chars().count());
            if right {
                format!("{}{text}", " ".repeat(pad))
            } else {
                format!("{text}{}", " ".repeat(pad))
            }
        };
        let line = |cells: [String; 5]| {
            let widths = [
                widths[0],
                widths[1].max(heads[1].chars().count()),
                widths[2].max(heads[2].chars().count()),
                widths[3].max(heads[3].chars().count()),
                widths[4].max(heads[4].chars().count()),
            ];
            let parts: Vec<String> = cells
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(k, (c, w))| cell(c, w, (1..4).contains(&k)))
                .collect();
            format!("  {}", parts.join("  ").trim_end())
        };
        let _ = writeln!(out, "{}", line(heads.clone()));
        let row = |name: &str, p: &PillarScore| {
            line([
                name.to_owned(),
                format!("{}/{}", p.answered, p.total),
                p.not_applicable.to_string(),
                p.score.map_or_else(|| "—".to_owned(), |s| m.decimal(s, 2)),
                level_of(p.score),
            ])
        };
        for (name, p) in names.iter().zip(&card.pillars) {
            let _ = writeln!(out, "{}", row(name, p));
        }
        let _ = writeln!(out, "{}", row(&overall, &card.overall));
        let o = &card.overall;
        let _ = writeln!(
            out,
            "  {}",
            m.format(
                "score-completeness",
                &[
                    ("done", (o.answered + o.not_applicable).into()),
                    ("total", o.total.into()),
                    ("percent", m.percent(o.completeness() * 100.0).into()),
                ],
            )
        );
    }
    out
}
