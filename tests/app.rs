//! The desktop app driven through its accessibility tree with egui_kittest, as a person would
//! use it: by clicking and by keyboard. After every step the file on disk is read back.

mod common;

use std::path::{Path, PathBuf};

use common::three_groups;
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use pilares::model::assessment::Assessment;
use pilares::state::{AppConfig, AutosaveOffer, Prefs, ScriptedPicker, View};
use pilares::ui::PilaresApp;

struct Setup {
    _dir: tempfile::TempDir,
    root: PathBuf,
    picker: ScriptedPicker,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().to_owned();
        Self {
            _dir: dir,
            root,
            picker: ScriptedPicker::default(),
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    fn app(&self, language: &str) -> PilaresApp {
        PilaresApp::new(AppConfig {
            data_dir: self.data_dir(),
            picker: Box::new(self.picker.clone()),
            prefs: Prefs {
                language: language.to_owned(),
                ..Prefs::default()
            },
            frameworks: Vec::new(),
            local_frameworks: None,
            open: Vec::new(),
            background_saves: false,
            today: pilares::io::clock::today,
        })
    }

    fn harness(&self, language: &str) -> Harness<'static, PilaresApp> {
        harness(self.app(language))
    }
}

fn harness(app: PilaresApp) -> Harness<'static, PilaresApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), app);
    h.run();
    h
}

fn on_disk(path: &Path) -> Assessment {
    let text = std::fs::read_to_string(path).expect("the file is there");
    // An autosave starts with a comment line naming the framework; RON skips comments.
    Assessment::parse_ron(&text, "test")
        .expect("the file on disk always parses")
        .assessment
}

/// The file in the app's data folder that keeps the open, not yet saved assessment.
fn unsaved_file(h: &Harness<'_, PilaresApp>) -> PathBuf {
    match &h
        .state()
        .model()
        .session()
        .expect("an assessment is open")
        .place
    {
        pilares::session::Place::Autosave(path) => path.clone(),
        other => panic!("expected an unsaved assessment, got {other:?}"),
    }
}

fn first_questions(h: &Harness<'_, PilaresApp>, n: usize) -> Vec<String> {
    let session = h.state().model().session().expect("an assessment is open");
    session
        .questions()
        .iter()
        .take(n)
        .map(|(_, q)| q.id.clone())
        .collect()
}

/// Scrolls a control into view, as a person would, and clicks it.
fn click(h: &mut Harness<'_, PilaresApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn a_team_answers_by_mouse_and_keyboard_and_every_step_is_on_disk() {
    let s = Setup::new();
    let mut h = s.harness("en");
    assert_eq!(h.state().model().view(), View::Start);

    // A new assessment on the built-in framework: kept in the autosave at once.
    click(&mut h, "Start a new assessment");
    assert_eq!(h.state().model().view(), View::Details);
    let autosave = unsaved_file(&h);
    assert!(autosave.starts_with(s.data_dir().join("unsaved")));
    assert!(
        autosave.is_file(),
        "a new assessment is kept in the autosave"
    );

    // Team details, typed into the form.
    h.get_by_label("Country").focus();
    h.run();
    h.get_by_label("Country").type_text("Honduras");
    h.run();
    assert_eq!(on_disk(&autosave).country.as_deref(), Some("Honduras"));

    // Give it a file of its own: the autosave goes away.
    let file = s.root.join("honduras.ron");
    s.picker.push(&file);
    click(&mut h, "Save as…");
    assert!(file.is_file());
    assert!(
        !autosave.exists(),
        "the autosave is removed once the file exists"
    );
    assert_eq!(on_disk(&file).country.as_deref(), Some("Honduras"));

    click(&mut h, "Begin the questions →");
    assert_eq!(h.state().model().view(), View::Question(0));
    let ids = first_questions(&h, 4);

    // Mouse: click the rubric choice for Emerging.
    h.get_by_label_contains("2 · Emerging").click();
    h.run();
    assert_eq!(on_disk(&file).answers[&ids[0]].level, Some(2));

    // Keyboard: Enter goes on, a number key chooses a level, ↓ moves it up the scale.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().model().view(), View::Question(1));
    h.key_press(Key::Num3);
    h.run();
    assert_eq!(on_disk(&file).answers[&ids[1]].level, Some(3));
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(on_disk(&file).answers[&ids[1]].level, Some(4));

    // N marks the next one not applicable.
    h.key_press(Key::ArrowRight);
    h.run();
    h.key_press(Key::N);
    h.run();
    let a = on_disk(&file);
    assert!(a.answers[&ids[2]].not_applicable);
    assert_eq!(a.answers[&ids[2]].level, None);

    // A note for evidence; typing in it does not trigger the level keys.
    h.get_by_label("Evidence and notes").focus();
    h.run();
    h.get_by_label("Evidence and notes")
        .type_text("Devices: 2025 census, 1 in 3");
    h.run();
    let a = on_disk(&file);
    assert_eq!(
        a.answers[&ids[2]].note.as_deref(),
        Some("Devices: 2025 census, 1 in 3")
    );
    assert!(
        a.answers[&ids[2]].not_applicable,
        "typing 1 in a note chose no level"
    );

    // ← goes back (after leaving the note field with Escape).
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().model().view(), View::Question(1));

    // The side panel shows progress: 3 of 43 (tpd-ict 2.0.0, where new assessments start).
    assert!(h.query_by_label("3 of 43 answered").is_some());

    // Reopen the file in a fresh app: the same answers.
    let expected = on_disk(&file);
    drop(h);
    let mut h = s.harness("en");
    s.picker.push(&file);
    click(&mut h, "Open a file…");
    let session = h.state().model().session().expect("opened");
    assert_eq!(session.assessment, expected);
    // It opens at the first question without an answer.
    assert_eq!(h.state().model().view(), View::Question(3));
    assert_eq!(
        h.state().model().prefs().recent.len(),
        1,
        "the file is now a recent one"
    );
}

#[test]
fn results_show_the_pillar_scores_and_the_next_level() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("cs.ron");
    std::fs::copy(&sample, &file).expect("copy the sample");
    let mut h = s.harness("en");
    h.state_mut()
        .apply(pilares::state::Action::OpenPath(file.clone()));
    h.run();
    // "Results" is in the top bar and at the foot of the side panel.
    h.get_all_by_label("Results")
        .next()
        .expect("a Results button")
        .click();
    h.run();
    assert_eq!(h.state().model().view(), View::Results);
    let a = on_disk(&file);
    let session = h.state().model().session().expect("open");
    let card = pilares::analysis::scoring::score(&session.framework, &a);
    for row in &card.pillars {
        let text = format!("{:.2}", row.score.expect("the sample scores every pillar"));
        assert!(
            h.query_all_by_label(&text).next().is_some(),
            "pillar {} shows {text}",
            row.pillar_id
        );
    }
    assert!(h.query_by_label_contains("Overall 2.01 of 4").is_some());
    assert!(h.query_all_by_label_contains("To reach ").next().is_some());
    // The radar is there for screen readers too, with every pillar's value.
    let radar = h.get_by_role(egui::accesskit::Role::Image);
    assert!(format!("{radar:?}").contains("ICT 2.20, Partnerships and collaborations 2.20"));

    // Export the chart and the CSV with the command line's code.
    let png = s.root.join("chart.png");
    s.picker.push(&png);
    click(&mut h, "Chart as PNG…");
    let bytes =
        std::fs::read(&png).unwrap_or_else(|e| panic!("{e}: {:?}", h.state().model().status()));
    assert!(bytes.starts_with(b"\x89PNG"));
    let csv = s.root.join("answers.csv");
    s.picker.push(&csv);
    click(&mut h, "Answers as CSV…");
    let text = std::fs::read_to_string(&csv).expect("csv written");
    assert!(text.starts_with("assessment,country,date,framework_id"));
    assert_eq!(
        text.lines().count(),
        41,
        "a header and one row per question"
    );
}

