//! Integration tests of the headless core: frameworks, validation rules, scoring, long CSV.

use std::path::{Path, PathBuf};

use pilares::analysis::scoring;
use pilares::formats::{long, scores};
use pilares::io::problem::Problems;
use pilares::model::assessment::{Answer, Assessment};
use pilares::model::catalog::Catalog;
use pilares::model::framework::Framework;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn mini() -> Framework {
    Framework::load(&fixture("mini.ron")).expect("mini.ron is valid")
}

fn answer(level: i64) -> Answer {
    Answer {
        level: Some(level),
        ..Answer::default()
    }
}

fn na() -> Answer {
    Answer {
        not_applicable: true,
        ..Answer::default()
    }
}

// ---------------------------------------------------------------- frameworks in the repo

#[test]
fn every_file_in_frameworks_folder_loads_and_validates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("frameworks");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("frameworks/ exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let framework = Framework::load(&path).unwrap_or_else(|e| panic!("{e}"));
            assert!(framework.pillars.len() >= 3);
            count += 1;
        }
    }
    assert!(count >= 1, "no framework files found in {}", dir.display());
}

/// Every text of a framework, each with where it is, for completeness checks.
fn every_text(f: &Framework) -> Vec<(String, &pilares::model::text::Text)> {
    let mut all = vec![("name".to_owned(), &f.name)];
    all.extend(f.description.iter().map(|d| ("description".to_owned(), d)));
    for level in &f.scale {
        all.push((format!("scale {}", level.value), &level.label));
    }
    for p in &f.pillars {
        all.push((format!("{} name", p.id), &p.name));
        all.extend(
            p.description
                .iter()
                .map(|d| (format!("{} description", p.id), d)),
        );
        for (i, d) in p.discussion.iter().enumerate() {
            all.push((format!("{} discussion {}", p.id, i + 1), d));
        }
        for q in &p.questions {
            all.push((format!("{} text", q.id), &q.text));
            all.extend(q.help.iter().map(|h| (format!("{} help", q.id), h)));
            for (value, t) in &q.levels {
                all.push((format!("{} level {value}", q.id), t));
            }
        }
    }
    all
}

#[test]
fn built_in_framework_is_complete_in_all_four_languages() {
    let catalog = Catalog::built_in().expect("built-in frameworks are valid");
    let f = &catalog.find("tpd-ict", "1.0.0").expect("tpd-ict").framework;
    let ids: Vec<&str> = f.pillars.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ict",
            "partnerships",
            "support",
            "policy",
            "participation",
            "quality",
            "equity",
            "evidence"
        ]
    );
    let values: Vec<i64> = f.scale.iter().map(|l| l.value).collect();
    assert_eq!(values, [1, 2, 3, 4]);
    // The shape: a description and prompts for every pillar, guidance and a full rubric for
    // every question, so that no language can be complete over a smaller framework.
    assert!(f.description.is_some());
    for p in &f.pillars {
        assert!(
            (4..=8).contains(&p.questions.len()),
            "{} has {} questions",
            p.id,
            p.questions.len()
        );
        assert!(p.description.is_some(), "{} has no description", p.id);
        assert!(
            !p.discussion.is_empty(),
            "{} has no discussion prompts",
            p.id
        );
        for q in &p.questions {
            assert!(q.help.is_some(), "{} has no help", q.id);
            let rubric: Vec<i64> = q.levels.keys().copied().collect();
            assert_eq!(rubric, values, "{} rubric", q.id);
        }
    }
    let texts = every_text(f);
    assert_eq!(texts.len(), 278, "texts in the built-in framework");
    let mut missing = Vec::new();
    for (place, text) in &texts {
        for lang in ["en", "es", "pt", "fr"] {
            if !text.has(lang) {
                missing.push(format!("{place} [{lang}]"));
            }
        }
        // A sentence pasted in from English is not a translation (short labels such as
        // "ICT"/"TIC" may legitimately coincide).
        let english = text.get("en", "en");
        for lang in ["es", "pt", "fr"] {
            if english.len() > 12 && text.get(lang, "en") == english {
                missing.push(format!("{place} [{lang}] is the English text"));
            }
        }
        // French puts a non-breaking space before ? : ; ! so that they never start a line.
        let french = text.get("fr", "en");
        for mark in [" ?", " :", " ;", " !"] {
            if french.contains(mark) {
                missing.push(format!("{place} [fr] has a breaking space in {mark:?}"));
            }
        }
    }
    assert!(missing.is_empty(), "{} gaps: {missing:#?}", missing.len());
}

