//! Answers carried from one version of a framework to another (SPEC §2 `carry`), so that a
//! baseline on 1.0.0 compares with a follow-up on 2.0.0, and a team starting its next round
//! sees last round's answers to confirm.

use std::collections::BTreeMap;

use crate::model::assessment::{Assessment, FrameworkRef};
use crate::model::framework::Framework;

/// The question of `old` whose answers stand for `new_id` of `new`: the one `new.carry` names
/// for `old`'s version, else the question with the same id. `None` when the question is new
/// (it starts unanswered) or the frameworks are not versions of one framework.
pub fn source<'a>(new: &'a Framework, old: &'a Framework, new_id: &'a str) -> Option<&'a str> {
    if new.id != old.id {
        return None;
    }
    let named = new
        .carry
        .get(&old.version)
        .and_then(|map| map.get(new_id))
        .map(String::as_str);
    let id = named.unwrap_or(new_id);
    old.question(id).is_some().then_some(id)
}

/// An assessment made on `old`, as it reads on `new`: each question's answer (and participants'
/// ratings) from its source, the plan's actions pointed at the carried questions, the scope
/// and targets on the pillars that remain. With `mark`, carried answers are marked for the
/// team to confirm (a new round); without, they are taken as they are (a comparison).
pub fn carry(a: &Assessment, old: &Framework, new: &Framework, mark: bool) -> Assessment {
    let mut out = a.clone();
    out.framework = FrameworkRef {
        id: new.id.clone(),
        version: new.version.clone(),
    };
    out.answers = BTreeMap::new();
    out.ratings = BTreeMap::new();
    // Old question id → new, for the plan's actions.
    let mut renamed: BTreeMap<&str, &str> = BTreeMap::new();
    for (_, q) in new.questions() {
        let Some(from) = source(new, old, &q.id) else {
            continue;
        };
        renamed.insert(from, &q.id);
        if let Some(answer) = a.answers.get(from) {
            let mut answer = answer.clone();
            let something = answer.level.is_some() || answer.not_applicable;
            answer.carried = mark && something;
            out.answers.insert(q.id.clone(), answer);
        }
        if let Some(ratings) = a.ratings.get(from) {
            out.ratings.insert(q.id.clone(), ratings.clone());
        }
    }
    out.scope = a.scope.as_ref().and_then(|scope| {
        let kept: Vec<String> = scope
            .iter()
            .filter(|p| new.pillar(p).is_some())
            .cloned()
            .collect();
        (kept.len() >= 3).then_some(kept)
    });
    out.targets.retain(|pillar, _| new.pillar(pillar).is_some());
    for action in &mut out.actions {
        if let Some(q) = &action.question {
            action.question = renamed.get(q.as_str()).map(|id| (*id).to_owned());
        }
    }
    out
}

/// The questions of `new` that an assessment on `old` says nothing about: new in this version.
pub fn new_questions<'a>(new: &'a Framework, old: &'a Framework) -> Vec<&'a str> {
    new.questions()
        .filter(|(_, q)| source(new, old, &q.id).is_none())
        .map(|(_, q)| q.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{Action, Answer};

    fn framework(version: &str, ids: &[&str], carry: &[(&str, &str)]) -> Framework {
        let questions: String = ids
            .iter()
            .map(|id| format!("(id: \"{id}\", text: {{\"en\": \"{id}?\"}}),"))
            .collect();
        let pillars: String = ["a", "b", "c"]
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let qs = if k == 0 {
                    questions.clone()
                } else {
                    format!("(id: \"{p}-q\", text: {{\"en\": \"?\"}}),")
                };
                format!("(id: \"{p}\", name: {{\"en\": \"{p}\"}}, questions: [{qs}]),")
            })
            .collect();
        let carry: String = if carry.is_empty() {
            String::new()
        } else {
            let pairs: String = carry
                .iter()
                .map(|(n, o)| format!("\"{n}\": \"{o}\","))
                .collect();
            format!("carry: {{\"1.0.0\": {{{pairs}}}}},")
        };
        let text = format!(
            "Framework(id: \"f\", version: \"{version}\", name: {{\"en\": \"F\"}}, \
             scale: [(value: 1, label: {{\"en\": \"one\"}}), (value: 2, label: {{\"en\": \"two\"}})], \
             pillars: [{pillars}], {carry})"
        );
        Framework::from_ron(&text, "test").expect("valid")
    }

    #[test]
    fn answers_follow_the_map_unchanged_ids_carry_and_new_questions_start_open() {
        let old = framework("1.0.0", &["kept", "renamed", "dropped"], &[]);
        let new = framework(
            "2.0.0",
            &["kept", "reach", "brand-new"],
            &[("reach", "renamed")],
        );
        let mut a = Assessment::new(&old, "baseline");
        for (id, level) in [("kept", 1), ("renamed", 2), ("dropped", 2)] {
            a.answers.insert(
                id.into(),
                Answer {
                    level: Some(level),
                    note: Some(format!("evidence for {id}")),
                    ..Answer::default()
                },
            );
        }
        a.actions.push(Action {
            pillar: "a".into(),
            question: Some("renamed".into()),
            text: "do it".into(),
            ..Action::default()
        });
        let carried = carry(&a, &old, &new, true);
        assert_eq!(carried.framework.version, "2.0.0");
        assert_eq!(carried.level("kept"), Some(1));
        assert_eq!(carried.level("reach"), Some(2));
        assert!(carried.answers["reach"].carried);
        assert_eq!(
            carried.answers["reach"].note.as_deref(),
            Some("evidence for renamed")
        );
        assert!(!carried.answers.contains_key("brand-new"));
        assert!(!carried.answers.contains_key("dropped"));
        assert_eq!(carried.actions[0].question.as_deref(), Some("reach"));
        assert_eq!(new_questions(&new, &old), vec!["brand-new"]);
        // For a comparison, nothing is marked.
        assert!(!carry(&a, &old, &new, false).answers["reach"].carried);
    }

    #[test]
    fn another_framework_carries_nothing() {
        let old = framework("1.0.0", &["kept"], &[]);
        let mut other = framework("2.0.0", &["kept"], &[]);
        other.id = "other".into();
        assert_eq!(source(&other, &old, "kept"), None);
    }
}