#[test]
fn an_unsaved_assessment_survives_a_kill_and_is_offered_back() {
    let s = Setup::new();
    let mut h = s.harness("en");
    click(&mut h, "Start a new assessment");
    click(&mut h, "Begin the questions →");
    h.key_press(Key::Num4);
    h.run();
    let id = first_questions(&h, 1).remove(0);
    // The app is gone without any goodbye (as after a kill): nothing runs on drop.
    std::mem::forget(h);

    let mut h = s.harness("en");
    match h.state().model().offer() {
        Some(AutosaveOffer::Ready { done, total, .. }) => assert_eq!((*done, *total), (1, 43)),
        other => panic!("expected an offer, got {other:?}"),
    }
    // Starting another one is blocked until the team decides.
    assert!(h.query_by_label("Restore").is_some());
    click(&mut h, "Restore");
    let session = h.state().model().session().expect("restored");
    assert_eq!(session.assessment.answers[&id].level, Some(4));
    assert_eq!(h.state().model().view(), View::Question(1));
}

#[test]
fn the_language_switches_at_runtime_without_losing_work() {
    let s = Setup::new();
    let mut h = s.harness("en");
    click(&mut h, "Español");
    assert!(h.query_by_label("Comenzar una nueva evaluación").is_some());
    click(&mut h, "Comenzar una nueva evaluación");
    click(&mut h, "Empezar las preguntas →");
    // Framework texts follow: the Spanish scale labels are the choices.
    h.get_by_label_contains("3 · Establecido").click();
    h.run();
    // Away from the start screen the language is in the top bar's list.
    h.get_by_role(egui::accesskit::Role::ComboBox).click();
    h.run();
    click(&mut h, "Português");
    assert!(h.query_by_label("Próxima →").is_some());
    let session = h.state().model().session().expect("still open");
    let (done, _) = session.progress();
    assert_eq!(done, 1, "switching language kept the answer");
    assert_eq!(h.state().model().prefs().language, "pt");
    h.get_by_role(egui::accesskit::Role::ComboBox).click();
    h.run();
    click(&mut h, "Français");
    assert!(h.query_by_label("Suivante →").is_some());
}

#[test]
fn a_new_assessment_can_use_a_framework_file_which_is_remembered() {
    let s = Setup::new();
    let mut h = s.harness("en");
    let mini = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini.ron");
    s.picker.push(&mini);
    click(&mut h, "With a framework file…");
    let session = h.state().model().session().expect("a new assessment");
    assert_eq!(session.framework.id, "mini");
    assert_eq!(session.questions().len(), 5);
    // The autosave names the framework file, so a restart finds it again.
    let autosave = unsaved_file(&h);
    let text = std::fs::read_to_string(&autosave).expect("autosave");
    assert!(
        text.starts_with("// pilares-autosave framework: "),
        "{text}"
    );
    std::mem::forget(h);
    // After a kill the preferences may not have been written: the app asks before it reads
    // the framework file the autosave names (a path in a file is never followed on its own).
    let mut h = s.harness("en");
    assert!(matches!(
        h.state().model().offer(),
        Some(AutosaveOffer::NeedsFramework { .. })
    ));
    assert!(h.query_by_label("Restore").is_none());
    click(&mut h, "Use this framework file");
    click(&mut h, "Restore");
    assert_eq!(
        h.state().model().session().expect("restored").framework.id,
        "mini"
    );
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn preferences_are_kept_in_eframe_storage() {
    let s = Setup::new();
    let mut h = s.harness("en");
    click(&mut h, "Français");
    click(&mut h, "Thème sombre");
    h.get_by_label("A+").click();
    h.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let prefs: Prefs = eframe::get_value(&storage, eframe::APP_KEY).expect("prefs saved");
    assert_eq!(prefs.language, "fr");
    // Each change is handed to the storage when it is made, not only at exit.
    let mut h = s.harness("en");
    assert!(
        h.state_mut().prefs_to_store().is_none(),
        "nothing changed yet"
    );
    click(&mut h, "Español");
    let changed = h
        .state_mut()
        .prefs_to_store()
        .cloned()
        .expect("a change to store");
    assert_eq!(changed.language, "es");
    assert!(h.state_mut().prefs_to_store().is_none(), "stored once");
    assert_eq!(prefs.theme, pilares::state::ThemeChoice::Dark);
    assert!((prefs.zoom - 1.1).abs() < 1e-4, "{}", prefs.zoom);
}

/// The three groups of the survey fixture, as assessment files in `dir`.

#[test]
fn a_facilitator_compares_groups_toggles_one_and_exports_the_report() {
    let s = Setup::new();
    let files = three_groups(&s.root);
    let mut h = s.harness("en");
    for f in &files {
        s.picker.push(f);
    }
    click(&mut h, "Compare assessments…");
    assert_eq!(h.state().model().view(), View::Compare);
    assert_eq!(h.state().model().compare().items().len(), 3);
    let radar = format!("{:?}", h.get_by_role(egui::accesskit::Role::Image));
    for label in [
        "Group 1 — Honduras",
        "Group 2 — Costa Rica",
        "Group 3 — Uruguay",
    ] {
        assert!(radar.contains(label), "{label} is on the radar");
    }
    assert!(
        h.query_by_label("Where the assessments disagree most")
            .is_some()
    );
    assert!(h.query_by_label("Mean").is_some());
    // Parallel workshop groups (no dates, or one day): no "change" between them.
    assert!(
        h.query_by_label_contains("Change from “Group 1 — Honduras” to “Group 3 — Uruguay”")
            .is_none()
    );
    // The facilitator knows better (say, one team re-assessed the same day): they tick
    // "One team over time" and the change appears; unticked, it goes again.
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "One team over time")
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("Change from “Group 1 — Honduras” to “Group 3 — Uruguay”")
            .is_some()
    );
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "One team over time")
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("Change from “Group 1 — Honduras” to “Group 3 — Uruguay”")
            .is_none()
    );

    // Hide group 2: it leaves the radar and the table.
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Group 2 — Costa Rica")
        .click();
    h.run();
    let radar = format!("{:?}", h.get_by_role(egui::accesskit::Role::Image));
    assert!(!radar.contains("Group 2"), "hidden groups leave the radar");
    assert!(radar.contains("Group 3 — Uruguay"));

    // The report of what is shown, by the command line's code.
    let html = s.root.join("workshop.html");
    s.picker.push(&html);
    click(&mut h, "Report (HTML)…");
    let page = std::fs::read_to_string(&html).expect("report written");
    // One faint fill per shown series (markers are opaque polygons too).
    assert_eq!(page.matches("<polygon opacity=\"0.").count(), 2);
    assert!(page.contains("Comparison of 2 assessments"));

    // A second copy of a label is refused with a message, not silently merged.
    s.picker.push(&files[0]);
    click(&mut h, "Add files…");
    assert_eq!(h.state().model().compare().items().len(), 3);
    assert!(
        h.state()
            .model()
            .status()
            .is_some_and(|st| st.text.contains("already in the comparison"))
    );
}