#[test]
fn framework_round_trips_through_ron() {
    let catalog = Catalog::built_in().expect("valid");
    let f = &catalog.entries()[0].framework;
    let text = f.to_ron().expect("serializes");
    let back = Framework::from_ron(&text, "mem").expect("reads back");
    assert_eq!(&back, f.as_ref());
}

// ---------------------------------------------------------------- validation rules

/// A valid framework text in which `from` is replaced by `to`, for one rule at a time.
fn with(from: &str, to: &str) -> String {
    let base = std::fs::read_to_string(fixture("mini.ron")).expect("mini.ron");
    assert!(base.contains(from), "fixture has no {from:?}");
    base.replacen(from, to, 1)
}

/// Validates text that must fail, returning every `LINE:COL: message`.
fn problems(text: &str) -> Vec<String> {
    let Err(Problems(list)) = Framework::from_ron(text, "f.ron") else {
        panic!("expected problems in:\n{text}");
    };
    list.iter()
        .map(|p| p.to_string().trim_start_matches("f.ron:").to_owned())
        .collect()
}

fn assert_one(text: &str, line_col: &str, needle: &str) {
    let found = problems(text);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with(&format!("{line_col}: ")) && p.contains(needle)),
        "expected {line_col}: …{needle}… in {found:#?}"
    );
}

#[test]
fn rule_syntax_error_has_position() {
    assert_one(
        &with("version: \"1.0.0\",", "version: \"1.0.0\""),
        "5:5",
        "comma",
    );
}

#[test]
fn rule_unknown_fields_are_all_reported() {
    let text = with("id: \"mini\",", "id: \"mini\", colour: \"blue\",").replacen(
        "(id: \"b1\",",
        "(id: \"b1\", hint: 1,",
        1,
    );
    let found = problems(&text);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("3:17: unknown field `colour`")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("27:28: unknown field `hint`")),
        "{found:#?}"
    );
}

#[test]
fn rule_missing_field() {
    let found = problems(&with("    version: \"1.0.0\",\n", ""));
    assert!(
        found
            .iter()
            .any(|p| p.contains("missing field named `version`")),
        "{found:#?}"
    );
}

#[test]
fn rule_framework_id_charset() {
    assert_one(
        &with("id: \"mini\"", "id: \"Mini Framework\""),
        "3:5",
        "may only use a-z",
    );
}

#[test]
fn rule_duplicate_pillar_id() {
    assert_one(
        &with("id: \"b\",", "id: \"a\","),
        "24:13",
        "duplicate pillar id \"a\"",
    );
}

#[test]
fn rule_duplicate_question_id() {
    assert_one(
        &with("(id: \"b1\"", "(id: \"a2\""),
        "27:18",
        "duplicate question id \"a2\"",
    );
}

#[test]
fn rule_rubric_key_not_on_scale() {
    assert_one(
        &with("4: {\"en\": \"everything\"}", "3: {\"en\": \"everything\"}"),
        "19:95",
        "rubric key 3",
    );
}

#[test]
fn rule_weight_zero_negative_or_not_a_number() {
    assert_one(
        &with("weight: 2.0", "weight: 0.0"),
        "16:13",
        "weight 0 must be",
    );
    assert_one(
        &with("weight: 2.0", "weight: -1.5"),
        "16:13",
        "weight -1.5 must be",
    );
    assert_one(
        &with("weight: 2.0", "weight: NaN"),
        "16:13",
        "weight NaN must be",
    );
    assert_one(
        &with("weight: 3.0", "weight: inf"),
        "19:51",
        "weight inf must be",
    );
}

