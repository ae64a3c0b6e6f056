//! `pilares import`: a form tool's export (or a long table) into one assessment file each.

use super::*;

pub(super) fn import_command(
    frameworks: &[PathBuf],
    survey: &Path,
    output: &Path,
    options: &survey::Options,
) -> Result<(), Failure> {
    let shown = files::display_path(survey);
    let size = std::fs::metadata(survey).map(|m| m.len()).unwrap_or(0);
    if size > files::MAX_SURVEY_BYTES {
        return Err(Failure::Invalid(Problems::keyed(
            &shown,
            None,
            "problem-survey-too-large",
            &[
                ("size", (size / 1024 / 1024).to_string()),
                ("limit", (files::MAX_SURVEY_BYTES / 1024 / 1024).to_string()),
            ],
        )));
    }
    let table = Table::open(survey, Sheet::Named("answers"))?;
    // The long format (what `export` writes, as CSV or workbook) is read as `score` reads it:
    // one file per assessment it holds.
    let long = ["assessment", "question_id", "level"]
        .iter()
        .all(|c| table.column(c).is_some());
    let (assessments, framework_key) = if long {
        let (catalog, warnings) = catalog(frameworks)?;
        print_warnings(&warnings);
        let read = long::read_long_table(table, &catalog)?;
        print_warnings(&read.warnings);
        let keys: Vec<String> = read.assessments.iter().map(|(_, f, _)| f.key()).collect();
        let mut key = keys.first().cloned().unwrap_or_default();
        if keys.iter().any(|k| *k != key) {
            key = "several frameworks".to_owned();
        }
        let assessments = read.assessments.into_iter().map(|(a, _, _)| a).collect();
        (assessments, key)
    } else {
        // A survey: the one framework given with --framework, else the built-in version whose
        // questions its columns name most (a 1.0.0 form stays on 1.0.0), the newest on a tie.
        let mut catalog = Catalog::new();
        if frameworks.is_empty() {
            let built_in = Catalog::built_in()?;
            let header: Vec<&str> = table.header().iter().collect();
            let named =
                |f: &crate::model::framework::Framework| survey::questions_named(&header, f);
            if let Some(best) = built_in.entries().iter().max_by(|a, b| {
                named(&a.framework).cmp(&named(&b.framework)).then_with(|| {
                    crate::model::catalog::compare_versions(
                        &a.framework.version,
                        &b.framework.version,
                    )
                })
            }) {
                catalog.add(best.framework.as_ref().clone(), best.source.clone());
            }
        } else {
            for path in frameworks {
                catalog.add_path(path)?;
            }
        }
        let framework = match catalog.entries() {
            [one] => std::sync::Arc::clone(&one.framework),
            _ => {
                return Err(Failure::Invalid(Problems::keyed(
                    &shown,
                    None,
                    "problem-import-one-framework",
                    &[("known", catalog.known())],
                )));
            }
        };
        let imported = survey::read_survey_table(table, &framework, options)?;
        print_warnings(&imported.warnings);
        if !imported.ignored_columns.is_empty() {
            let m = cli_messages();
            eprintln!(
                "{shown}: {}: {}",
                m.get("problem-warning"),
                m.format(
                    "cli-import-left-out",
                    &[("columns", imported.ignored_columns.join(", ").into())]
                )
            );
        }
        (imported.assessments, framework.key())
    };
    // One file per row, named after its label; never over an existing file.
    let mut names: Vec<PathBuf> = Vec::new();
    for a in &assessments {
        let stem = files::file_stem(&a.label);
        let mut path = output.join(format!("{stem}.ron"));
        let mut n = 2;
        while names.contains(&path) {
            path = output.join(format!("{stem}-{n}.ron"));
            n += 1;
        }
        names.push(path);
    }
    let exists_message = |existing: &[String]| {
        said(
            "cli-import-exists",
            &[
                ("path", files::display_path(output)),
                ("files", existing.join(", ")),
            ],
        )
    };
    let existing: Vec<String> = names
        .iter()
        .filter(|p| p.exists())
        .map(|p| files::display_path(p))
        .collect();
    if !existing.is_empty() {
        return Err(exists_message(&existing));
    }
    std::fs::create_dir_all(output).map_err(|e| {
        said(
            "cli-cannot-create-folder",
            &[
                ("path", files::display_path(output)),
                ("error", e.to_string()),
            ],
        )
    })?;
    // Each file is created only where none is (the check above is only the early word): if
    // another import got there first, the files this run wrote are taken back.
    let mut written: Vec<&Path> = Vec::new();
    for (a, path) in assessments.iter().zip(&names) {
        let result = a
            .to_ron()
            .map_err(std::io::Error::other)
            .and_then(|text| files::create_new(path, text.as_bytes()));
        if let Err(e) = result {
            for done in &written {
                let _ = std::fs::remove_file(done);
            }
            return Err(if e.kind() == std::io::ErrorKind::AlreadyExists {
                exists_message(&[files::display_path(path)])
            } else {
                said(
                    "cli-cannot-write",
                    &[
                        ("path", files::display_path(path)),
                        ("error", e.to_string()),
                    ],
                )
            });
        }
        written.push(path);
    }
    let report = cli_messages().format(
        "cli-import-wrote",
        &[
            ("count", names.len().into()),
            ("framework", framework_key.into()),
            ("path", files::display_path(output).into()),
        ],
    ) + "\n";
    stdout(report.as_bytes())
}
