//! The checks of a framework file beyond its syntax: every problem found at once, each at the
//! line of the field it concerns.

use super::*;

impl Framework {
    /// Every rule of SPEC §2 that the types do not already enforce. Positions come from the
    /// scanned text when there is one.
    pub fn validate(&self, shown: &str, tree: Option<&Node>) -> Vec<Problem> {
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
                format!(
                    "framework id {:?} may only use a-z, 0-9 and '-' (CSV rows key on it)",
                    self.id
                ),
            );
        }
        if self.version.trim().is_empty() {
            v.error(
                &[Field("version")],
                "version is empty: write one, e.g. \"1.0.0\"",
            );
        }
        if !is_language_code(lang) {
            v.error(
                &[Field("default_language")],
                format!(
                    "default_language {lang:?} is not a language code like \"en\" or \"pt-BR\""
                ),
            );
        }
        v.text(&self.name, lang, &[Field("name")], "the framework's name");
        if let Some(d) = &self.description {
            v.text(
                d,
                lang,
                &[Field("description")],
                "the framework's description",
            );
        }

        // Scale.
        if self.scale.len() < 2 {
            v.error(
                &[Field("scale")],
                format!(
                    "the scale has {} level(s); it needs at least 2",
                    self.scale.len()
                ),
            );
        }
        for (i, pair) in self.scale.windows(2).enumerate() {
            if pair[1].value <= pair[0].value {
                v.error(
                    &[Field("scale"), Index(i + 1), Field("value")],
                    format!(
                        "scale values must be strictly increasing: {} comes after {}",
                        pair[1].value, pair[0].value
                    ),
                );
            }
        }
        for (i, level) in self.scale.iter().enumerate() {
            v.text(
                &level.label,
                lang,
                &[Field("scale"), Index(i), Field("label")],
                &format!("the label of scale value {}", level.value),
            );
        }

        // Pillars.
        if self.pillars.len() < 3 {
            v.error(
                &[Field("pillars")],
                format!(
                    "the framework has {} pillar(s); a radar chart needs at least 3",
                    self.pillars.len()
                ),
            );
        }
        let mut pillar_ids: HashMap<&str, usize> = HashMap::new();
        let mut question_ids: HashMap<&str, (usize, usize)> = HashMap::new();
        for (pi, pillar) in self.pillars.iter().enumerate() {
            v.id(
                &pillar.id,
                &[Field("pillars"), Index(pi), Field("id")],
                "pillar",
            );
            match pillar_ids.entry(&pillar.id) {
                Entry::Occupied(first) => v.error(
                    &[Field("pillars"), Index(pi), Field("id")],
                    format!(
                        "duplicate pillar id {:?} (pillar {} uses it too)",
                        pillar.id,
                        first.get() + 1
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
                &format!("the name of pillar {:?}", pillar.id),
            );
            if let Some(d) = &pillar.description {
                v.text(
                    d,
                    lang,
                    &[Field("pillars"), Index(pi), Field("description")],
                    &format!("the description of pillar {:?}", pillar.id),
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
                    &format!("discussion prompt {} of pillar {:?}", di + 1, pillar.id),
                );
            }
            if pillar.questions.is_empty() {
                v.error(
                    &[Field("pillars"), Index(pi), Field("questions")],
                    format!(
                        "pillar {:?} has no questions; it needs at least 1",
                        pillar.id
                    ),
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
                v.id(&q.id, &qpath(Field("id")), "question");
                match question_ids.entry(&q.id) {
                    Entry::Occupied(first) => {
                        let (fp, fq) = *first.get();
                        v.error(
                            &qpath(Field("id")),
                            format!(
                                "duplicate question id {:?} (also question {} of pillar {:?}); question ids are unique in the whole framework",
                                q.id,
                                fq + 1,
                                self.pillars[fp].id
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
                    &format!("the text of question {:?}", q.id),
                );
                if let Some(h) = &q.help {
                    v.text(
                        h,
                        lang,
                        &qpath(Field("help")),
                        &format!("the guidance of question {:?}", q.id),
                    );
                }
                if let Some(w) = q.weight {
                    v.weight(w, &qpath(Field("weight")));
                }
                for (value, descriptor) in &q.levels {
                    let mut path = qpath(Field("levels"));
                    path.push(Key(value.to_string()));
                    if self.level(*value).is_none() {
                        let values: Vec<String> =
                            self.scale.iter().map(|l| l.value.to_string()).collect();
                        v.error(
                            &path,
                            format!(
                                "rubric key {value} of question {:?} is not a scale value ({})",
                                q.id,
                                values.join(", ")
                            ),
                        );
                    }
                    v.text(
                        descriptor,
                        lang,
                        &path,
                        &format!("the level {value} descriptor of question {:?}", q.id),
                    );
                }
            }
        }
        sort_problems(&mut v.problems);
        v.problems
    }
}

struct Validator<'a> {
    shown: &'a str,
    tree: Option<&'a Node>,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn error(&mut self, path: &[Seg], message: impl Into<String>) {
        let pos = self.tree.map(|t| t.locate(path));
        self.problems.push(Problem::error(self.shown, pos, message));
    }

    fn text(&mut self, text: &Text, lang: &str, path: &[Seg], what: &str) {
        if !text.has(lang) {
            self.error(
                path,
                format!("{what} has no text in the default language {lang:?}"),
            );
        }
        for code in text.0.keys() {
            if !is_language_code(code) {
                let mut at = path.to_vec();
                at.push(Seg::Key(code.clone()));
                self.error(
                    &at,
                    format!("{code:?} in {what} is not a language code like \"en\" or \"pt-BR\""),
                );
            }
        }
    }

    fn weight(&mut self, weight: f64, path: &[Seg]) {
        if !weight.is_finite() || weight <= 0.0 {
            self.error(
                path,
                format!("weight {weight} must be a finite number greater than 0"),
            );
        }
    }

    fn id(&mut self, id: &str, path: &[Seg], what: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !ok {
            self.error(
                path,
                format!("{what} id {id:?} may only use letters, digits, '-', '_' and '.'"),
            );
        }
    }
}
