//! Unit tests of `state`.

use super::*;

fn fixed_day() -> String {
    "2026-11-23".to_owned()
}

/// The app's state on a fresh data folder, in Spanish, on a fixed day: no window anywhere.
fn state(dir: &Path) -> AppState {
    AppState::new(AppConfig {
        data_dir: dir.join("data"),
        picker: Box::new(ScriptedPicker::default()),
        prefs: Prefs {
            language: "es".to_owned(),
            ..Prefs::default()
        },
        frameworks: Vec::new(),
        local_frameworks: None,
        open: Vec::new(),
        background_saves: false,
        today: fixed_day,
    })
}

#[test]
fn a_team_answers_by_keys_and_steps_through_the_views() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = state(dir.path());
    s.apply(Action::New(0));
    assert_eq!(s.view(), View::Details);
    let session = s.session().expect("a new assessment");
    // Dated with the day the clock gave, named with it in the interface's language.
    assert_eq!(session.assessment.date.as_deref(), Some("2026-11-23"));
    assert!(session.assessment.label.contains("23/11/2026"));

    s.apply(Action::Next);
    assert_eq!(s.view(), View::Question(0));
    s.apply(Action::QuestionKey(QuestionKey::Level(2)));
    s.apply(Action::QuestionKey(QuestionKey::Down));
    s.apply(Action::Next);
    s.apply(Action::QuestionKey(QuestionKey::NotApplicable));
    let session = s.session().expect("open");
    let (_, first) = session.questions()[0];
    let (_, second) = session.questions()[1];
    let level = |id: &str| session.assessment.answers.get(id).and_then(|a| a.level);
    assert_eq!(level(&first.id), Some(session.framework.scale[3].value));
    assert!(session.assessment.answers[&second.id].not_applicable);

    // The Questions tab returns to where the team was.
    s.apply(Action::Show(View::Results));
    s.apply(Action::ShowQuestions);
    assert_eq!(s.view(), View::Question(1));
    s.apply(Action::Previous);
    s.apply(Action::Previous);
    assert_eq!(s.view(), View::Details);
}

#[test]
fn the_comparison_is_computed_again_only_after_it_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = state(dir.path());
    let path = dir.path().join("costa-serena-2026.ron");
    std::fs::write(
        &path,
        include_str!("../../assets/samples/costa-serena-2026.ron"),
    )
    .expect("write");
    s.apply(Action::ComparePaths(vec![path]));
    assert_eq!(s.view(), View::Compare);
    let first = s.compare_computed();
    assert!(std::sync::Arc::ptr_eq(&first, &s.compare_computed()));
    // An action that does not touch the comparison keeps it.
    s.apply(Action::DismissStatus);
    assert!(std::sync::Arc::ptr_eq(&first, &s.compare_computed()));
    s.apply(Action::CompareToggle(0));
    let hidden = s.compare_computed();
    assert!(!std::sync::Arc::ptr_eq(&first, &hidden));
    assert!(hidden.is_err(), "nothing shown, nothing compared");
}
