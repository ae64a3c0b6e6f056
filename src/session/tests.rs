//! Unit tests of `session`.

use super::*;

#[test]
fn edits_keep_answers_tidy() {
    let mut a = Assessment::default();
    let q = || "q1".to_owned();
    apply_edit(
        &mut a,
        Edit::Level {
            question: q(),
            level: Some(3),
        },
    );
    apply_edit(
        &mut a,
        Edit::NotApplicable {
            question: q(),
            value: true,
        },
    );
    assert_eq!(a.answers["q1"].level, None);
    assert!(a.answers["q1"].not_applicable);
    apply_edit(
        &mut a,
        Edit::Level {
            question: q(),
            level: Some(2),
        },
    );
    assert!(!a.answers["q1"].not_applicable);
    apply_edit(
        &mut a,
        Edit::Note {
            question: q(),
            note: "evidence".into(),
        },
    );
    apply_edit(
        &mut a,
        Edit::Level {
            question: q(),
            level: None,
        },
    );
    assert_eq!(a.answers["q1"].note.as_deref(), Some("evidence"));
    apply_edit(
        &mut a,
        Edit::Note {
            question: q(),
            note: "  ".into(),
        },
    );
    assert!(a.answers.is_empty(), "an empty answer is removed");
    apply_edit(&mut a, Edit::Participants(vec![" Ana ".into(), "".into()]));
    assert_eq!(a.participants, vec!["Ana"]);
}
