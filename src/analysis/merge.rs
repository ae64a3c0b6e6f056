//! Bringing participants' own answers into the team's assessment (SPEC §6 `merge`): every
//! rating kept in `ratings`; what all who answered chose alike (at least two) becomes the
//! team's answer; the rest is left for the team to settle, or settled at the median.

use crate::analysis::agreement::lower_median;
use crate::io::problem::Key;
use crate::model::assessment::{Answer, Assessment, Rating};
use crate::model::framework::Framework;

/// What to do with a question the participants answered differently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Settle {
    /// Leave it for the team to discuss.
    #[default]
    None,
    /// The median of the levels given (the lower middle one for an even count).
    Median,
}

/// A merge's result, and what the team should know about it.
#[derive(Debug)]
pub struct Merged {
    pub team: Assessment,
    /// Participants who rated questions the framework lacks (kept, not counted), and
    /// participants whose earlier ratings a newer file replaced.
    pub notices: Vec<crate::io::problem::Key>,
}

/// Who a participant's own assessment is by: its first participant, else its label.
pub fn rater(a: &Assessment) -> String {
    a.participants
        .iter()
        .map(|p| p.trim())
        .find(|p| !p.is_empty())
        .unwrap_or_else(|| a.label.trim())
        .to_owned()
}

/// Merges `inputs` into one team assessment of `f`. An input that already holds `ratings` is
/// a team's earlier merge: its ratings, participants and settled answers are kept, and the
/// other inputs are added to it (a person who sent a new file replaces their earlier ratings;
/// nobody is counted twice, nobody dropped).
pub fn merge(inputs: &[&Assessment], f: &Framework, label: Option<&str>, settle: Settle) -> Merged {
    let earlier = inputs.iter().find(|a| !a.ratings.is_empty());
    let mut team = match earlier {
        Some(e) => (*e).clone(),
        None => {
            let mut t = Assessment::new(f, label.unwrap_or("Team"));
            let first = inputs.first();
            t.country = first.and_then(|a| a.country.clone());
            t.team = first.and_then(|a| a.team.clone());
            t.date = first.and_then(|a| a.date.clone());
            t.scope = first.and_then(|a| a.scope.clone());
            t
        }
    };
    if let Some(label) = label {
        label.clone_into(&mut team.label);
    }
    let participants: Vec<&Assessment> = inputs
        .iter()
        .copied()
        .filter(|a| a.ratings.is_empty())
        .collect();
    merge_into(&team, &participants, f, settle)
}

