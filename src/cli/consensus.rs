//! `pilares merge` and `pilares agreement`: the team's consensus from its members' own answers.

use super::*;
use crate::analysis::agreement::{self, Agreement};
use crate::analysis::merge::{self, Settle};

pub(super) fn merge_command(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    output: &Path,
    label: Option<&str>,
    settle: SettleArg,
) -> Result<(), Failure> {
    let (catalog, warnings) = catalog(frameworks)?;
    print_warnings(&warnings);
    let outcome = inputs::load_participants(inputs, &catalog)?;
    print_warnings(&outcome.warnings);
    let loaded = outcome.loaded;
    let Some(first) = loaded.first() else {
        return Ok(());
    };
    let f = &first.framework;
    if let Some(other) = loaded.iter().find(|l| l.framework.id != f.id) {
        return Err(Failure::Invalid(Problems::keyed(
            &other.source,
            None,
            "problem-merge-other-framework",
            &[("id", other.framework.id.clone()), ("others", f.id.clone())],
        )));
    }
    let items: Vec<&crate::model::assessment::Assessment> =
        loaded.iter().map(|l| &l.assessment).collect();
    let settle = match settle {
        SettleArg::None => Settle::None,
        SettleArg::Median => Settle::Median,
    };
    let merged = merge::merge(&items, f, label, settle);
    let m = cli_messages();
    for notice in &merged.notices {
        eprintln!("{}: {}", files::display_path(output), notice.say(&m));
    }
    let text = merged
        .team
        .to_ron()
        .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
    // Over an input (merging again into the team's file) the write is atomic; any other
    // existing file is someone's, and is never written over.
    let same = |p: &PathBuf| {
        std::fs::canonicalize(p).ok() == std::fs::canonicalize(output).ok() && output.exists()
    };
    let written = if inputs.iter().any(same) {
        files::atomic_write(output, text.as_bytes())
    } else {
        files::create_new(output, text.as_bytes())
    };
    written.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            said("cli-merge-exists", &[("path", files::display_path(output))])
        } else {
            said(
                "cli-cannot-write",
                &[
                    ("path", files::display_path(output)),
                    ("error", e.to_string()),
                ],
            )
        }
    })?;
    let open = f
        .questions()
        .filter(|(_, q)| {
            merged.team.ratings.contains_key(&q.id) && !merged.team.answers.contains_key(&q.id)
        })
        .count();
    let text = cli_messages().format(
        "cli-merged",
        &[
            ("count", merged.team.participants.len().into()),
            ("path", files::display_path(output).into()),
            ("agreed", merged.team.answers.len().into()),
            ("open", open.into()),
        ],
    ) + "\n";
    stdout(text.as_bytes())
}

#[derive(Serialize)]
struct JsonQuestion<'a> {
    question_id: &'a str,
    ratings: Vec<JsonRating<'a>>,
    min: Option<i64>,
    max: Option<i64>,
    median: Option<i64>,
    agreed: Option<JsonAgreed>,
}

#[derive(Serialize)]
struct JsonRating<'a> {
    by: &'a str,
    level: Option<i64>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum JsonAgreed {
    Level(i64),
    NotApplicable(&'static str),
}

#[derive(Serialize)]
struct JsonAgreement<'a> {
    assessment: &'a str,
    alpha_ordinal: Option<f64>,
    questions: Vec<JsonQuestion<'a>>,
}

