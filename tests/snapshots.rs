//! Image snapshots of the main screens, rendered on the CPU with wgpu, so that a change in how
//! the app looks shows up in review. Update on purpose with `UPDATE_SNAPSHOTS=1 cargo test`.

mod common;

use std::path::{Path, PathBuf};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use pilares::state::{Action, AppConfig, Prefs, ScriptedPicker, ThemeChoice, View};
use pilares::ui::PilaresApp;

fn app(dir: &Path, language: &str, theme: ThemeChoice) -> PilaresApp {
    PilaresApp::new(AppConfig {
        data_dir: dir.join("data"),
        picker: Box::new(ScriptedPicker::default()),
        prefs: Prefs {
            language: language.to_owned(),
            theme,
            ..Prefs::default()
        },
        frameworks: Vec::new(),
        local_frameworks: None,
        open: Vec::new(),
        background_saves: false,
        today: pilares::io::clock::today,
    })
}

fn sample(dir: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let to = dir.join("costa-serena-2026.ron");
    std::fs::copy(from, &to).expect("copy the sample");
    to
}

fn harness(app: PilaresApp) -> Harness<'static, PilaresApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 860.0))
        .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), app);
    h.run();
    h
}

fn open_at(h: &mut Harness<'_, PilaresApp>, file: PathBuf, view: View) {
    h.state_mut().apply(Action::OpenPath(file));
    h.state_mut().apply(Action::DismissStatus);
    h.state_mut().apply(Action::Show(view));
    h.run();
}

#[test]
fn main_screens_look_as_reviewed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample(dir.path());

    let mut h = harness(app(dir.path(), "en", ThemeChoice::Light));
    h.snapshot("start");

    open_at(&mut h, file.clone(), View::Details);
    h.snapshot("details");

    // A question with an answer, a note and the pillar's discussion prompts.
    open_at(&mut h, file.clone(), View::Question(6));
    h.snapshot("question");

    open_at(&mut h, file.clone(), View::Results);
    h.snapshot("results");

    open_at(&mut h, file.clone(), View::Plan);
    h.snapshot("plan");
}

#[test]
fn a_question_in_spanish_in_the_dark_theme() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample(dir.path());
    let mut h = harness(app(dir.path(), "es", ThemeChoice::Dark));
    open_at(&mut h, file, View::Question(6));
    assert!(h.query_by_label("Siguiente →").is_some());
    h.snapshot("question-es-dark");
}

#[test]
fn the_comparison_of_a_workshop() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = common::three_groups(dir.path());
    paths.push(sample(dir.path()));
    let mut h = harness(app(dir.path(), "en", ThemeChoice::Light));
    h.state_mut().apply(Action::ComparePaths(paths));
    h.run();
    h.snapshot("compare");
}

#[test]
fn a_question_in_portuguese() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample(dir.path());
    let mut h = harness(app(dir.path(), "pt", ThemeChoice::Light));
    open_at(&mut h, file.clone(), View::Question(12));
    assert!(h.query_by_label("Próxima →").is_some());
    h.snapshot("question-pt");
}

#[test]
fn the_results_in_french() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample(dir.path());
    let mut h = harness(app(dir.path(), "fr", ThemeChoice::Light));
    open_at(&mut h, file, View::Results);
    assert!(h.query_by_label_contains("Ensemble 2,01 sur 4").is_some());
    h.snapshot("results-fr");
}

#[test]
fn a_change_by_someone_else_at_a_laptops_size_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample(dir.path());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(
            |ui, app: &mut PilaresApp| app.show(ui),
            app(dir.path(), "es", ThemeChoice::Light),
        );
    h.run();
    open_at(&mut h, file.clone(), View::Question(2));
    // Someone else answers two questions; we answer the same one differently, and another.
    let mut theirs = pilares::model::assessment::Assessment::load(&file)
        .expect("sample")
        .assessment;
    for (id, level) in [("ict-content", 4), ("eq-rural", 4)] {
        theirs.answers.entry(id.into()).or_default().level = Some(level);
    }
    theirs.save(&file).expect("their save");
    h.key_press(egui::Key::Num1);
    h.run();
    h.state_mut().apply(Action::Show(View::Question(5)));
    h.run();
    h.key_press(egui::Key::Num2);
    h.run();
    h.snapshot("conflict-es");
}

/// A 1024×640 laptop: the question, the results and the plan as a team sees them there.
fn small_laptop(lang: &str, zoom: f32, name: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = sample(dir.path());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 640.0))
        .build_ui_state(
            |ui, app: &mut PilaresApp| app.show(ui),
            app(dir.path(), lang, ThemeChoice::Light),
        );
    h.state_mut().apply(Action::SetZoom(zoom));
    h.run();
    open_at(&mut h, file.clone(), View::Question(6));
    h.snapshot(format!("question-{name}"));
    open_at(&mut h, file.clone(), View::Results);
    h.snapshot(format!("results-{name}"));
    open_at(&mut h, file, View::Plan);
    h.snapshot(format!("plan-{name}"));
}

#[test]
fn a_small_laptop_in_spanish() {
    small_laptop("es", 1.0, "small-es");
}

#[test]
fn a_small_laptop_with_large_text_in_french() {
    small_laptop("fr", 1.5, "small-150-fr");
}

/// The consensus view in Spanish: three members' own answers brought into the sample.
#[test]
fn the_consensus_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (team, members) = common::team_of_three(dir.path());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(
            |ui, app: &mut PilaresApp| app.show(ui),
            app(dir.path(), "es", ThemeChoice::Light),
        );
    h.run();
    open_at(&mut h, team, View::Results);
    h.state_mut().apply(Action::ParticipantPaths(members));
    h.state_mut().apply(Action::DismissStatus);
    h.run();
    h.snapshot("consensus-es");
}

#[test]
fn the_framework_editor_in_spanish_at_a_laptops_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(
            |ui, app: &mut PilaresApp| app.show(ui),
            app(dir.path(), "es", ThemeChoice::Light),
        );
    h.run();
    // The built-in framework adapted: a question with its four rubric levels in four
    // languages side by side; one translation taken out shows as missing.
    use pilares::model::framework::edit::{FrameworkEdit, Part, TextRef};
    use pilares::state::EditorAction;
    // Index 1: tpd-ict 2.0.0, the version the start screen offers.
    h.state_mut().apply(Action::Editor(EditorAction::Copy(1)));
    h.state_mut()
        .apply(Action::Editor(EditorAction::Select(Part::Question(0, 1))));
    h.state_mut()
        .apply(Action::Editor(EditorAction::Edit(FrameworkEdit::Text {
            at: TextRef::Rubric(0, 1, 2),
            lang: "fr".into(),
            text: String::new(),
        })));
    h.run();
    h.snapshot("editor-es");
}
