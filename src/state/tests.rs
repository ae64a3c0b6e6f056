//! Unit tests of `state`.

use std::path::Path;

use super::*;

/// The Costa Serena sample assessment, copied into `dir`.
fn sample_in(dir: &Path) -> PathBuf {
    let path = dir.join("costa-serena-2026.ron");
    std::fs::write(
        &path,
        include_str!("../../assets/samples/costa-serena-2026.ron"),
    )
    .expect("write");
    path
}

fn fixed_day() -> String {
    "2026-11-23".to_owned()
}

/// The app's state on a fresh data folder, in Spanish, on a fixed day: no window anywhere.
fn state(dir: &Path) -> AppState {
    state_opening(dir, Vec::new())
}

/// [`state`] started with files, as `pilares FILE…` or a double-click starts it.
fn state_opening(dir: &Path, open: Vec<PathBuf>) -> AppState {
    AppState::new(AppConfig {
        data_dir: dir.join("data"),
        picker: Box::new(ScriptedPicker::default()),
        prefs: Prefs {
            language: "es".to_owned(),
            ..Prefs::default()
        },
        frameworks: Vec::new(),
        local_frameworks: None,
        open,
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
    let path = sample_in(dir.path());
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

#[test]
fn the_facilitator_says_whether_the_comparison_is_one_team_over_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = state(dir.path());
    let text = include_str!("../../assets/samples/costa-serena-2026.ron");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::fs::write(&a, text).expect("write");
    // A second group of the same workshop: same date, its own label.
    std::fs::write(&b, text.replace("Costa Serena — baseline 2026", "Grupo 2")).expect("write");
    s.apply(Action::ComparePaths(vec![a, b]));
    let over_time = |s: &mut AppState| match s.compare_computed().as_ref() {
        Ok((cmp, _)) => cmp.over_time,
        Err(e) => panic!("{e}"),
    };
    assert!(!over_time(&mut s), "same day: parallel groups");
    s.apply(Action::CompareOverTime(true));
    assert!(over_time(&mut s), "the facilitator's word wins");
    s.apply(Action::CompareOverTime(false));
    assert!(!over_time(&mut s));
    s.apply(Action::CompareClear);
    assert_eq!(
        s.compare().over_time_choice(),
        None,
        "a new comparison starts afresh"
    );
}

#[test]
fn a_file_opened_at_start_is_where_the_questions_tab_returns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample_in(dir.path());
    let mut s = state_opening(dir.path(), vec![path]);
    let View::Question(first_open) = s.view() else {
        panic!("opens at its first unanswered question, not {:?}", s.view());
    };
    assert!(first_open > 0);
    s.apply(Action::Show(View::Results));
    s.apply(Action::ShowQuestions);
    assert_eq!(s.view(), View::Question(first_open));
}

#[test]
fn the_answers_of_groups_that_cannot_be_compared_still_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let picker = ScriptedPicker::default();
    let mut s = AppState::new(AppConfig {
        data_dir: dir.path().join("data"),
        picker: Box::new(picker.clone()),
        prefs: Prefs::default(),
        frameworks: vec![
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini.ron"),
        ],
        local_frameworks: None,
        open: Vec::new(),
        background_saves: false,
        today: fixed_day,
    });
    // One assessment of the built-in framework and one of another: no comparison, no chart.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples/costa-serena-2026.ron");
    s.apply(Action::ComparePaths(vec![
        sample,
        fixtures.join("mini-a.ron"),
    ]));
    assert!(
        s.compare_computed().is_err(),
        "two frameworks do not compare"
    );
    let out = dir.path().join("answers.csv");
    picker.push(&out);
    s.apply(Action::CompareExport(ExportKind::Csv));
    let written = std::fs::read_to_string(&out).expect("the CSV is written");
    assert!(
        written.contains("Costa Serena") && written.contains("Group A"),
        "{written}"
    );
}