#[test]
fn rule_scale_too_short_or_not_increasing() {
    let short = with(
        "        (value: 1, label: {\"en\": \"Some\"}),\n        (value: 2, label: {\"en\": \"Most\"}),\n        (value: 4, label: {\"en\": \"All\"}),\n",
        "",
    )
    .replace("4: {\"en\": \"everything\"}", "0: {\"en\": \"everything\"}");
    let found = problems(&short);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("6:5: the scale has 1 level(s)")),
        "{found:#?}"
    );
    assert_one(
        &with("(value: 2,", "(value: 1,"),
        "9:10",
        "strictly increasing: 1 comes after 1",
    );
}

#[test]
fn rule_fewer_than_three_pillars() {
    let start = "        (\n            id: \"c\",";
    let base = with("", "");
    let cut = base.find(start).expect("pillar c");
    let end = base[cut..].find("        ),\n").expect("end of c") + cut + "        ),\n".len();
    let text = format!("{}{}", &base[..cut], &base[end..]);
    assert_one(&text, "12:5", "has 2 pillar(s)");
}

#[test]
fn rule_missing_default_language_text() {
    assert_one(
        &with("name: {\"en\": \"Beta\"}", "name: {\"es\": \"Beta\"}"),
        "25:13",
        "no text in the default language \"en\"",
    );
    // A framework whose default language is Spanish needs Spanish everywhere.
    let es = with(
        "version: \"1.0.0\",",
        "version: \"1.0.0\",\n    default_language: \"es\",",
    );
    let found = problems(&es);
    assert!(
        found.iter().any(|p| p.contains("the name of pillar \"b\"")),
        "{found:#?}"
    );
}

#[test]
fn rule_pillar_without_questions() {
    assert_one(
        &with("(id: \"c1\", text: {\"en\": \"C one\"}),", ""),
        "34:13",
        "pillar \"c\" has no questions",
    );
}

#[test]
fn rule_bad_language_code() {
    assert_one(
        &with("\"es\": \"Alfa\"", "\"Spanish\": \"Alfa\""),
        "15:35",
        "\"Spanish\" in the name of pillar \"a\" is not a language code",
    );
}

#[test]
fn every_problem_is_collected_not_just_the_first() {
    let text = with("weight: 2.0", "weight: 0.0")
        .replacen("(id: \"b1\"", "(id: \"a2\"", 1)
        .replacen("name: {\"en\": \"Beta\"}", "name: {\"es\": \"Beta\"}", 1);
    assert_eq!(problems(&text).len(), 3, "{:#?}", problems(&text));
}

// ---------------------------------------------------------------- scoring

#[test]
fn scoring_with_weights_na_unanswered_and_a_scale_from_zero() {
    let f = mini();
    let mut a = Assessment::new(&f, "A");
    a.answers.insert("a1".into(), answer(4)); // weight 3
    a.answers.insert("a2".into(), answer(1)); // weight 1
    a.answers.insert("b1".into(), na());
    a.answers.insert("b2".into(), answer(2)); // weight 0.5
    let card = scoring::score(&f, &a);

    let pa = card.pillar("a").expect("a");
    // (3·4 + 1·1) / 4 = 3.25; percents 100 and 25 → (300 + 25) / 4 = 81.25
    assert_eq!((pa.answered, pa.not_applicable, pa.total), (2, 0, 2));
    assert!((pa.score.expect("score") - 3.25).abs() < 1e-12);
    assert!((pa.percent.expect("percent") - 81.25).abs() < 1e-12);

    let pb = card.pillar("b").expect("b");
    assert_eq!((pb.answered, pb.not_applicable), (1, 1));
    assert!((pb.score.expect("score") - 2.0).abs() < 1e-12);
    assert!((pb.percent.expect("percent") - 50.0).abs() < 1e-12);

    // No answered question: no score at all, never 0.
    let pc = card.pillar("c").expect("c");
    assert_eq!((pc.score, pc.percent), (None, None));

    // Pillar weights 2, 1: (2·3.25 + 1·2) / 3
    let o = &card.overall;
    assert!((o.score.expect("overall") - 8.5 / 3.0).abs() < 1e-12);
    assert!((o.percent.expect("overall %") - 212.5 / 3.0).abs() < 1e-12);
    assert_eq!((o.answered, o.not_applicable, o.total), (3, 1, 5));
    assert!((o.completeness() - 0.8).abs() < 1e-12);
}

