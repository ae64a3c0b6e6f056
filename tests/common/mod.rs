//! Setup shared by the app's test files.

use std::path::{Path, PathBuf};

/// The three groups of the survey fixture, imported and saved as assessment files in `dir`.
pub fn three_groups(dir: &Path) -> Vec<PathBuf> {
    let f = pilares::model::framework::Framework::from_ron(
        pilares::model::catalog::BUILT_IN[0].1,
        "built-in",
    )
    .expect("built-in");
    let survey = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/survey.csv"),
    )
    .expect("survey");
    let imported = pilares::formats::survey::read_survey(
        survey.as_bytes(),
        "survey.csv",
        &f,
        Some("Group name"),
    )
    .expect("import");
    imported
        .assessments
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let path = dir.join(format!("group-{i}.ron"));
            a.save(&path).expect("save");
            path
        })
        .collect()
}