#[test]
fn a_member_answers_alone_in_a_copy_of_their_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("costa-serena-2026.ron");
    let text = include_str!("../../assets/samples/costa-serena-2026.ron");
    std::fs::write(&path, text).expect("write");
    let mut s = state_opening(dir.path(), vec![path.clone()]);
    s.apply(Action::AnswerAlone("J. Baptiste".into()));
    let own = &s.session().expect("the copy").assessment;
    assert_eq!(own.label, "Costa Serena — baseline 2026 — J. Baptiste");
    assert_eq!(own.participants, ["J. Baptiste"]);
    assert!(own.answers.is_empty(), "answered alone, from nothing");
    assert_eq!(own.country.as_deref(), Some("Costa Serena (fictional)"));
    assert_eq!(own.date.as_deref(), Some("2026-02-26"));
    assert_eq!(s.view(), View::Question(0));
    assert!(
        s.session().and_then(|x| x.file()).is_none(),
        "a file of its own"
    );
    // The team's file is as it was.
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn the_next_round_carries_answers_to_the_newest_version_marked_to_confirm() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A baseline on tpd-ict 1.0.0; the newest built-in version is 2.0.0, which renamed
    // ict-connectivity to ict-access (its carry map) and has seven new questions.
    let sample = dir.path().join("costa-serena-2026.ron");
    let text = include_str!("../../assets/samples/costa-serena-2026.ron");
    std::fs::write(&sample, text).expect("write");
    let mut s = AppState::new(AppConfig {
        data_dir: dir.path().join("data"),
        picker: Box::new(ScriptedPicker::default()),
        prefs: Prefs {
            language: "en".to_owned(),
            ..Prefs::default()
        },
        frameworks: Vec::new(),
        local_frameworks: None,
        open: vec![sample.clone()],
        background_saves: false,
        today: fixed_day,
    });
    let before = s.session().expect("open").assessment.clone();
    s.apply(Action::NextRound);
    assert_eq!(s.view(), View::Details);
    let next = s.session().expect("the next round").assessment.clone();
    assert_eq!(next.framework.version, "2.0.0");
    assert_eq!(next.date.as_deref(), Some("2026-11-23"));
    assert!(
        next.label.contains("Costa Serena — baseline 2026"),
        "{}",
        next.label
    );
    let reach = next.answers["ict-access"].clone();
    assert_eq!(reach.level, before.answers["ict-connectivity"].level);
    assert!(reach.carried);
    assert_eq!(reach.note, before.answers["ict-connectivity"].note);
    // Every answer whose question 2.0.0 still asks (by id or by its carry map) arrives.
    let catalog = crate::model::catalog::Catalog::built_in().expect("built-in");
    let (v1, v2) = (
        catalog.find("tpd-ict", "1.0.0").expect("1.0.0"),
        catalog.find("tpd-ict", "2.0.0").expect("2.0.0"),
    );
    let expected = v2
        .framework
        .questions()
        .filter_map(|(_, q)| crate::model::carry::source(&v2.framework, &v1.framework, &q.id))
        .filter(|old| {
            before
                .answers
                .get(*old)
                .is_some_and(|a| a.level.is_some() || a.not_applicable)
        })
        .count();
    let carried = next.answers.values().filter(|a| a.carried).count();
    assert_eq!(carried, expected);
    assert!(carried >= 30, "most of the baseline arrives: {carried}");
    assert!(!next.answers.contains_key("qual-classroom"), "not carried");
    assert!(
        !next.answers.contains_key("qual-reach"),
        "new: starts unanswered"
    );
    assert!(
        s.status().is_some_and(|st| st
            .text
            .contains(&format!("{carried} answers carried over to version 2.0.0"))
            && st.text.contains("7 questions are new")),
        "{:?}",
        s.status()
    );
    // The last round's file is untouched.
    assert_eq!(std::fs::read_to_string(&sample).expect("read"), text);

    // Confirming, or choosing again, takes the mark off; nothing else changes.
    s.apply(Action::Edit(crate::session::Edit::Confirm(
        "ict-access".into(),
    )));
    let next = &s.session().expect("open").assessment;
    assert!(!next.answers["ict-access"].carried);
    assert_eq!(next.answers["ict-access"].level, reach.level);
    let other = next
        .answers
        .iter()
        .find(|(_, a)| a.carried && a.level.is_some())
        .map(|(id, _)| id.clone())
        .expect("another carried answer");
    s.apply(Action::Edit(crate::session::Edit::Level {
        question: other.clone(),
        level: Some(4),
    }));
    assert!(!s.session().expect("open").assessment.answers[&other].carried);
}