#[test]
fn scoring_of_an_empty_assessment_has_no_scores() {
    let f = mini();
    let card = scoring::score(&f, &Assessment::new(&f, "empty"));
    assert!(card.pillars.iter().all(|p| p.score.is_none()));
    assert_eq!(card.overall.score, None);
    assert_eq!(card.overall.completeness(), 0.0);
}

#[test]
fn scoring_ignores_levels_off_the_scale_and_unknown_questions() {
    let f = mini();
    let mut a = Assessment::new(&f, "A");
    a.answers.insert("a1".into(), answer(3)); // 3 is not on the 0,1,2,4 scale
    a.answers.insert("zz".into(), answer(4));
    let card = scoring::score(&f, &a);
    assert_eq!(card.pillar("a").expect("a").answered, 0);
    assert_eq!(card.overall.score, None);
}

#[test]
fn scoring_counts_only_pillars_in_scope() {
    let catalog = Catalog::built_in().expect("valid");
    let f = &catalog.find("tpd-ict", "1.0.0").expect("tpd-ict").framework;
    let mut a = Assessment::new(f, "Workshop group 1");
    a.scope = Some(vec!["ict".into(), "partnerships".into(), "support".into()]);
    a.answers.insert("ict-content".into(), answer(4));
    a.answers.insert("pol-policy".into(), answer(1)); // outside scope: no effect
    let card = scoring::score(f, &a);
    let ids: Vec<&str> = card.pillars.iter().map(|p| p.pillar_id.as_str()).collect();
    assert_eq!(ids, ["ict", "partnerships", "support"]);
    assert_eq!(card.overall.total, 15);
    assert_eq!(card.overall.answered, 1);
    assert_eq!(card.overall.score, Some(4.0));
}

// ---------------------------------------------------------------- assessments

#[test]
fn assessment_checks_name_unknown_questions_and_bad_answers() {
    let f = mini();
    let text = r#"Assessment(
    framework: (id: "mini", version: "0.9.0"),
    label: "X",
    answers: {
        "a1": (level: 3),
        "a2": (level: 1, not_applicable: true),
        "gone-1": (level: 1),
        "gone-2": (not_applicable: true),
    },
)"#;
    let parsed = Assessment::parse_ron(text, "x.ron").expect("parses");
    let problems: Vec<String> = parsed
        .assessment
        .check(&f, "x.ron", parsed.tree.as_ref())
        .iter()
        .map(ToString::to_string)
        .collect();
    let expect = [
        "x.ron:2:29: warning: made with version 0.9.0",
        "x.ron:5:16: level 3 of \"a1\" is not on the scale (0, 1, 2, 4)",
        "x.ron:6:9: answer to \"a2\" has both a level and not_applicable",
        "x.ron:7:9: warning: 2 answer(s) name questions that mini 1.0.0 does not have; they are kept in the file but not scored: gone-1, gone-2",
    ];
    for e in expect {
        assert!(
            problems.iter().any(|p| p.starts_with(e)),
            "{e} not in {problems:#?}"
        );
    }
    // Unknown answers are kept, never dropped.
    assert!(parsed.assessment.answers.contains_key("gone-1"));
}

#[test]
fn sample_assessments_load_without_errors() {
    let catalog = Catalog::built_in().expect("valid");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let outcome =
        pilares::formats::inputs::load(&[dir], &catalog).unwrap_or_else(|e| panic!("{e}"));
    assert!(!outcome.loaded.is_empty());
    assert!(outcome.warnings.is_empty(), "{:?}", outcome.warnings);
}

// ---------------------------------------------------------------- long CSV

fn mini_catalog() -> Catalog {
    let mut c = Catalog::new();
    c.add_path(&fixture("mini.ron")).expect("mini");
    c
}

fn load_mini_pair() -> Vec<pilares::formats::inputs::Loaded> {
    pilares::formats::inputs::load(
        &[fixture("mini-a.ron"), fixture("mini-b.ron")],
        &mini_catalog(),
    )
    .expect("fixtures load")
    .loaded
}

#[test]
fn long_csv_matches_golden_file() {
    let loaded = load_mini_pair();
    let mut out = Vec::new();
    long::write_long(
        &mut out,
        loaded.iter().map(|l| (&l.assessment, l.framework.as_ref())),
        "en",
    )
    .expect("writes");
    let golden = std::fs::read_to_string(fixture("golden/mini-long.csv")).expect("golden");
    assert_eq!(String::from_utf8(out).expect("utf-8"), golden);
}