#[test]
fn a_team_sets_a_target_adds_an_action_from_a_weak_question_and_finds_them_on_reopening() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("cs.ron");
    std::fs::copy(&sample, &file).expect("copy the sample");
    let mut h = s.harness("en");
    s.picker.push(&file);
    click(&mut h, "Open a file…");
    click(&mut h, "Plan");
    assert_eq!(h.state().model().view(), View::Plan);
    assert_eq!(
        on_disk(&file),
        Assessment::load(&sample).expect("sample").assessment,
        "looking changes nothing"
    );

    // A target for ICT, set on its slider (as a screen reader or keyboard would).
    h.get_by_label("Target for ICT").set_value_accesskit(3.5);
    h.run();
    assert_eq!(on_disk(&file).targets.get("ict"), Some(&3.5));
    // The radar now has the dashed target polygon beside the current one.
    let radar = format!("{:?}", h.get_by_role(egui::accesskit::Role::Image));
    assert!(radar.contains("Target: ICT 3.50"), "{radar}");

    // One click turns the weakest question into an action, with the next level's rubric.
    h.get_all_by_label("Add as an action")
        .next()
        .expect("a suggestion")
        .scroll_to_me();
    h.run();
    h.get_all_by_label("Add as an action")
        .next()
        .expect("a suggestion")
        .click();
    h.run();
    let a = on_disk(&file);
    assert_eq!(a.actions.len(), 1);
    assert!(a.actions[0].question.is_some());
    assert!(
        a.actions[0].text.starts_with("To reach "),
        "{}",
        a.actions[0].text
    );

    // Owner, due date and status, edited in place.
    h.get_by_label("Owner").focus();
    h.run();
    h.get_by_label("Owner").type_text("DGDP");
    h.run();
    h.get_by_label("Due").focus();
    h.run();
    h.get_by_label("Due").type_text("2020-01-31");
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.query_by_label("overdue").is_some(),
        "a past due date is marked overdue"
    );
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Status")
        .click();
    h.run();
    click(&mut h, "In progress");
    let a = on_disk(&file);
    assert_eq!(a.actions[0].owner.as_deref(), Some("DGDP"));
    assert_eq!(a.actions[0].due.as_deref(), Some("2020-01-31"));
    assert_eq!(
        a.actions[0].status,
        pilares::model::assessment::ActionStatus::InProgress
    );

    // Reopen: the plan is there.
    let expected = on_disk(&file);
    drop(h);
    let mut h = s.harness("en");
    s.picker.push(&file);
    click(&mut h, "Open a file…");
    assert_eq!(
        h.state().model().session().expect("open").assessment,
        expected
    );
}

#[test]
fn a_follow_up_takes_over_the_baseline_plan_on_request() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let mut baseline = Assessment::load(&sample).expect("sample").assessment;
    baseline.targets.insert("ict".into(), 3.0);
    baseline.actions = vec![
        pilares::model::assessment::Action {
            pillar: "ict".into(),
            text: "Zero-rate the platform".into(),
            status: pilares::model::assessment::ActionStatus::Done,
            ..Default::default()
        },
        pilares::model::assessment::Action {
            pillar: "support".into(),
            text: "Train district facilitators".into(),
            status: pilares::model::assessment::ActionStatus::InProgress,
            ..Default::default()
        },
    ];
    let base_file = s.root.join("baseline.ron");
    baseline.save(&base_file).expect("save");
    let mut follow = Assessment::load(&sample).expect("sample").assessment;
    follow.label = "Costa Serena — follow-up 2027".into();
    let follow_file = s.root.join("follow.ron");
    follow.save(&follow_file).expect("save");

    let mut h = s.harness("en");
    s.picker.push(&follow_file);
    click(&mut h, "Open a file…");
    click(&mut h, "Plan");
    s.picker.push(&base_file);
    click(&mut h, "Open the baseline…");
    assert!(
        h.query_by_label("1 of 2 of its actions were done.")
            .is_some()
    );
    assert!(
        h.query_by_label("Baseline").is_some(),
        "a baseline column beside current and target"
    );
    click(&mut h, "Carry its plan over");
    let a = on_disk(&follow_file);
    assert_eq!(a.targets.get("ict"), Some(&3.0));
    assert_eq!(a.actions.len(), 1, "only the open action is carried over");
    assert_eq!(a.actions[0].text, "Train district facilitators");
    // Carrying twice adds nothing more.
    click(&mut h, "Carry its plan over");
    assert_eq!(on_disk(&follow_file).actions.len(), 1);
}

#[test]
fn an_assessment_of_another_framework_version_keeps_every_answer_and_is_not_rewritten_on_open() {
    let s = Setup::new();
    let file = s.root.join("old.ron");
    let original = "Assessment(\n    framework: (id: \"tpd-ict\", version: \"0.9.0\"),\n    label: \"Old\",\n    answers: {\n        \"ict-connectivity\": (level: 2),\n        \"ict-retired-question\": (level: 3, note: \"kept\"),\n    },\n)\n";
    std::fs::write(&file, original).expect("write");
    let mut h = s.harness("en");
    s.picker.push(&file);
    click(&mut h, "Open a file…");
    // Opening and looking around writes nothing.
    h.get_all_by_label("Results")
        .next()
        .expect("Results")
        .click();
    h.run();
    assert_eq!(std::fs::read_to_string(&file).expect("file"), original);
    let status = h.state().model().status().expect("a notice").text.clone();
    assert!(status.contains("ict-retired-question"), "{status}");
    assert!(status.contains("0.9.0"), "{status}");
    // The first change writes the file: the answer the framework lacks is still there.
    click(&mut h, "Questions");
    h.get_by_label_contains("3 · Established").click();
    h.run();
    let a = on_disk(&file);
    assert_eq!(
        a.answers["ict-retired-question"].note.as_deref(),
        Some("kept")
    );
    assert_eq!(
        a.framework.version, "0.9.0",
        "the file still says what it was made with"
    );
}

/// Moves the keyboard focus with Tab until it is on the control named `label`, as a person
/// without a mouse does; fails with every control it passed if it never gets there.
fn tab_to(h: &mut Harness<'_, PilaresApp>, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..80 {
        h.key_press(Key::Tab);
        h.run();
        let focused = h
            .query_by(|n| n.is_focused())
            .and_then(|n| n.accesskit_node().label());
        if focused.as_deref() == Some(label) {
            return;
        }
        seen.push(focused.unwrap_or_default());
    }
    panic!("Tab never reached {label:?}; it went through {seen:#?}");
}

#[test]
fn a_brazilian_team_does_the_whole_assessment_in_portuguese_with_the_keyboard_alone() {
    let s = Setup::new();
    let mut h = s.harness("pt");
    // New assessments start on the newest version of the built-in framework.
    let f = pilares::model::catalog::Catalog::built_in()
        .expect("built-in")
        .newest("tpd-ict")
        .expect("tpd-ict")
        .framework
        .clone();

    // A screen reader names the window.
    let window_name = |h: &Harness<'_, PilaresApp>| h.root().accesskit_node().label();
    assert_eq!(window_name(&h).as_deref(), Some("Pilares"));

    // Start, by Tab and Enter.
    tab_to(&mut h, "Começar uma nova avaliação");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().model().view(), View::Details);
    let label = h
        .state()
        .model()
        .session()
        .expect("open")
        .assessment
        .label
        .clone();
    assert_eq!(
        window_name(&h),
        Some(format!("{label} — Pilares")),
        "the window is named after the assessment"
    );

    // The team's details: Tab into a field and type.
    tab_to(&mut h, "País");
    h.event(egui::Event::Text("Brasil".to_owned()));
    h.run();
    tab_to(&mut h, "Começar as perguntas →");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().model().view(), View::Question(0));

    // Every question of the built-in framework, in Portuguese: its text, its guidance and the
    // rubric as the choices; a level by its number key, then Enter.
    let questions: Vec<_> = f.questions().map(|(_, q)| q.clone()).collect();
    assert_eq!(questions.len(), 43);
    let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
    for (i, q) in questions.iter().enumerate() {
        assert_eq!(h.state().model().view(), View::Question(i));
        let text = f.tr(&q.text, "pt");
        assert!(
            h.query_by_label(text).is_some(),
            "question {} in Portuguese",
            q.id
        );
        let help = q.help.as_ref().map(|t| f.tr(t, "pt")).expect("help");
        assert!(
            h.query_by_label(help).is_some(),
            "guidance of {} in Portuguese",
            q.id
        );
        let rubric = f.tr(&q.levels[&3], "pt");
        assert!(
            h.query_by_label_contains(rubric).is_some(),
            "rubric of {} in Portuguese",
            q.id
        );
        h.key_press(keys[(i * 7 + 1) % 4]);
        h.run();
        h.key_press(Key::Enter);
        h.run();
    }

    // Past the last question: the results, in Portuguese, with decimal commas.
    assert_eq!(h.state().model().view(), View::Results);
    let session = h.state().model().session().expect("open");
    assert_eq!(session.progress(), (43, 43));
    assert_eq!(session.assessment.country.as_deref(), Some("Brasil"));
    let card = pilares::analysis::scoring::score(&session.framework, &session.assessment);
    let overall = card.overall.score.expect("every question answered");
    let shown = format!("{overall:.2}").replace('.', ",");
    assert!(
        h.query_by_label_contains(&format!("Geral {shown} de 4"))
            .is_some(),
        "overall {shown} with a decimal comma"
    );

    // Print the report: Tab to the button, Enter, and the (scripted) save dialog.
    let html = s.root.join("relatorio.html");
    s.picker.push(&html);
    tab_to(&mut h, "Relatório (HTML)…");
    h.key_press(Key::Enter);
    h.run();
    let page = std::fs::read_to_string(&html)
        .unwrap_or_else(|e| panic!("{e}: {:?}", h.state().model().status()));
    assert!(
        page.contains("<html lang=\"pt\""),
        "the report says it is Portuguese"
    );
    for q in &questions {
        let text = pilares::output::report::escape(f.tr(&q.text, "pt"));
        assert!(page.contains(&text), "report has {} in Portuguese", q.id);
    }
    assert!(page.contains(&shown), "the report writes {shown}");
    assert!(page.contains("Capacidades de apoio"));
}