#[test]
fn a_framework_being_written_survives_a_kill_and_is_offered_back() {
    use crate::model::framework::edit::{FrameworkEdit, TextRef};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = state(dir.path());
    s.apply(Action::Editor(EditorAction::New));
    s.apply(Action::Editor(EditorAction::Edit(FrameworkEdit::Text {
        at: TextRef::Name,
        lang: "en".into(),
        text: "Valle Alto".into(),
    })));
    // Killed: nothing runs on the way out.
    std::mem::forget(s);

    let mut s = state(dir.path());
    assert!(s.framework_draft(), "offered on the start screen");
    s.apply(Action::Editor(EditorAction::ContinueDraft));
    assert_eq!(s.view(), View::Editor);
    let editor = s.editor().expect("editing again");
    assert_eq!(
        editor.framework.name.0.get("en").map(String::as_str),
        Some("Valle Alto")
    );
    assert!(editor.changed, "still not in a file of the ministry's");
    assert!(!s.framework_draft(), "not offered while it is open");

    // Closed without saving, when asked: gone.
    s.apply(Action::Editor(EditorAction::Close));
    s.apply(Action::Editor(EditorAction::CloseAnyway));
    assert!(!s.framework_draft());

    // A draft left while another framework is started is set aside, never written over.
    s.apply(Action::Editor(EditorAction::New));
    s.apply(Action::Editor(EditorAction::Edit(FrameworkEdit::Id(
        "first".into(),
    ))));
    std::mem::forget(s);
    let mut s = state(dir.path());
    s.apply(Action::Editor(EditorAction::Copy(0)));
    let aside = dir.path().join("data/discarded/framework-draft-1.ron");
    assert!(
        std::fs::read_to_string(&aside)
            .expect("set aside")
            .contains("\"first\"")
    );
    assert!(
        s.status()
            .is_some_and(|st| st.text.contains("framework-draft-1.ron"))
    );
}

#[test]
fn a_dialog_that_answers_later_opens_its_file_when_it_does_and_a_cancel_does_nothing() {
    // The browser's file picker cannot stop the page to wait: the action that opened it runs
    // again when the answer comes.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample_in(dir.path());
    let picker = ScriptedPicker::default();
    let mut s = state(dir.path());
    s.picker = Box::new(picker.clone());
    picker.push_later();
    s.apply(Action::Open);
    assert!(s.session().is_none(), "nothing yet: the dialog is open");
    assert!(s.prompt().is_none(), "no path prompt: the dialog is there");
    s.apply(Action::Picked(vec![path.clone()]));
    let session = s.session().expect("opened when the answer came");
    assert_eq!(session.file(), Some(path.as_path()));
    // Another answer with no dialog waiting does nothing.
    s.apply(Action::Picked(vec![dir.path().join("other.ron")]));
    assert_eq!(s.session().and_then(|x| x.file()), Some(path.as_path()));
    // Cancelled: nothing waits any more.
    picker.push_later();
    s.apply(Action::CompareOpen);
    s.apply(Action::Picked(Vec::new()));
    s.apply(Action::Picked(vec![path.clone()]));
    assert!(
        s.compare().items().is_empty(),
        "the cancelled dialog adds nothing"
    );
    // Several files for the comparison.
    picker.push_later();
    s.apply(Action::CompareOpen);
    s.apply(Action::Picked(vec![path.clone()]));
    assert_eq!(s.compare().items().len(), 1);
}

#[test]
fn download_gives_the_open_file_as_it_is_now_and_nothing_without_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = state(dir.path());
    s.apply(Action::New(0));
    s.apply(Action::Download);
    assert!(s.take_downloads().is_empty(), "not in a file yet: Save as");
    let path = sample_in(dir.path());
    s.apply(Action::OpenPath(path.clone()));
    s.apply(Action::Download);
    assert_eq!(s.take_downloads(), vec![path]);
    assert!(s.take_downloads().is_empty(), "each download once");
}