#[test]
fn score_csv_matches_golden_file() {
    let loaded = load_mini_pair();
    let cards: Vec<_> = loaded
        .iter()
        .map(|l| scoring::score(&l.framework, &l.assessment))
        .collect();
    let mut out = Vec::new();
    scores::write_scores(
        &mut out,
        loaded
            .iter()
            .zip(&cards)
            .map(|(l, c)| (l.assessment.label.as_str(), c)),
    )
    .expect("writes");
    let golden = std::fs::read_to_string(fixture("golden/mini-scores.csv")).expect("golden");
    assert_eq!(String::from_utf8(out).expect("utf-8"), golden);
}

#[test]
fn long_csv_reads_back_the_same_answers() {
    let loaded = load_mini_pair();
    let mut out = Vec::new();
    long::write_long(
        &mut out,
        loaded.iter().map(|l| (&l.assessment, l.framework.as_ref())),
        "es",
    )
    .expect("writes");
    let read = long::read_long(out.as_slice(), "mem.csv", &mini_catalog()).expect("reads");
    assert_eq!(read.assessments.len(), 2);
    for ((back, _, _), original) in read.assessments.iter().zip(&loaded) {
        let a = &original.assessment;
        assert_eq!(back.label, a.label);
        assert_eq!(back.answers, a.answers, "answers of {}", a.label);
        assert_eq!(back.country, a.country);
        assert_eq!(back.date, a.date);
    }
}

#[test]
fn long_csv_input_needs_only_three_columns_in_any_order() {
    let csv = "note,level,extra,question_id,assessment\n\
               evidence,Established,x,ict-content,Team 1\n\
               ,na,x,ict-devices,Team 1\n\
               ,2,x,ict-content,Team 2\n\
               ,,,ict-blended,Team 2\n";
    let read = long::read_long(
        csv.as_bytes(),
        "m.csv",
        &Catalog::built_in().expect("valid"),
    )
    .expect("reads");
    let [(t1, f1, line1), (t2, _, _)] = read.assessments.as_slice() else {
        panic!("two assessments expected");
    };
    assert_eq!(f1.id, "tpd-ict");
    assert_eq!(*line1, 2);
    assert_eq!(t1.level("ict-content"), Some(3)); // a level's name reads as its value
    assert_eq!(t1.answers["ict-content"].note.as_deref(), Some("evidence"));
    assert!(t1.answers["ict-devices"].not_applicable);
    assert_eq!(t2.level("ict-content"), Some(2));
    assert!(!t2.answers.contains_key("ict-blended"));
}

#[test]
fn long_csv_reports_every_bad_cell_with_line_and_column() {
    let csv = "assessment,question_id,level,not_applicable\n\
               T,ict-content,7,false\n\
               T,ict-devices,3,true\n\
               T,ict-content,2,false\n\
               ,ict-skills,2,false\n";
    let Err(Problems(found)) = long::read_long(
        csv.as_bytes(),
        "m.csv",
        &Catalog::built_in().expect("valid"),
    ) else {
        panic!("expected errors");
    };
    let text: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(
        text[0].starts_with("m.csv:2:3: question \"ict-content\": level \"7\" is not on the scale"),
        "{text:#?}"
    );
    assert!(
        text[1]
            .starts_with("m.csv:3:3: question \"ict-devices\" has both level 3 and not_applicable"),
        "{text:#?}"
    );
    assert!(text[2].starts_with("m.csv:4:2: question \"ict-content\" of assessment \"T\" appears again (first on line 2)"), "{text:#?}");
    assert!(
        text[3].starts_with("m.csv:5:1: the assessment cell is empty"),
        "{text:#?}"
    );
}

#[test]
fn long_csv_without_required_columns_or_rows_is_refused() {
    let catalog = Catalog::built_in().expect("valid");
    let err = long::read_long("assessment,level\nT,1\n".as_bytes(), "m.csv", &catalog)
        .err()
        .expect("refused");
    assert!(err.to_string().contains("no `question_id` column"), "{err}");
    let err = long::read_long(long::LONG_HEADER.join(",").as_bytes(), "m.csv", &catalog)
        .err()
        .expect("refused");
    assert!(err.to_string().contains("no rows"), "{err}");
}

