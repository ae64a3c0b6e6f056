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

/// A team of three in `dir`: the sample as the team's file (`equipo.ron`) with two questions
/// still open, and Ana's, Luis's and Rosa's own answers, who differ on those two (ict-content
/// 1, 4, 4 with a note each; ict-blended 2, 3, 2). Returns the team's file and the members'.
pub fn team_of_three(dir: &Path) -> (PathBuf, Vec<PathBuf>) {
    let sample = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron"),
    )
    .expect("sample");
    let members = [("Ana", 1, 2), ("Luis", 4, 3), ("Rosa", 4, 2)]
        .iter()
        .map(|(name, content, blended)| {
            let text = sample
                .replace(
                    r#"participants: ["M. Álvarez", "J. Baptiste", "R. Cordeiro", "L. Duarte"]"#,
                    &format!(r#"participants: ["{name}"]"#),
                )
                .replace(
                    r#""ict-content": (level: 3)"#,
                    &format!(r#""ict-content": (level: {content}, note: "según {name}")"#),
                )
                .replace(
                    r#""ict-blended": (level: 2)"#,
                    &format!(r#""ict-blended": (level: {blended})"#),
                );
            let path = dir.join(format!("{name}.ron"));
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect();
    let team = dir.join("equipo.ron");
    std::fs::write(
        &team,
        sample
            .replace(r#""ict-content": (level: 3),"#, "")
            .replace(r#""ict-blended": (level: 2),"#, ""),
    )
    .expect("write");
    (team, members)
}