/// A file dropped from the desktop, as eframe hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn files_dropped_on_the_window_open_or_compare_and_a_wrong_kind_is_refused_aloud() {
    let s = Setup::new();
    let files = three_groups(&s.root);
    let mut h = s.harness("en");
    let drop = |h: &mut Harness<'_, PilaresApp>, paths: &[PathBuf]| {
        for path in paths {
            h.input_mut()
                .dropped_files
                .push(std::sync::Arc::new(Dropped(path.clone())));
        }
        h.run();
    };

    // Something that is not an assessment: a message that names it, nothing opened.
    let doc = s.root.join("minutes.docx");
    std::fs::write(&doc, "not an assessment").expect("write");
    drop(&mut h, std::slice::from_ref(&doc));
    assert_eq!(h.state().model().view(), View::Start);
    assert!(
        h.query_by_label_contains("minutes.docx is neither an assessment")
            .is_some()
    );

    // One assessment opens it.
    drop(&mut h, &files[..1]);
    assert!(h.state().model().session().is_some());

    // Several go to the comparison.
    drop(&mut h, &files[1..]);
    assert_eq!(h.state().model().view(), View::Compare);
    assert_eq!(h.state().model().compare().items().len(), 2);
}

#[test]
fn an_assessment_of_an_unknown_framework_says_where_to_add_it() {
    let s = Setup::new();
    let mut h = s.harness("en");
    let file = s.root.join("regional.ron");
    std::fs::write(
        &file,
        "Assessment(framework: (id: \"regional-tpd\", version: \"2.0.0\"), label: \"R\", answers: {})",
    )
    .expect("write");
    // Another version of the built-in framework opens, with a warning and without the hint.
    let other_version = s.root.join("other-version.ron");
    std::fs::write(
        &other_version,
        "Assessment(framework: (id: \"tpd-ict\", version: \"9.0.0\"), label: \"V\", answers: {})",
    )
    .expect("write");
    let hint = "Add its framework with “With a framework file…”";

    s.picker.push(&file);
    click(&mut h, "Open a file…");
    assert!(h.state().model().session().is_none());
    let status = format!("{:?}", h.state().model().status());
    assert!(
        status.contains("regional.ron:1:"),
        "names the file and line: {status}"
    );
    assert!(status.contains(hint), "{status}");

    s.picker.push(&other_version);
    click(&mut h, "Open a file…");
    let status = format!("{:?}", h.state().model().status());
    assert!(h.state().model().session().is_some(), "{status}");
    assert!(status.contains("made with version 9.0.0"), "{status}");
    assert!(!status.contains(hint), "{status}");
}

#[test]
fn the_top_bar_wraps_rather_than_run_under_the_settings_in_a_long_language() {
    // Widths around the one at which the Portuguese bar first ran under the settings (a
    // 1200-point window under Xvfb), and narrower ones.
    for width in (900..=1300).step_by(50) {
        let s = Setup::new();
        let mut h = Harness::builder()
            .with_size(egui::vec2(width as f32, 760.0))
            .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), s.app("pt"));
        h.run();
        // Not yet saved to a file: the longest status, and "Salvar como…" beside it.
        click(&mut h, "Começar uma nova avaliação");
        let settings = [
            h.get_by_role(egui::accesskit::Role::ComboBox).rect(),
            h.get_by_label("A+").rect(),
            h.get_by_label("A−").rect(),
            h.get_by_label("Tema escuro").rect(),
        ];
        for label in ["Salvar como…", "Fechar", "Plano"] {
            for node in h.get_all_by_label(label) {
                let r = node.rect();
                for other in settings {
                    assert!(
                        !r.intersects(other),
                        "at {width} points, {label} at {r:?} runs under {other:?}"
                    );
                }
            }
        }
    }
}

/// The sample with scores that have more than two decimals: partnerships answered 2, 2, 3 and
/// left two open (2.333…), support 1, 2, 2 (1.666…).
fn sample_with_long_decimals(path: &Path) -> Assessment {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let mut a = Assessment::load(&sample).expect("sample").assessment;
    let set = |a: &mut Assessment, id: &str, level: Option<i64>| {
        let answer = a.answers.entry(id.to_owned()).or_default();
        answer.level = level;
        answer.not_applicable = false;
    };
    for (id, level) in [
        ("part-register", Some(2)),
        ("part-alignment", Some(2)),
        ("part-universities", Some(3)),
        ("sup-school", Some(1)),
        ("sup-district", Some(2)),
        ("sup-facilitators", Some(2)),
    ] {
        set(&mut a, id, level);
    }
    for id in ["part-telecom", "part-networks", "sup-helpdesk", "sup-time"] {
        a.answers.remove(id);
    }
    a.targets.clear();
    a.save(path).expect("save");
    a
}

#[test]
fn the_plan_writes_only_what_the_team_chose() {
    let s = Setup::new();
    let file = s.root.join("decimals.ron");
    sample_with_long_decimals(&file);
    let before = std::fs::read_to_string(&file).expect("file");
    let mut h = s.harness("es");
    s.picker.push(&file);
    click(&mut h, "Abrir un archivo…");
    click(&mut h, "Plan");
    assert_eq!(h.state().model().view(), View::Plan);
    for _ in 0..5 {
        h.run();
    }
    assert_eq!(
        std::fs::read_to_string(&file).expect("file"),
        before,
        "opening the plan on scores like 2,333… writes nothing"
    );
    // A target the team sets is written; removing it removes it, for good.
    let label = "Meta para Alianzas y colaboraciones";
    h.get_by_label(label).set_value_accesskit(3.5);
    h.run();
    assert_eq!(on_disk(&file).targets.get("partnerships"), Some(&3.5));
    click(&mut h, "Quitar");
    for _ in 0..5 {
        h.run();
    }
    assert!(
        on_disk(&file).targets.is_empty(),
        "{:?}",
        on_disk(&file).targets
    );
}

