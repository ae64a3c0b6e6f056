//! Two people, one file on a shared folder: the app never writes over the other's change; it
//! finds what differs answer by answer and lets the team merge, take theirs, or keep its own
//! as a copy. Tested on the core session, without a window.

use std::path::{Path, PathBuf};

use pilares::model::assessment::{Answer, Assessment};
use pilares::model::catalog::Catalog;
use pilares::session::conflict::Side;
use pilares::session::{Edit, Session};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron")
}

/// A copy of the sample in a scratch folder, opened as the app opens it.
fn opened(dir: &Path) -> (PathBuf, Session) {
    let file = dir.join("team.ron");
    std::fs::copy(sample(), &file).expect("copy");
    let session = Session::open(&file, &Catalog::built_in().expect("built in")).expect("opens");
    (file, session)
}

fn on_disk(path: &Path) -> Assessment {
    Assessment::load(path).expect("loads").assessment
}

/// Another person's app saving a change to the same file.
fn their_change(file: &Path, question: &str, level: i64) {
    let mut theirs = on_disk(file);
    theirs.answers.insert(
        question.to_owned(),
        Answer {
            level: Some(level),
            ..Answer::default()
        },
    );
    theirs.save(file).expect("their save");
}

fn level(question: &str, value: i64) -> Edit {
    Edit::Level {
        question: question.to_owned(),
        level: Some(value),
    }
}

#[test]
fn another_persons_change_is_never_overwritten_and_merges_answer_by_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, mut session) = opened(dir.path());
    // Our own edits are written while nobody else writes.
    session.apply(level("ict-devices", 4));
    assert_eq!(on_disk(&file).level("ict-devices"), Some(4));

    // Someone else changes another answer; then we change one.
    their_change(&file, "pol-scaling", 4);
    session.apply(level("ict-content", 1));
    assert_eq!(
        on_disk(&file).level("pol-scaling"),
        Some(4),
        "their change is still there"
    );
    assert_eq!(
        on_disk(&file).level("ict-content"),
        Some(3),
        "ours was not written over it"
    );
    let conflict = session.conflict.as_ref().expect("the app knows");
    assert_eq!(conflict.theirs_only, ["pol-scaling"]);
    assert_eq!(conflict.mine_only, ["ict-content"]);
    assert!(conflict.clashes.is_empty());

    // Further edits while undecided are not written either, and join the list.
    session.apply(level("eq-rural", 4));
    assert_eq!(on_disk(&file).level("eq-rural"), Some(1));
    let conflict = session.conflict.as_ref().expect("still undecided");
    assert_eq!(conflict.mine_only, ["ict-content", "eq-rural"]);

    // Merged: both changes are in the file.
    assert!(session.merge());
    let merged = on_disk(&file);
    assert_eq!(merged.level("pol-scaling"), Some(4));
    assert_eq!(merged.level("ict-content"), Some(1));
    assert_eq!(merged.level("eq-rural"), Some(4));
    assert_eq!(merged.level("ict-devices"), Some(4));
    assert!(session.conflict.is_none());
    // And saving goes on as before.
    session.apply(level("ev-use", 4));
    assert_eq!(on_disk(&file).level("ev-use"), Some(4));
}

#[test]
fn where_both_changed_one_answer_the_team_chooses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, mut session) = opened(dir.path());
    their_change(&file, "ict-content", 4);
    session.apply(level("ict-content", 1));
    let conflict = session.conflict.as_ref().expect("a clash");
    assert_eq!(conflict.clashes, ["ict-content"]);
    session.choose("ict-content", Side::Theirs);
    assert!(session.merge());
    assert_eq!(on_disk(&file).level("ict-content"), Some(4));
    assert_eq!(session.assessment.level("ict-content"), Some(4));
}

