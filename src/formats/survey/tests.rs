//! Unit tests of `survey`.

use super::columns::*;
use super::*;

fn framework() -> Framework {
    let text = include_str!("../../../frameworks/tpd-ict.ron");
    Framework::from_ron(text, "tpd-ict.ron").expect("built-in framework")
}

#[test]
fn headers_name_questions_in_the_ways_form_tools_write_them() {
    let f = framework();
    let (_, q) = f.questions().next().expect("a question");
    let id = q.id.clone();
    assert_eq!(question_of(&id, &f), Some(id.clone()));
    assert_eq!(
        question_of(&format!("{id}. Is there…"), &f),
        Some(id.clone())
    );
    assert_eq!(
        question_of(&format!("{} — text", id.to_uppercase()), &f),
        Some(id.clone())
    );
    assert_eq!(
        question_of(&format!("How is it? [{id}]"), &f),
        Some(id.clone())
    );
    assert_eq!(
        question_of(&format!("group_ict/{id}"), &f),
        Some(id.clone())
    );
    let spanish = f.tr(&q.text, "es").to_owned();
    assert_eq!(question_of(&format!("  {spanish} "), &f), Some(id.clone()));
    assert_eq!(question_of(&format!("{id}x"), &f), None);
    assert_eq!(question_of("Timestamp", &f), None);
    assert_eq!(note_of(&format!("{id} note"), &f), Some(id.clone()));
    assert_eq!(
        note_of(&format!("group_ict/{id}_nota"), &f),
        Some(id.clone())
    );
    assert_eq!(note_of(&id, &f), None);
}

#[test]
fn values_are_levels_labels_or_not_applicable() {
    let f = framework();
    let level = |v: &str| read_value(v, &f).map(|a| a.and_then(|a| a.level));
    assert_eq!(level("3"), Ok(Some(3)));
    assert_eq!(level("Emergente"), Ok(Some(2)));
    assert_eq!(level("4 - Advanced"), Ok(Some(4)));
    assert_eq!(level("2 · Emergente"), Ok(Some(2)));
    assert_eq!(level(""), Ok(None));
    assert!(
        read_value("N/A", &f)
            .expect("na")
            .expect("answer")
            .not_applicable
    );
    assert!(level("7").is_err());
    assert!(level("maybe").is_err());
    assert!(level("-3 - x").is_err());
}
