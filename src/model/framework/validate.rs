//! The checks of a framework file beyond its syntax: every problem found at once, each at the
//! line of the field it concerns.

use super::*;
use crate::io::problem::Key as Msg;

impl Framework {
    /// Every rule of SPEC §2 that the types do not already enforce. Positions come from the
    /// scanned text when there is one.
    pub fn validate(&self, shown: &str, tree: Option<&Node>) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self
            .checks(shown, tree)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        sort_problems(&mut problems);
        problems
    }

    /// The same checks as [`Framework::validate`], each problem with the path of the field it
    /// concerns (`pillars`, 2, `questions`, 0, `text`, `es`), in the framework's order: what the
    /// editor needs to take a person to the field.
    pub fn problems_at(&self) -> Vec<(Problem, Vec<Seg>)> {
        self.checks("", None)
    }

    fn checks(&self, shown: &str, tree: Option<&Node>) -> Vec<(Problem, Vec<Seg>)> {
        let mut v = Validator {
            shown,
            tree,
            problems: Vec::new(),
        };
        let lang = self.default_language();
        use Seg::{Field, Index, Key};

        if self.id.is_empty()
            || !self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            v.error(
                &[Field("id")],
                Msg::new("framework-id", &[("id", self.id.clone())]),
            );
        }
        if self.version.trim().is_empty() {
            v.error(&[Field("version")], Msg::new("framework-no-version", &[]));
        }
        if !is_language_code(lang) {
            v.error(
                &[Field("default_language")],
                Msg::new("framework-language", &[("code", lang.to_owned())]),
            );
        }
        v.text(
            &self.name,
            lang,
            &[Field("name")],
            Msg::new("what-framework-name", &[]),
        );
        if let Some(d) = &self.description {
            v.text(
                d,
                lang,
                &[Field("description")],
                Msg::new("what-framework-description", &[]),
            );
        }

        // Scale.
        if self.scale.len() < 2 {
            v.error(
                &[Field("scale")],
                Msg::new(
                    "framework-scale-short",
                    &[("count", self.scale.len().to_string())],
                ),
            );
        }
        for (i, pair) in self.scale.windows(2).enumerate() {
            if pair[1].value <= pair[0].value {
                v.error(
                    &[Field("scale"), Index(i + 1), Field("value")],
                    Msg::new(
                        "framework-scale-order",
                        &[
                            ("value", pair[1].value.to_string()),
                            ("previous", pair[0].value.to_string()),
                        ],
                    ),
                );
            }
        }
        for (i, level) in self.scale.iter().enumerate() {
            v.text(
                &level.label,
                lang,
                &[Field("scale"), Index(i), Field("label")],
                Msg::new("what-scale-label", &[("value", level.value.to_string())]),
            );
        }

        // Pillars.
        if self.pillars.len() < 3 {
            v.error(
                &[Field("pillars")],
                Msg::new(
                    "framework-few-pillars",
                    &[("count", self.pillars.len().to_string())],
                ),
            );
        }
        let mut pillar_ids: HashMap<&str, usize> = HashMap::new();
        let mut question_ids: HashMap<&str, (usize, usize)> = HashMap::new();
        for (pi, pillar) in self.pillars.iter().enumerate() {
            v.id(
                &pillar.id,
                &[Field("pillars"), Index(pi), Field("id")],
                Msg::new("what-pillar", &[]),
            );
            match pillar_ids.entry(&pillar.id) {
                Entry::Occupied(first) => v.error(
                    &[Field("pillars"), Index(pi), Field("id")],
                    Msg::new(
                        "framework-duplicate-pillar",
                        &[
                            ("id", pillar.id.clone()),
                            ("other", (first.get() + 1).to_string()),
                        ],
                    ),
                ),
                Entry::Vacant(slot) => {
                    slot.insert(pi);
                }
            }
            v.text(
                &pillar.name,
                lang,
                &[Field("pillars"), Index(pi), Field("name")],
                Msg::new("what-pillar-name", &[("id", pillar.id.clone())]),
            );
            if let Some(d) = &pillar.description {
                v.text(
                    d,
                    lang,
                    &[Field("pillars"), Index(pi), Field("description")],
                    Msg::new("what-pillar-description", &[("id", pillar.id.clone())]),
                );
            }
            if let Some(w) = pillar.weight {
                v.weight(w, &[Field("pillars"), Index(pi), Field("weight")]);
            }
            for (di, prompt) in pillar.discussion.iter().enumerate() {
                v.text(
                    prompt,
                    lang,
                    &[Field("pillars"), Index(pi), Field("discussion"), Index(di)],
                    Msg::new(
                        "what-pillar-prompt",
                        &[("n", (di + 1).to_string()), ("id", pillar.id.clone())],
                    ),
                );
            }
            if pillar.questions.is_empty() {
                v.error(
                    &[Field("pillars"), Index(pi), Field("questions")],
                    Msg::new("framework-empty-pillar", &[("id", pillar.id.clone())]),
                );
            }
            for (qi, q) in pillar.questions.iter().enumerate() {
                let qpath = |last: Seg| {
                    vec![
                        Field("pillars"),
                        Index(pi),
                        Field("questions"),
                        Index(qi),
                        last,
                    ]
                };
                v.id(&q.id, &qpath(Field("id")), Msg::new("what-question", &[]));
                match question_ids.entry(&q.id) {
                    Entry::Occupied(first) => {
                        let (fp, fq) = *first.get();
                        v.error(
                            &qpath(Field("id")),
                            Msg::new(
                                "framework-duplicate-question",
                                &[
                                    ("id", q.id.clone()),
                                    ("n", (fq + 1).to_string()),
                                    ("pillar", self.pillars[fp].id.clone()),
                                ],
                            ),
                        );
                    }
                    Entry::Vacant(slot) => {
                        slot.insert((pi, qi));
                    }
                }
                v.text(
                    &q.text,
                    lang,
                    &qpath(Field("text")),
                    Msg::new("what-question-text", &[("id", q.id.clone())]),
                );
                if let Some(h) = &q.help {
                    v.text(
                        h,
                        lang,
                        &qpath(Field("help")),
                        Msg::new("what-question-help", &[("id", q.id.clone())]),
                    );
                }
                if let Some(w) = q.weight {
                    v.weight(w, &qpath(Field("weight")));
                }
                // Each level says something of its own: two the same leave a team no choice.
                let mut seen: Vec<(&str, &str, i64)> = Vec::new();
                for (value, descriptor) in &q.levels {
                    for (code, text) in &descriptor.0 {
                        let text = text.trim();
                        if text.is_empty() {
                            continue;
                        }
                        if let Some((_, _, other)) = seen
                            .iter()
                            .find(|(c, t, _)| *c == code.as_str() && *t == text)
                        {
                            let mut path = qpath(Field("levels"));
                            path.push(Key(value.to_string()));
                            v.error(
                                &path,
                                Msg::new(
                                    "framework-rubric-same",
                                    &[
                                        ("value", value.to_string()),
                                        ("other", other.to_string()),
                                        ("id", q.id.clone()),
                                        ("lang", code.clone()),
                                    ],
                                ),
                            );
                        } else {
                            seen.push((code.as_str(), text, *value));
                        }
                    }
                }
                for (value, descriptor) in &q.levels {
                    let mut path = qpath(Field("levels"));
                    path.push(Key(value.to_string()));
                    if self.level(*value).is_none() {
                        let values: Vec<String> =
                            self.scale.iter().map(|l| l.value.to_string()).collect();
                        v.error(
                            &path,
                            Msg::new(
                                "framework-rubric-key",
                                &[
                                    ("value", value.to_string()),
                                    ("id", q.id.clone()),
                                    ("values", values.join(", ")),
                                ],
                            ),
                        );
                    }
                    v.text(
                        descriptor,
                        lang,
                        &path,
                        Msg::new(
                            "what-rubric",
                            &[("value", value.to_string()), ("id", q.id.clone())],
                        ),
                    );
                }
            }
        }
        // Carry: from an earlier version, to this version's questions.
        for (version, map) in &self.carry {
            if version == &self.version {
                v.error(
                    &[Field("carry"), Key(version.clone())],
                    Msg::new("framework-carry-self", &[("version", version.clone())]),
                );
            }
            for (new, old) in map {
                if !question_ids.contains_key(new.as_str()) {
                    v.error(
                        &[Field("carry"), Key(version.clone())],
                        Msg::new(
                            "framework-carry-unknown",
                            &[("id", new.clone()), ("version", version.clone())],
                        ),
                    );
                }
                if old.trim().is_empty() {
                    v.error(
                        &[Field("carry"), Key(version.clone())],
                        Msg::new("framework-carry-empty", &[("id", new.clone())]),
                    );
                }
            }
        }
        v.problems
    }
}