/// Presses and releases `keys` all within one frame.
fn one_frame_of_keys(h: &mut Harness<'_, PilaresApp>, keys: &[Key]) {
    for &key in keys {
        for pressed in [true, false] {
            h.input_mut().events.push(egui::Event::Key {
                key,
                pressed,
                modifiers: egui::Modifiers::NONE,
                repeat: false,
                physical_key: None,
            });
        }
    }
    h.step();
    h.run();
}

#[test]
fn keys_typed_faster_than_frames_are_applied_in_the_order_typed() {
    let s = Setup::new();
    let mut h = s.harness("en");
    click(&mut h, "Start a new assessment");
    click(&mut h, "Begin the questions →");
    let ids = first_questions(&h, 6);
    // `3⏎2⏎2⏎1⏎3⏎` arriving in one frame, as on a busy machine (kittest's own key presses
    // each get a frame of their own, so these go into one frame's input directly).
    one_frame_of_keys(
        &mut h,
        &[
            Key::Num3,
            Key::Enter,
            Key::Num2,
            Key::Enter,
            Key::Num2,
            Key::Enter,
            Key::Num1,
            Key::Enter,
            Key::Num3,
            Key::Enter,
        ],
    );
    // Then `4 ↑ N` in another single frame: the sixth question ends not applicable.
    one_frame_of_keys(&mut h, &[Key::Num4, Key::ArrowUp, Key::N]);
    let a = &h.state().model().session().expect("open").assessment;
    let levels: Vec<Option<i64>> = ids[..5]
        .iter()
        .map(|id| a.answers.get(id).and_then(|x| x.level))
        .collect();
    assert_eq!(levels, [Some(3), Some(2), Some(2), Some(1), Some(3)]);
    assert!(a.answers[&ids[5]].not_applicable);
    assert_eq!(a.answers[&ids[5]].level, None);
    assert_eq!(h.state().model().view(), View::Question(5));
}

#[test]
fn files_named_on_the_command_line_open_as_a_double_click_would() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let with = |open: Vec<PathBuf>| {
        harness(PilaresApp::new(AppConfig {
            data_dir: s.data_dir(),
            picker: Box::new(s.picker.clone()),
            prefs: Prefs {
                language: "es".to_owned(),
                ..Prefs::default()
            },
            frameworks: Vec::new(),
            local_frameworks: None,
            open,
            background_saves: false,
            today: pilares::io::clock::today,
        }))
    };
    // One assessment: open for answering, at its first open question.
    let h = with(vec![sample.clone()]);
    let session = h.state().model().session().expect("opened");
    assert_eq!(session.file(), Some(sample.as_path()));
    assert!(matches!(h.state().model().view(), View::Question(_)));
    // Ten groups' files at once: the comparison.
    let groups = three_groups(&s.root);
    let h = with(groups.clone());
    assert_eq!(h.state().model().view(), View::Compare);
    assert_eq!(h.state().model().compare().items().len(), groups.len());
    assert!(h.state().model().session().is_none());
}

#[test]
fn another_persons_change_to_the_open_file_is_shown_and_merged_never_overwritten() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("equipo.ron");
    std::fs::copy(&sample, &file).expect("copy");
    let mut h = s.harness("es");
    s.picker.push(&file);
    click(&mut h, "Abrir un archivo…");
    let ids = first_questions(&h, 40);
    let View::Question(shown) = h.state().model().view() else {
        panic!("the sample opens at its first open question");
    };
    let ours = ids[shown].clone();
    // A colleague saves a change to another question from another computer.
    let mut theirs = on_disk(&file);
    let last = ids.last().expect("a question").clone();
    assert_ne!(last, ours);
    theirs.answers.entry(last.clone()).or_default().level = Some(4);
    theirs.save(&file).expect("their save");
    // We press a key: our answer is not written over their file, and the app says so.
    h.key_press(Key::Num1);
    h.run();
    assert_eq!(
        on_disk(&file).answers[&last].level,
        Some(4),
        "their change is there"
    );
    assert_ne!(
        on_disk(&file).level(&ours),
        Some(1),
        "ours is not written yet"
    );
    assert!(
        h.query_by_label_contains("Otra persona cambió este archivo")
            .is_some()
    );
    assert!(
        h.query_by_label_contains(&format!("Solo usted cambió: {}.", shown + 1))
            .is_some()
    );
    click(&mut h, "Combinar respuesta por respuesta y guardar");
    let merged = on_disk(&file);
    assert_eq!(merged.answers[&last].level, Some(4));
    assert_eq!(merged.level(&ours), Some(1));
    assert!(
        h.query_by_label_contains("Otra persona cambió este archivo")
            .is_none()
    );
}

#[test]
fn a_facilitator_keeps_several_unsaved_groups_and_discarding_asks_and_can_be_undone() {
    let s = Setup::new();
    let mut h = s.harness("es");
    // Group A, then group B, without saving A to a file or discarding it.
    click(&mut h, "Comenzar una nueva evaluación");
    h.get_by_label("País").focus();
    h.run();
    h.get_by_label("País").type_text("Grupo A");
    h.run();
    let a_file = unsaved_file(&h);
    click(&mut h, "Cerrar");
    click(&mut h, "Comenzar una nueva evaluación");
    let b_file = unsaved_file(&h);
    assert_ne!(a_file, b_file, "each unsaved assessment has its own file");
    // A second window starting one too never shares a file with this one.
    let mut other = s.harness("es");
    click(&mut other, "Comenzar una nueva evaluación");
    let c_file = unsaved_file(&other);
    assert!(c_file != a_file && c_file != b_file);
    drop(other);

    click(&mut h, "Cerrar");
    assert_eq!(
        h.state().model().unsaved().len(),
        3,
        "A, B and the other window's, listed"
    );
    // Discarding asks first, and says where the copy went.
    let discard_a = h
        .state()
        .model()
        .unsaved()
        .iter()
        .position(|u| u.path == a_file)
        .expect("A is listed");
    h.get_all_by_label("Descartar")
        .nth(discard_a)
        .expect("a discard button")
        .click();
    h.run();
    assert!(a_file.is_file(), "nothing is discarded on the first click");
    assert!(h.query_by_label_contains("¿Descartar").is_some());
    click(&mut h, "Sí, descartarla");
    assert!(!a_file.exists());
    let status = h.state().model().status().expect("a message").text.clone();
    assert!(status.contains("Se conserva una copia en"), "{status}");
    assert!(status.contains("discarded"), "{status}");
    assert_eq!(h.state().model().unsaved().len(), 2);
    // And it can be undone.
    click(&mut h, "Deshacer");
    assert!(a_file.is_file());
    assert_eq!(on_disk(&a_file).country.as_deref(), Some("Grupo A"));
    assert_eq!(h.state().model().unsaved().len(), 3);
}

#[test]
fn where_the_file_dialog_cannot_open_the_app_asks_for_the_path_itself() {
    let s = Setup::new();
    let mut h = s.harness("es");
    click(&mut h, "Comenzar una nueva evaluación");
    // "Guardar como…" on a computer without a file dialog: the app asks itself.
    s.picker.push_unavailable();
    click(&mut h, "Guardar como…");
    assert!(
        h.query_by_label_contains("El diálogo de archivos no se pudo abrir")
            .is_some(),
        "a message, not silence"
    );
    let suggested = h.state().model().prompt().expect("asked").text.clone();
    assert!(suggested.ends_with(".ron"), "{suggested}");
    assert!(suggested.contains("Pilares"), "{suggested}");
    // The team types a place of its own.
    let file = s.root.join("carpeta").join("grupo-a.ron");
    h.state_mut().apply(pilares::state::Action::PromptText(
        file.display().to_string(),
    ));
    h.run();
    click(&mut h, "Guardar aquí");
    assert!(
        file.is_file(),
        "saved where the team said, its folder created"
    );
    assert_eq!(
        h.state().model().session().expect("open").file(),
        Some(file.as_path())
    );

    // Opening works the same way, with the folder's files to pick from.
    click(&mut h, "Cerrar");
    s.picker.push_unavailable();
    click(&mut h, "Abrir un archivo…");
    h.state_mut().apply(pilares::state::Action::PromptText(
        s.root.join("carpeta").display().to_string(),
    ));
    h.run();
    // (The start screen lists it among recent files too: the prompt's link is the last one.)
    h.get_all_by_label("grupo-a.ron")
        .last()
        .expect("the folder's file is listed")
        .click();
    h.run();
    assert_eq!(
        h.state().model().prompt().expect("still asking").text,
        file.display().to_string()
    );
    click(&mut h, "Abrir");
    assert_eq!(
        h.state().model().session().expect("opened").file(),
        Some(file.as_path())
    );
    // And an export too.
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Results));
    h.run();
    s.picker.push_unavailable();
    click(&mut h, "Respuestas en CSV…");
    assert!(h.state().model().prompt().is_some_and(|p| p.save));
    click(&mut h, "Cancelar");
    assert!(h.state().model().prompt().is_none());
}