pub(super) fn agreement_command(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    format: Format,
) -> Result<(), Failure> {
    let loaded = load(frameworks, inputs)?;
    let results: Vec<(&Loaded, Agreement)> = loaded
        .iter()
        .map(|l| (l, agreement::agreement(&l.assessment, &l.framework)))
        .collect();
    if let Some((l, _)) = results
        .iter()
        .find(|(l, _)| l.assessment.ratings.is_empty())
    {
        return Err(Failure::Invalid(Problems::keyed(
            &l.source,
            None,
            "problem-no-ratings",
            &[],
        )));
    }
    let level_text = |l: Option<i64>| l.map_or_else(String::new, |l| l.to_string());
    let agreed_text = |q: &agreement::QuestionAgreement| {
        if q.agreed_not_applicable {
            "NA".to_owned()
        } else {
            level_text(q.agreed)
        }
    };
    let out = match format {
        Format::Json => {
            let json: Vec<JsonAgreement<'_>> = results
                .iter()
                .map(|(l, ag)| JsonAgreement {
                    assessment: &l.assessment.label,
                    alpha_ordinal: ag.alpha_ordinal,
                    questions: ag
                        .questions
                        .iter()
                        .map(|q| JsonQuestion {
                            question_id: &q.question_id,
                            ratings: q
                                .ratings
                                .iter()
                                .map(|(by, level)| JsonRating { by, level: *level })
                                .collect(),
                            min: q.min,
                            max: q.max,
                            median: q.median,
                            agreed: if q.agreed_not_applicable {
                                Some(JsonAgreed::NotApplicable("NA"))
                            } else {
                                q.agreed.map(JsonAgreed::Level)
                            },
                        })
                        .collect(),
                })
                .collect();
            // One input: the object SPEC §6 names; several: one per input.
            let text = match json.as_slice() {
                [one] => serde_json::to_string_pretty(one),
                many => serde_json::to_string_pretty(many),
            }
            .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
            text + "\n"
        }
        Format::Csv => {
            let mut text = String::from("assessment,question_id,ratings,min,max,median,agreed\n");
            for (l, ag) in &results {
                for q in &ag.questions {
                    let ratings: Vec<String> = q
                        .ratings
                        .iter()
                        .map(|(by, level)| {
                            format!("{by}: {}", level.map_or("NA".to_owned(), |l| l.to_string()))
                        })
                        .collect();
                    let cell = |t: &str| {
                        if t.contains([',', '"', '\n']) {
                            format!("\"{}\"", t.replace('"', "\"\""))
                        } else {
                            t.to_owned()
                        }
                    };
                    let _ = writeln!(
                        text,
                        "{},{},{},{},{},{},{}",
                        cell(crate::formats::guard::guard(&l.assessment.label).as_ref()),
                        cell(&q.question_id),
                        cell(crate::formats::guard::guard(&ratings.join("; ")).as_ref()),
                        level_text(q.min),
                        level_text(q.max),
                        level_text(q.median),
                        agreed_text(q)
                    );
                }
            }
            text
        }
        Format::Table => {
            let m = cli_messages();
            let mut text = String::new();
            for (l, ag) in &results {
                let alpha = ag
                    .alpha_ordinal
                    .map_or_else(|| m.get("cli-agreement-no-alpha"), |a| m.decimal(a, 3));
                let _ = writeln!(
                    text,
                    "{}",
                    m.format(
                        "cli-agreement-head",
                        &[
                            ("label", l.assessment.label.clone().into()),
                            ("count", l.assessment.participants.len().into()),
                            ("alpha", alpha.into()),
                        ],
                    )
                );
                let width = ag
                    .questions
                    .iter()
                    .map(|q| q.question_id.chars().count())
                    .max()
                    .unwrap_or(8)
                    .max(8);
                // The columns as wide as their headings in the system's language.
                let columns = m.get("cli-agreement-columns");
                let heads: Vec<&str> = columns.split_whitespace().collect();
                let w = |k: usize| heads.get(k).map_or(6, |h| h.chars().count());
                let _ = writeln!(
                    text,
                    "  {:<width$}  {}",
                    m.get("cli-agreement-question"),
                    heads.join("  ")
                );
                for q in &ag.questions {
                    let ratings: Vec<String> = q
                        .ratings
                        .iter()
                        .map(|(by, level)| {
                            format!("{by} {}", level.map_or("NA".to_owned(), |l| l.to_string()))
                        })
                        .collect();
                    let _ = writeln!(
                        text,
                        "  {:<width$}  {:>w0$}  {:>w1$}  {:>w2$}  {:>w3$}  {}",
                        q.question_id,
                        level_text(q.min),
                        level_text(q.max),
                        level_text(q.median),
                        agreed_text(q),
                        ratings.join(", "),
                        w0 = w(0),
                        w1 = w(1),
                        w2 = w(2),
                        w3 = w(3),
                    );
                }
            }
            text
        }
    };
    stdout(out.as_bytes())
}