#[test]
fn written_cells_are_guarded_against_formulas() {
    let loaded = load_mini_pair();
    let mut out = Vec::new();
    long::write_long(
        &mut out,
        loaded.iter().map(|l| (&l.assessment, l.framework.as_ref())),
        "en",
    )
    .expect("writes");
    let mut reader = csv::Reader::from_reader(out.as_slice());
    for record in reader.records() {
        for cell in record.expect("record").iter() {
            assert!(
                !matches!(
                    cell.as_bytes().first(),
                    Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
                ),
                "unguarded cell {cell:?}"
            );
        }
    }
}

/// The RON scanner's field tables (which name every unknown field with its line) are a second
/// description of the serde structs: they must name the same fields, at every depth, or a new
/// field would be reported as unknown (or a misspelt one missed).
#[test]
fn the_scanners_field_tables_match_the_serde_structs() {
    use pilares::model::ronspan::Shape;
    use serde_reflection::{ContainerFormat, Format, Registry, Tracer, TracerConfig};

    fn has_struct(registry: &Registry, format: &Format) -> bool {
        match format {
            Format::TypeName(name) => match registry.get(name) {
                Some(ContainerFormat::Struct(_)) => true,
                Some(ContainerFormat::NewTypeStruct(inner)) => has_struct(registry, inner),
                _ => false,
            },
            Format::Option(inner) | Format::Seq(inner) => has_struct(registry, inner),
            Format::Map { value, .. } => has_struct(registry, value),
            _ => false,
        }
    }

    fn check(
        registry: &Registry,
        format: &Format,
        shape: &Shape,
        at: &str,
        errors: &mut Vec<String>,
    ) {
        let format = match format {
            Format::Option(inner) => inner.as_ref(),
            other => other,
        };
        match (shape, format) {
            (Shape::Leaf, f) => {
                if has_struct(registry, f) {
                    errors.push(format!("{at}: a leaf, but the struct has fields under it"));
                }
            }
            (Shape::List(inner), Format::Seq(item)) => {
                check(registry, item, inner, &format!("{at}[]"), errors)
            }
            (Shape::MapValues(inner), Format::Map { value, .. }) => {
                check(registry, value, inner, &format!("{at}{{}}"), errors)
            }
            (Shape::Struct(known), Format::TypeName(name)) => {
                let Some(ContainerFormat::Struct(fields)) = registry.get(name) else {
                    errors.push(format!("{at}: {name} is not a struct"));
                    return;
                };
                let mut serde_names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
                let mut table_names: Vec<&str> = known.iter().map(|(n, _)| *n).collect();
                serde_names.sort_unstable();
                table_names.sort_unstable();
                if serde_names != table_names {
                    errors.push(format!(
                        "{at}: serde has {serde_names:?}, the table {table_names:?}"
                    ));
                }
                for (name, inner) in known.iter() {
                    if let Some(field) = fields.iter().find(|f| f.name == *name) {
                        check(
                            registry,
                            &field.value,
                            inner,
                            &format!("{at}.{name}"),
                            errors,
                        );
                    }
                }
            }
            (_, f) => errors.push(format!("{at}: the table's shape does not fit {f:?}")),
        }
    }

    let mut tracer = Tracer::new(TracerConfig::default());
    let framework = tracer
        .trace_simple_type::<Framework>()
        .expect("trace framework")
        .0;
    let assessment = tracer
        .trace_simple_type::<Assessment>()
        .expect("trace assessment")
        .0;
    tracer
        .trace_simple_type::<pilares::model::assessment::ActionStatus>()
        .expect("trace the action status");
    let registry = tracer.registry().expect("every type traced");
    let mut errors = Vec::new();
    check(
        &registry,
        &framework,
        &pilares::model::framework::FRAMEWORK_SHAPE,
        "framework",
        &mut errors,
    );
    check(
        &registry,
        &assessment,
        &pilares::model::assessment::ASSESSMENT_SHAPE,
        "assessment",
        &mut errors,
    );
    assert!(errors.is_empty(), "{errors:#?}");
}