#[test]
fn dates_are_typed_as_people_write_them_and_an_invalid_one_is_never_saved() {
    let s = Setup::new();
    let mut h = s.harness("es");
    click(&mut h, "Comenzar una nueva evaluación");
    let file = unsaved_file(&h);
    let today = on_disk(&file).date.expect("a new assessment is dated");
    // The field shows the stored ISO date as Spanish writes it.
    let shown = pilares::i18n::date(&today, "es");
    assert!(
        h.query_all_by_value(&shown).next().is_some(),
        "the date shows as {shown}"
    );
    // Retyped as dd/mm/aaaa: stored as ISO.
    let field = h.get_by_label("Fecha");
    field.focus();
    h.run();
    for _ in 0..12 {
        h.key_press(Key::Backspace);
    }
    h.run();
    h.get_by_label("Fecha").type_text("23/11/2026");
    h.run();
    assert_eq!(on_disk(&file).date.as_deref(), Some("2026-11-23"));
    // A date that is no date is said so, and not saved.
    for _ in 0..12 {
        h.key_press(Key::Backspace);
    }
    h.run();
    h.get_by_label("Fecha").type_text("31/02/2026");
    h.run();
    assert!(h.query_by_label_contains("No es una fecha").is_some());
    let stored = on_disk(&file).date;
    assert!(
        stored.is_none() || stored.as_deref() == Some("2026-11-23"),
        "never the invalid text: {stored:?}"
    );
}

#[test]
fn every_view_opens_at_its_top_at_a_laptops_size() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("cs.ron");
    std::fs::copy(&sample, &file).expect("copy");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), s.app("es"));
    h.run();
    s.picker.push(&file);
    click(&mut h, "Abrir un archivo…");
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Question(0)));
    h.run();
    // Below the top bar (its bottom edge is where the central panel starts) and above the
    // window's bottom.
    let visible = |h: &Harness<'_, PilaresApp>, text: &str| {
        let top_bar = h.get_by_label("Pilares").rect().bottom() + 8.0;
        let rect = h.get_by_label_contains(text).rect();
        rect.top() >= top_bar && rect.bottom() <= 768.0
    };
    for step in 0..3 {
        // The way on is always in view, in its own bar, without scrolling.
        assert!(visible(&h, "Siguiente →"), "step {step}: Next in view");
        // Scrolled down to the end of the question, as a team does before pressing Next.
        h.get_by_label_contains("Teclas:").scroll_to_me();
        h.run();
        if step == 0 {
            assert!(
                !visible(&h, "de 40 en total"),
                "scrolled away from the heading"
            );
        }
        h.key_press(Key::Enter);
        h.run();
        assert!(
            visible(&h, &format!("{} de 40 en total", step + 2)),
            "step {step}: the next question opens at its top"
        );
    }
    // Results and the plan open at their top too.
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Results));
    h.run();
    assert!(visible(&h, "Resultados:"));
    // The Questions tab goes back to where the team was, not to question 1.
    click(&mut h, "Preguntas");
    assert_eq!(h.state().model().view(), View::Question(3));
}

#[test]
fn closing_while_someone_elses_change_is_undecided_keeps_ours_as_a_copy() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("equipo.ron");
    std::fs::copy(&sample, &file).expect("copy");
    let mut h = s.harness("es");
    s.picker.push(&file);
    click(&mut h, "Abrir un archivo…");
    let View::Question(shown) = h.state().model().view() else {
        panic!("at a question");
    };
    let ours = first_questions(&h, 40)[shown].clone();
    let mut theirs = on_disk(&file);
    theirs
        .answers
        .entry("ict-connectivity".into())
        .or_default()
        .level = Some(4);
    theirs.save(&file).expect("their save");
    h.key_press(Key::Num1);
    h.run();
    assert!(
        h.state()
            .model()
            .session()
            .expect("open")
            .conflict
            .is_some()
    );
    click(&mut h, "Cerrar");
    let copy = s.root.join("equipo.mi-versión.ron");
    assert_eq!(on_disk(&copy).level(&ours), Some(1), "our answer is kept");
    assert_eq!(
        on_disk(&file).level("ict-connectivity"),
        Some(4),
        "theirs untouched"
    );
    let status = h.state().model().status().expect("said").text.clone();
    assert!(status.contains("equipo.mi-versión.ron"), "{status}");
}

#[test]
fn keys_do_nothing_behind_the_path_prompt_and_it_never_writes_over_a_file() {
    let s = Setup::new();
    let mut h = s.harness("es");
    click(&mut h, "Comenzar una nueva evaluación");
    click(&mut h, "Empezar las preguntas →");
    s.picker.push_unavailable();
    click(&mut h, "Guardar como…");
    assert!(h.state().model().prompt().is_some());
    h.key_press(Key::Num3);
    h.key_press(Key::Enter);
    h.run();
    let session = h.state().model().session().expect("open");
    assert_eq!(
        session.progress().0,
        0,
        "no answer was given behind the prompt"
    );
    assert_eq!(h.state().model().view(), View::Question(0));
    // A path that names an existing file is refused, and the prompt stays.
    let taken = s.root.join("taken.ron");
    std::fs::write(&taken, "a colleague's").expect("write");
    h.state_mut().apply(pilares::state::Action::PromptText(
        taken.display().to_string(),
    ));
    h.run();
    click(&mut h, "Guardar aquí");
    assert_eq!(
        std::fs::read_to_string(&taken).expect("kept"),
        "a colleague's"
    );
    assert!(h.state().model().prompt().is_some());
}

#[test]
fn a_file_that_cannot_be_written_is_never_called_saved_and_offers_another_place() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let share = s.root.join("share");
    std::fs::create_dir(&share).expect("mkdir");
    let file = share.join("team.ron");
    std::fs::copy(&sample, &file).expect("copy");
    let mut h = s.harness("es");
    s.picker.push(&file);
    click(&mut h, "Abrir un archivo…");
    // The shared folder goes away (a network drive disconnected).
    std::fs::remove_dir_all(&share).expect("rm");
    h.key_press(Key::Num2);
    h.run();
    assert!(h.query_by_label_contains("Guardado en").is_none());
    assert!(
        h.query_by_label("Sin guardar: no se puede escribir el archivo")
            .is_some()
    );
    let elsewhere = s.root.join("otra.ron");
    s.picker.push(&elsewhere);
    click(&mut h, "Guardar como…");
    assert!(elsewhere.is_file(), "saved in another place");
}