/// Brings `participants`' own assessments into `team` (the app's open assessment, or a team
/// file): see [`merge`].
pub fn merge_into(
    team: &Assessment,
    participants: &[&Assessment],
    f: &Framework,
    settle: Settle,
) -> Merged {
    let mut notices = Vec::new();
    let mut team = team.clone();
    for a in participants {
        let by = rater(a);
        // Every question's list loses this person's earlier rating (no short cut: all of them).
        let mut replaced = false;
        for list in team.ratings.values_mut() {
            let before = list.len();
            list.retain(|r| r.by != by);
            replaced |= before != list.len();
        }
        if replaced {
            notices.push(Key::new("merge-again", &[("by", by.clone())]));
        }
        if !team.participants.contains(&by) {
            team.participants.push(by.clone());
        }
        let unknown: Vec<&str> = a.unknown_questions(f);
        if !unknown.is_empty() {
            notices.push(Key::new(
                "merge-unknown-questions",
                &[
                    ("by", by.clone()),
                    ("count", unknown.len().to_string()),
                    ("framework", f.key()),
                    ("ids", unknown.join(", ")),
                ],
            ));
        }
        for (id, answer) in &a.answers {
            team.ratings.entry(id.clone()).or_default().push(Rating {
                by: by.clone(),
                level: answer.level,
                not_applicable: answer.not_applicable,
                note: answer.note.clone(),
            });
        }
    }
    // The team's answers: alike among all who answered (two or more), else settled or open.
    // An answer the team already settled is never changed by a merge.
    for (_, q) in f.questions() {
        if team
            .answers
            .get(&q.id)
            .is_some_and(|x| x.level.is_some() || x.not_applicable)
        {
            continue;
        }
        let Some(ratings) = team.ratings.get(&q.id) else {
            continue;
        };
        let given: Vec<&Rating> = ratings
            .iter()
            .filter(|r| r.level.is_some() || r.not_applicable)
            .collect();
        let mut levels: Vec<i64> = given
            .iter()
            .filter(|r| !r.not_applicable)
            .filter_map(|r| r.level)
            .collect();
        levels.sort_unstable();
        let all_na = !given.is_empty() && given.iter().all(|r| r.not_applicable);
        let alike = levels
            .first()
            .is_some_and(|l| levels.len() == given.len() && levels.iter().all(|x| x == l));
        let answer = if given.len() >= 2 && all_na {
            Some(Answer {
                not_applicable: true,
                ..Answer::default()
            })
        } else if given.len() >= 2 && alike {
            Some(Answer {
                level: levels.first().copied(),
                ..Answer::default()
            })
        } else if settle == Settle::Median {
            lower_median(&levels).map(|l| Answer {
                level: Some(l),
                ..Answer::default()
            })
        } else {
            None
        };
        if let Some(mut answer) = answer {
            // Keep a note the team had written while the question was open.
            answer.note = team.answers.get(&q.id).and_then(|x| x.note.clone());
            team.answers.insert(q.id.clone(), answer);
        }
    }
    Merged { team, notices }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::Catalog;

    fn framework() -> Framework {
        Catalog::built_in()
            .expect("built in")
            .entries()
            .first()
            .expect("one")
            .framework
            .as_ref()
            .clone()
    }

    fn person(f: &Framework, name: &str, answers: &[(&str, Option<i64>)]) -> Assessment {
        let mut a = Assessment::new(f, &format!("{name} — own"));
        a.participants = vec![name.to_owned()];
        for (id, level) in answers {
            a.answers.insert(
                (*id).to_owned(),
                Answer {
                    level: *level,
                    not_applicable: level.is_none(),
                    note: None,
                    carried: false,
                },
            );
        }
        a
    }

    #[test]
    fn alike_answers_become_the_teams_and_the_rest_stay_open() {
        let f = framework();
        let ana = person(
            &f,
            "Ana",
            &[
                ("ict-devices", Some(2)),
                ("ict-content", Some(3)),
                ("ict-skills", None),
            ],
        );
        let luis = person(
            &f,
            "Luis",
            &[
                ("ict-devices", Some(2)),
                ("ict-content", Some(2)),
                ("ict-skills", None),
            ],
        );
        let rosa = person(
            &f,
            "Rosa",
            &[("ict-devices", Some(2)), ("ict-blended", Some(1))],
        );
        let m = merge(&[&ana, &luis, &rosa], &f, Some("Equipo"), Settle::None);
        let t = &m.team;
        assert_eq!(t.label, "Equipo");
        assert_eq!(t.participants, ["Ana", "Luis", "Rosa"]);
        assert_eq!(t.answers["ict-devices"].level, Some(2), "unanimous");
        assert!(
            t.answers["ict-skills"].not_applicable,
            "all who answered: not applicable"
        );
        assert!(
            !t.answers.contains_key("ict-content"),
            "2 and 3: for the team to settle"
        );
        assert!(
            !t.answers.contains_key("ict-blended"),
            "one rater is no agreement"
        );
        assert_eq!(t.ratings["ict-devices"].len(), 3);
        assert_eq!(t.ratings["ict-blended"].len(), 1, "a lone rating is kept");
    }

    #[test]
    fn settling_at_the_median_takes_the_lower_middle() {
        let f = framework();
        let odd = [
            person(&f, "A", &[("ict-content", Some(1))]),
            person(&f, "B", &[("ict-content", Some(4))]),
            person(&f, "C", &[("ict-content", Some(2))]),
        ];
        let m = merge(&odd.iter().collect::<Vec<_>>(), &f, None, Settle::Median);
        assert_eq!(m.team.answers["ict-content"].level, Some(2));
        let even = [
            person(&f, "A", &[("ict-content", Some(1))]),
            person(&f, "B", &[("ict-content", Some(4))]),
            person(&f, "C", &[("ict-content", Some(3))]),
            person(&f, "D", &[("ict-content", None)]),
            person(&f, "E", &[("ict-content", Some(2))]),
        ];
        let m = merge(&even.iter().collect::<Vec<_>>(), &f, None, Settle::Median);
        assert_eq!(
            m.team.answers["ict-content"].level,
            Some(2),
            "1 2 3 4: the lower middle"
        );
    }

    #[test]
    fn merging_again_adds_a_participant_and_never_counts_anyone_twice() {
        let f = framework();
        let ana = person(
            &f,
            "Ana",
            &[("ict-devices", Some(2)), ("ict-content", Some(3))],
        );
        let luis = person(
            &f,
            "Luis",
            &[("ict-devices", Some(3)), ("ict-content", Some(3))],
        );
        let mut first = merge(&[&ana, &luis], &f, Some("Equipo"), Settle::None).team;
        // The team settles ict-devices itself.
        first.answers.insert(
            "ict-devices".into(),
            Answer {
                level: Some(3),
                ..Answer::default()
            },
        );
        let rosa = person(
            &f,
            "Rosa",
            &[("ict-devices", Some(1)), ("ict-content", Some(2))],
        );
        let ana_again = person(
            &f,
            "Ana",
            &[("ict-devices", Some(2)), ("ict-content", Some(2))],
        );
        let m = merge(&[&first, &rosa, &ana_again], &f, None, Settle::None);
        let t = &m.team;
        assert_eq!(t.participants, ["Ana", "Luis", "Rosa"]);
        assert_eq!(t.ratings["ict-content"].len(), 3, "one rating per person");
        assert_eq!(
            t.answers["ict-devices"].level,
            Some(3),
            "what the team settled stays"
        );
        assert!(
            m.notices.iter().any(|n| n.english().contains("Ana")),
            "{:?}",
            m.notices
        );
        let ana_now = t.ratings["ict-content"]
            .iter()
            .find(|r| r.by == "Ana")
            .expect("Ana");
        assert_eq!(ana_now.level, Some(2), "her newer answer");
    }

    #[test]
    fn a_question_the_framework_lacks_is_named_not_dropped() {
        let f = framework();
        let mut ana = person(&f, "Ana", &[("ict-devices", Some(2))]);
        ana.answers.insert(
            "old-question".into(),
            Answer {
                level: Some(2),
                ..Answer::default()
            },
        );
        let m = merge(&[&ana], &f, None, Settle::None);
        assert!(m.team.ratings.contains_key("old-question"));
        assert!(
            m.notices
                .iter()
                .any(|n| n.english().contains("old-question"))
        );
    }
}