struct Validator<'a> {
    shown: &'a str,
    tree: Option<&'a Node>,
    problems: Vec<(Problem, Vec<Seg>)>,
}

impl Validator<'_> {
    fn error(&mut self, path: &[Seg], message: Msg) {
        let pos = self.tree.map(|t| t.locate(path));
        self.problems
            .push((Problem::from_key(self.shown, pos, message), path.to_vec()));
    }

    fn text(&mut self, text: &Text, lang: &str, path: &[Seg], what: Msg) {
        if !text.has(lang) {
            self.error(
                path,
                Msg::new("framework-missing-text", &[("lang", lang.to_owned())])
                    .around(what.clone()),
            );
        }
        for code in text.0.keys() {
            if !is_language_code(code) {
                let mut at = path.to_vec();
                at.push(Seg::Key(code.clone()));
                self.error(
                    &at,
                    Msg::new("framework-text-language", &[("code", code.clone())])
                        .around(what.clone()),
                );
            }
        }
    }

    fn weight(&mut self, weight: f64, path: &[Seg]) {
        if !weight.is_finite() || weight <= 0.0 {
            self.error(
                path,
                Msg::new("framework-weight", &[("weight", weight.to_string())]),
            );
        }
    }

    fn id(&mut self, id: &str, path: &[Seg], what: Msg) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !ok {
            self.error(
                path,
                Msg::new("framework-item-id", &[("id", id.to_owned())]).around(what),
            );
        }
    }
}