#[test]
fn taking_theirs_keeps_ours_as_a_named_copy_and_keeping_ours_leaves_theirs_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, mut session) = opened(dir.path());
    their_change(&file, "ict-content", 4);
    session.apply(level("ict-content", 1));
    let copy = session.take_theirs("mi versión").expect("takes theirs");
    assert_eq!(copy, dir.path().join("team.mi-versión.ron"));
    assert_eq!(on_disk(&copy).level("ict-content"), Some(1), "ours, kept");
    assert_eq!(session.assessment.level("ict-content"), Some(4));
    assert_eq!(on_disk(&file).level("ict-content"), Some(4));

    // Again, keeping ours: a second copy beside the first, theirs untouched.
    their_change(&file, "eq-rural", 4);
    session.apply(level("eq-rural", 2));
    let copy = session.keep_mine_as_copy("mi versión").expect("kept");
    assert_eq!(copy, dir.path().join("team.mi-versión-2.ron"));
    assert_eq!(
        on_disk(&file).level("eq-rural"),
        Some(4),
        "theirs untouched"
    );
    assert_eq!(on_disk(&copy).level("eq-rural"), Some(2));
    assert_eq!(session.file(), Some(copy.as_path()));
    // The session goes on in the copy.
    session.apply(level("ev-use", 4));
    assert_eq!(on_disk(&copy).level("ev-use"), Some(4));
}

#[test]
fn saves_written_on_a_thread_of_their_own_still_never_overwrite_another_persons_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, mut session) = opened(dir.path());
    session.run_in_background();
    for (q, l) in [("ict-devices", 4), ("ict-content", 1), ("eq-rural", 3)] {
        session.apply(level(q, l));
    }
    // The window went on at once; the writer catches up in order.
    session.flush();
    assert_eq!(session.pending_saves(), 0);
    let a = on_disk(&file);
    assert_eq!(
        (
            a.level("ict-devices"),
            a.level("ict-content"),
            a.level("eq-rural")
        ),
        (Some(4), Some(1), Some(3))
    );
    // Someone else writes; our next save is refused by the writer, and the session knows.
    their_change(&file, "pol-scaling", 4);
    session.apply(level("ev-use", 4));
    session.flush();
    assert_eq!(on_disk(&file).level("pol-scaling"), Some(4));
    assert_ne!(on_disk(&file).level("ev-use"), Some(4));
    let conflict = session.conflict.as_ref().expect("found by the writer");
    assert_eq!(conflict.theirs_only, ["pol-scaling"]);
    assert_eq!(conflict.mine_only, ["ev-use"]);
    assert!(session.merge());
    session.flush();
    let merged = on_disk(&file);
    assert_eq!(
        (merged.level("pol-scaling"), merged.level("ev-use")),
        (Some(4), Some(4))
    );
    assert!(session.conflict.is_none());
    // And on it goes.
    session.apply(level("ev-data", 4));
    session.flush();
    assert_eq!(on_disk(&file).level("ev-data"), Some(4));
    assert!(
        session.conflict.is_none(),
        "our own writes are never taken for someone else's"
    );
}

#[test]
fn a_merge_keeps_both_sides_plans_item_by_item() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, mut session) = opened(dir.path());
    // They add an action and a target for one pillar…
    let mut theirs = on_disk(&file);
    theirs.actions.push(pilares::model::assessment::Action {
        pillar: "ict".into(),
        text: "Their action".into(),
        ..Default::default()
    });
    theirs.targets.insert("ict".into(), 3.0);
    theirs.save(&file).expect("their save");
    // …we add another action and a target for another pillar.
    session.apply(Edit::AddAction(pilares::model::assessment::Action {
        pillar: "support".into(),
        text: "Our action".into(),
        ..Default::default()
    }));
    session.apply(Edit::Target {
        pillar: "support".into(),
        value: Some(2.5),
    });
    assert!(session.conflict.is_some());
    assert!(session.merge());
    let merged = on_disk(&file);
    let texts: Vec<&str> = merged.actions.iter().map(|a| a.text.as_str()).collect();
    assert!(
        texts.contains(&"Their action") && texts.contains(&"Our action"),
        "{texts:?}"
    );
    assert_eq!(merged.targets.get("ict"), Some(&3.0));
    assert_eq!(merged.targets.get("support"), Some(&2.5));
}
