//! The interface languages: every Fluent file parses, has no duplicate ids, and has exactly the
//! ids of the English file; messages with plurals and arguments format in each language.

use std::collections::BTreeSet;

use pilares::i18n::{self, FTL, LANGUAGES, Messages};

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = FTL
        .iter()
        .find(|(c, _)| *c == "en")
        .expect("English is there")
        .1;
    let english_ids = i18n::message_ids(english).expect("en.ftl parses");
    let english_set: BTreeSet<_> = english_ids.iter().cloned().collect();
    assert_eq!(
        english_set.len(),
        english_ids.len(),
        "en.ftl has a duplicate id"
    );
    assert_eq!(FTL.len(), LANGUAGES.len());
    for (code, source) in FTL {
        let ids = i18n::message_ids(source).unwrap_or_else(|e| panic!("{code}.ftl: {e}"));
        let set: BTreeSet<_> = ids.iter().cloned().collect();
        assert_eq!(set.len(), ids.len(), "{code}.ftl has a duplicate id");
        let missing: Vec<_> = english_set.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english_set).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has ids English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_message_formats_without_falling_back_to_its_id() {
    let english = FTL
        .iter()
        .find(|(c, _)| *c == "en")
        .expect("English is there")
        .1;
    for (code, _) in LANGUAGES {
        let m = Messages::new(code);
        for id in i18n::message_ids(english).expect("parses") {
            let text = m.format(
                &id,
                &[
                    ("label", "X".into()),
                    ("done", 2.into()),
                    ("total", 5.into()),
                    ("na", 1.into()),
                ],
            );
            assert_ne!(text, id, "{code}: {id} did not format");
            assert!(
                !text.contains('\u{2068}'),
                "{code}: {id} has isolation marks"
            );
        }
    }
}

#[test]
fn plurals_are_chosen_by_fluent() {
    let args = |na: usize| vec![("done", 3.into()), ("total", 5.into()), ("na", na.into())];
    let es = Messages::new("es");
    assert!(
        es.format("results-completeness", &args(1))
            .contains("una no aplica")
    );
    assert!(
        es.format("results-completeness", &args(2))
            .contains("2 no aplican")
    );
    let fr = Messages::new("fr");
    assert!(
        fr.format("results-completeness", &args(1))
            .contains("une sans objet")
    );
    let en = Messages::new("en");
    assert!(
        en.format("results-completeness", &args(3))
            .contains("3 not applicable")
    );
}