/// A workshop of fourteen groups at a laptop's width: the pillar table scrolls sideways instead
/// of running off the window, every group keeps its column, and projector mode makes the whole
/// room able to read it.
#[test]
fn fourteen_groups_fit_and_the_projector_mode_enlarges_everything() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let base = pilares::model::assessment::Assessment::load(&sample)
        .expect("sample")
        .assessment;
    let f = pilares::model::framework::Framework::from_ron(
        pilares::model::catalog::BUILT_IN[0].1,
        "built-in",
    )
    .expect("built-in");
    let groups: Vec<_> = (1..=14)
        .map(|n| {
            let mut a = base.clone();
            a.label = format!("Grupo {n}");
            a
        })
        .collect();
    let csv = s.root.join("taller.csv");
    let mut bytes = Vec::new();
    pilares::formats::long::write_long(&mut bytes, groups.iter().map(|a| (a, &f)), "es")
        .expect("csv");
    std::fs::write(&csv, bytes).expect("write");

    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), s.app("es"));
    h.run();
    s.picker.push(&csv);
    click(&mut h, "Comparar evaluaciones…");
    assert_eq!(h.state().model().compare().items().len(), 14);
    // Every group has its column header, and the last one is reached by scrolling sideways.
    // (Each name is in the side list and in the table.)
    for n in 1..=14 {
        let name = format!("Grupo {n}");
        assert_eq!(h.get_all_by_label(&name).count(), 2, "{name}");
    }
    let header = |h: &Harness<'_, PilaresApp>| {
        h.get_all_by_label("Grupo 14")
            .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
            .expect("the table's column")
            .rect()
    };
    h.get_all_by_label("Grupo 14")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("the table's column")
        .scroll_to_me();
    h.run();
    let rect = header(&h);
    assert!(rect.right() <= 1366.0 && rect.left() >= 0.0, "{rect:?}");

    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    click(&mut h, "Proyector");
    assert!(h.state().model().prefs().projector);
    assert!(
        (h.ctx.zoom_factor() - 1.5).abs() < 1e-4,
        "{}",
        h.ctx.zoom_factor()
    );
    click(&mut h, "Proyector");
    assert!(!h.state().model().prefs().projector);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-4);
}

/// Every screen at the sizes of the region's laptops (1366×768, 1024×640) with text at 100 %
/// and 150 %, in all four languages: no control or text runs past the window's right edge,
/// and the way on (Next) can always be brought into view.
#[test]
fn every_screen_fits_small_laptops_and_large_text_in_every_language() {
    use egui_kittest::kittest::By;
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("cs.ron");
    std::fs::copy(&sample, &file).expect("copy");
    let mut problems = Vec::new();
    for lang in ["en", "es", "pt", "fr"] {
        for (w, h_px, zoom) in [
            (1366.0, 768.0, 1.0),
            (1024.0, 640.0, 1.0),
            (1024.0, 640.0, 1.5),
        ] {
            let mut h = Harness::builder()
                .with_size(egui::vec2(w, h_px))
                .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), s.app(lang));
            h.state_mut().apply(pilares::state::Action::SetZoom(zoom));
            h.state_mut()
                .apply(pilares::state::Action::OpenPath(file.clone()));
            h.state_mut().apply(pilares::state::Action::DismissStatus);
            h.run();
            let right = w / zoom + 1.0;
            for view in [
                View::Start,
                View::Details,
                View::Question(6),
                View::Results,
                View::Plan,
                View::Editor,
                View::Editor,
            ] {
                // The framework editor: its own fields, then a question with its rubric.
                if view == View::Editor {
                    use pilares::model::framework::edit::Part;
                    use pilares::state::EditorAction;
                    let model = h.state().model();
                    let action = match model.editor() {
                        None => EditorAction::Copy(0),
                        Some(_) => EditorAction::Select(Part::Question(0, 1)),
                    };
                    h.state_mut().apply(pilares::state::Action::Editor(action));
                }
                h.state_mut().apply(pilares::state::Action::Show(view));
                h.run();
                h.run();
                // On a question, the way on is in view without scrolling.
                if let View::Question(_) = view {
                    let next = pilares::i18n::Messages::new(lang).get("next");
                    let rect = h.get_by_label(&next).rect();
                    if rect.bottom() > h_px / zoom + 1.0 || rect.right() > right {
                        problems.push(format!(
                            "{lang} {w}×{h_px} at {zoom}: {next:?} is out of view at {rect:?}"
                        ));
                    }
                }
                for node in h.query_all(By::new()) {
                    let Some(label) = node.accesskit_node().label() else {
                        continue;
                    };
                    let rect = node.rect();
                    if rect.right() > right && rect.width() < w {
                        problems.push(format!(
                            "{lang} {w}×{h_px} at {zoom}: {view:?}: {label:?} reaches x={:.0} of {:.0}",
                            rect.right(),
                            right - 1.0
                        ));
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} cut off:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A team of three brings in its members' own answers, sees who chose what on each disputed
/// question, settles one by mouse and one by keyboard alone (Tab to the level, Enter), writes
/// its reason, and everything is in the team's file.
#[test]
fn a_team_brings_in_its_members_answers_and_settles_the_disagreements() {
    let s = Setup::new();
    let (team, files) = common::team_of_three(&s.root);

    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), s.app("es"));
    h.run();
    h.state_mut()
        .apply(pilares::state::Action::OpenPath(team.clone()));
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Results));
    h.run();
    for f in &files {
        s.picker.push(f);
    }
    click(&mut h, "Traer las respuestas de los participantes…");
    assert_eq!(h.state().model().view(), View::Consensus);
    assert!(
        h.state()
            .model()
            .status()
            .is_some_and(|st| st.text.contains("3 participantes")),
        "{:?}",
        h.state().model().status()
    );
    assert!(h.query_by_label("36 acordadas · 2 por discutir").is_some());
    // Who chose what, with their notes.
    assert!(h.get_all_by_label("Ana ✎").count() >= 1 && h.get_all_by_label("Luis ✎").count() >= 1);

    // ict-content: 1, 4, 4, the widest spread, first. Settled at 3, away from the majority.
    let content = on_disk(&team);
    assert!(
        !content.answers.contains_key("ict-content"),
        "open until the team settles"
    );
    assert_eq!(content.ratings["ict-content"].len(), 3);
    h.get_all_by_label("3 · Establecido")
        .next()
        .expect("the first card's level")
        .click();
    h.run();
    let settled = on_disk(&team);
    assert_eq!(settled.answers["ict-content"].level, Some(3));
    assert!(
        h.query_by_label("Acordado lejos de lo que eligió la mayoría: escriban la razón abajo.")
            .is_some()
    );
    // Its reason, typed.
    h.get_all_by_label("La razón del equipo")
        .next()
        .expect("reason")
        .click();
    h.run();
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .expect("the reason's field")
        .type_text("Hay cursos en línea, no acompañamiento");
    h.run();
    assert_eq!(
        on_disk(&team).answers["ict-content"].note.as_deref(),
        Some("Hay cursos en línea, no acompañamiento")
    );
    assert!(
        h.query_by_label("Acordado lejos de lo que eligió la mayoría; la razón está abajo.")
            .is_some(),
        "once the reason is written, it no longer asks for it"
    );

    // ict-blended by keyboard only: the settled question moved below, so the first
    // "2 · Emergente" Tab reaches is the open one's; Enter chooses it.
    tab_to(&mut h, "2 · Emergente");
    h.key_press(Key::Enter);
    h.run();
    let after = on_disk(&team);
    assert_eq!(after.answers["ict-blended"].level, Some(2));
    // The results say how far the members agreed, and where they differed most.
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Results));
    h.run();
    assert!(h.query_by_label_contains("α de Krippendorff").is_some());
    assert!(
        h.query_by_label("Donde más difirieron los integrantes: TIC")
            .is_some()
    );
    // The members join the team's participants; nobody is listed twice.
    assert_eq!(
        after.participants[after.participants.len() - 3..],
        ["Ana", "Luis", "Rosa"]
    );
}

/// A file that is not an assessment, opened in a Spanish window: the app says so in Spanish,
/// naming the file and what one looks like, not in the core's English.
#[test]
fn a_file_that_is_not_an_assessment_is_refused_in_the_windows_language() {
    let s = Setup::new();
    let readme = s.root.join("LEEME.ron");
    std::fs::write(&readme, "# Notas de la reunión\nNada que ver.\n").expect("write");
    let mut h = s.harness("es");
    h.state_mut()
        .apply(pilares::state::Action::OpenPath(readme));
    h.run();
    let status = h.state().model().status().cloned().expect("a message");
    assert!(status.error);
    assert!(
        status
            .text
            .contains("LEEME.ron:1:1: esto no es una evaluación de Pilares"),
        "{}",
        status.text
    );
    assert!(!status.text.contains("this is not"), "{}", status.text);
}

/// Types into a field found by its label, as a person who clicked into it would.
fn type_into(h: &mut Harness<'_, PilaresApp>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn a_ministry_writes_a_framework_from_scratch_fixes_it_from_the_list_saves_reopens_and_assesses() {
    let s = Setup::new();
    let mut h = s.harness("en");
    click(&mut h, "New framework…");
    assert_eq!(h.state().model().view(), View::Editor);
    let problems =
        |h: &Harness<'_, PilaresApp>| h.state().model().editor().expect("editing").problem_count();
    assert_eq!(
        problems(&h),
        7,
        "a name for the framework, each pillar and each question"
    );

    // Saving now is refused: a file Pilares would not load is never written.
    let file = s.root.join("valle-alto.ron");
    click(&mut h, "Save");
    assert!(!file.exists());
    assert!(
        h.state()
            .model()
            .status()
            .is_some_and(|st| st.error && st.text.contains("7 problems are left"))
    );

    // The first problem in the list takes the ministry to its field.
    let first = {
        let editor = h.state().model().editor().expect("editing");
        let msgs = pilares::i18n::Messages::new("en");
        let (problem, _) = editor.problems().next().expect("a problem");
        problem.key.as_ref().expect("keyed").say(&msgs)
    };
    assert!(first.contains("name"), "{first}");
    click(&mut h, &first);
    // The cursor is in the field the problem names: typing goes there.
    h.run();
    h.event(egui::Event::Text(
        "Teacher development in Valle Alto".into(),
    ));
    h.run();
    assert_eq!(problems(&h), 6);

    // Each of the three pillars and its question, from the outline.
    for (k, name) in ["ICT", "Partnerships", "Support"].into_iter().enumerate() {
        click(&mut h, &format!("{}. pillar-{}", k + 1, k + 1));
        type_into(&mut h, "Name · en", name);
        click(&mut h, &format!("pillar-{}-q1", k + 1));
        // Typed a letter at a time, as people type: the last problem goes with the first
        // letter, and the rest must still arrive in the same field.
        type_into(&mut h, "Question · en", "H");
        h.event(egui::Event::Text(format!(
            "ow far has {name} reached teachers?"
        )));
        h.run();
        type_into(&mut h, "1 · Latent · en", "Fewer than half of the teachers");
    }
    assert_eq!(problems(&h), 0);
    assert!(h.get_all_by_label("No problems: ready to save").count() >= 1);
    let typed = h
        .state()
        .model()
        .editor()
        .expect("editing")
        .framework
        .pillars[2]
        .questions[0]
        .text
        .0
        .get("en")
        .cloned();
    assert_eq!(
        typed.as_deref(),
        Some("How far has Support reached teachers?")
    );

    // Saved where the ministry chooses, and it loads as `pilares validate` loads it.
    s.picker.push(&file);
    click(&mut h, "Save");
    let saved = pilares::model::framework::Framework::load(&file).expect("a valid framework");
    assert_eq!(saved.pillars.len(), 3);
    assert_eq!(saved.pillars[0].questions[0].levels.len(), 1);

    // Closed, then reopened from its file, changed and saved again in place.
    click(&mut h, "Close the editor");
    assert_eq!(h.state().model().view(), View::Start);
    s.picker.push(&file);
    click(&mut h, "Edit a framework file…");
    assert_eq!(h.state().model().view(), View::Editor);
    type_into(&mut h, "Name · es", "Desarrollo docente en Valle Alto");
    click(&mut h, "Save");
    let saved = pilares::model::framework::Framework::load(&file).expect("valid");
    assert_eq!(
        saved.name.0.get("es").map(String::as_str),
        Some("Desarrollo docente en Valle Alto")
    );

    // "Try it": an assessment on it, answered by keyboard.
    click(&mut h, "Try it");
    assert_eq!(h.state().model().view(), View::Details);
    let session = h.state().model().session().expect("an assessment");
    assert_eq!(session.framework.id, "my-framework");
    assert_eq!(session.questions().len(), 3);
    click(&mut h, "Questions");
    assert_eq!(h.state().model().view(), View::Question(0));
    h.key_press(Key::Num1);
    h.run();
    let session = h.state().model().session().expect("an assessment");
    assert_eq!(session.assessment.level("pillar-1-q1"), Some(1));
}

/// Clicks twice at one place, as a double click does, with a frame between.
fn double_click_at(h: &mut Harness<'_, PilaresApp>, pos: egui::Pos2) {
    for _ in 0..2 {
        h.event(egui::Event::PointerMoved(pos));
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        h.run();
    }
}

#[test]
fn the_next_round_carries_answers_and_confirming_twice_never_changes_one() {
    let s = Setup::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let file = s.root.join("cs.ron");
    std::fs::copy(&sample, &file).expect("copy");
    let mut h = s.harness("en");
    s.picker.push(&file);
    click(&mut h, "Open a file…");
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Results));
    h.run();
    click(&mut h, "Start the next round from this assessment");
    let session = h.state().model().session().expect("the next round");
    assert_eq!(session.framework.version, "2.0.0");
    let (index, id, level) = session
        .questions()
        .iter()
        .enumerate()
        .find_map(|(i, (_, q))| {
            let a = session.assessment.answers.get(&q.id)?;
            (a.carried && a.level.is_some()).then(|| (i, q.id.clone(), a.level))
        })
        .expect("a carried answer");
    h.state_mut()
        .apply(pilares::state::Action::Show(View::Question(index)));
    h.run();
    assert!(
        h.query_by_label_contains("Carried over from the last round")
            .is_some()
    );
    let pos = h.get_by_label("Confirm this answer").rect().center();
    double_click_at(&mut h, pos);
    let answer = &h
        .state()
        .model()
        .session()
        .expect("open")
        .assessment
        .answers[&id];
    assert_eq!(
        answer.level, level,
        "a double click confirms, and changes nothing"
    );
    assert!(!answer.carried);
    assert!(
        h.query_by_label_contains("Carried over from the last round")
            .is_none()
    );
}

#[test]
fn a_level_key_answers_even_while_the_questions_tab_has_the_keyboard() {
    // Found in the browser: Tab to "Preguntas", Enter, then 3 did nothing, because the tab
    // button kept the keyboard. Only a text field keeps the level keys; Enter stays the
    // focused button's.
    let s = Setup::new();
    let mut h = s.harness("es");
    tab_to(&mut h, "Comenzar una nueva evaluación");
    h.key_press(Key::Enter);
    h.run();
    tab_to(&mut h, "Preguntas");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().model().view(), View::Question(0));
    h.key_press(Key::Num3);
    h.run();
    let session = h.state().model().session().expect("open");
    let first = session
        .framework
        .questions()
        .next()
        .expect("a question")
        .1
        .id
        .clone();
    assert_eq!(
        session.assessment.answers.get(&first).and_then(|a| a.level),
        Some(3),
        "the key answered the question shown"
    );
    assert_eq!(
        h.state().model().view(),
        View::Question(0),
        "still on the question: Enter was the button's, not Next"
    );
}
