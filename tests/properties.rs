//! Property tests: whatever framework or assessment the generators build, it survives RON and
//! the long CSV unchanged, and its scores stay on the scale whatever the order of its answers.

use std::collections::{BTreeMap, BTreeSet};

use pilares::analysis::scoring;
use pilares::formats::long;
use pilares::formats::sheet::CsvStyle;
use pilares::formats::table::{Sheet, Table};
use pilares::formats::workbook;
use pilares::model::assessment::{Answer, Assessment};
use pilares::model::catalog::{Catalog, Source};
use pilares::model::framework::{Framework, Pillar, Question, ScaleLevel};
use pilares::model::text::Text;
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// Free text as people write it: any Unicode, with commas, quotes, newlines, accents and
/// emoji made likely.
fn free_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9 ,;\"'\\n\\r\\t=+@\\-—ñçãé📶🙂]{0,40}",
    ]
}

/// Text with no surrounding blanks (labels, countries: the CSV reader trims those cells).
fn trimmed_text() -> impl Strategy<Value = String> {
    free_text()
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("non-empty", |s| !s.is_empty())
}

fn text() -> impl Strategy<Value = Text> {
    (trimmed_text(), proptest::option::of(free_text())).prop_map(|(en, es)| {
        let mut t = Text::new("en", &en);
        if let Some(es) = es {
            t.0.insert("es".into(), es);
        }
        t
    })
}

fn weight() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(prop_oneof![0.001f64..1000.0, Just(1.0), Just(0.1)])
}

prop_compose! {
    fn framework()(
        start in -3i64..3,
        steps in proptest::collection::vec(1i64..4, 1..5),
        shape in proptest::collection::vec(1usize..5, 3..6),
        name in text(),
        texts in proptest::collection::vec(text(), 64),
        weights in proptest::collection::vec(weight(), 64),
        rubric_mask in proptest::collection::vec(any::<u8>(), 64),
        discussion in proptest::collection::vec(text(), 0..3),
    ) -> Framework {
        let mut value = start;
        let mut scale = vec![ScaleLevel { value, label: texts[0].clone() }];
        for (i, step) in steps.iter().enumerate() {
            value += step;
            scale.push(ScaleLevel { value, label: texts[i + 1].clone() });
        }
        let mut k = 0;
        let pillars = shape
            .iter()
            .enumerate()
            .map(|(p, &count)| Pillar {
                id: format!("p{p}"),
                name: texts[(p * 7) % 64].clone(),
                description: None,
                weight: weights[p],
                discussion: discussion.clone(),
                questions: (0..count)
                    .map(|_| {
                        k += 1;
                        let levels: BTreeMap<i64, Text> = scale
                            .iter()
                            .enumerate()
                            .filter(|(s, _)| rubric_mask[k % 64] & (1 << s) != 0)
                            .map(|(s, l)| (l.value, texts[(k + s) % 64].clone()))
                            .collect();
                        Question {
                            id: format!("q{k}"),
                            text: texts[k % 64].clone(),
                            help: (k % 2 == 0).then(|| texts[(k + 3) % 64].clone()),
                            weight: weights[k % 64],
                            levels,
                        }
                    })
                    .collect(),
            })
            .collect();
        Framework {
            id: "gen".into(),
            version: "1.0.0".into(),
            default_language: None,
            name,
            description: None,
            scale,
            pillars,
            carry: Default::default(),
            complete_in: Default::default(),
        }
    }
}

/// A framework and an assessment of it: each question answered with a level of the scale,
/// marked not applicable, given only a note, or left out.
fn framework_and_assessment() -> impl Strategy<Value = (Framework, Assessment)> {
    framework().prop_flat_map(|f| {
        let ids: Vec<String> = f.questions().map(|(_, q)| q.id.clone()).collect();
        let values: Vec<i64> = f.scale.iter().map(|l| l.value).collect();
        let answer = (
            0usize..4,
            proptest::sample::select(values),
            proptest::option::of(trimmed_text()),
        )
            .prop_map(|(kind, level, note)| match kind {
                0 => None,
                1 => Some(Answer {
                    level: Some(level),
                    not_applicable: false,
                    note,
                    carried: false,
                }),
                2 => Some(Answer {
                    level: None,
                    not_applicable: true,
                    note,
                    carried: false,
                }),
                _ => note.map(|n| Answer {
                    level: None,
                    not_applicable: false,
                    note: Some(n),
                    carried: false,
                }),
            });
        let answers = proptest::collection::vec(answer, ids.len());
        let date = proptest::option::of((2000u32..2100, 1u32..13, 1u32..29))
            .prop_map(|d| d.map(|(y, m, day)| format!("{y:04}-{m:02}-{day:02}")));
        (
            Just(f),
            Just(ids),
            answers,
            trimmed_text(),
            proptest::option::of(trimmed_text()),
            date,
        )
            .prop_map(|(f, ids, answers, label, country, date)| {
                let mut a = Assessment::new(&f, &label);
                a.country = country;
                a.date = date;
                for (id, answer) in ids.into_iter().zip(answers) {
                    if let Some(answer) = answer {
                        a.answers.insert(id, answer);
                    }
                }
                (f, a)
            })
    })
}

fn catalog_of(f: &Framework) -> Catalog {
    let mut c = Catalog::new();
    c.add(f.clone(), Source::BuiltIn("generated"));
    c
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn frameworks_round_trip_through_ron(f in framework()) {
        let problems = f.validate("gen.ron", None);
        prop_assert!(problems.iter().all(|p| !p.is_error()), "generated an invalid framework: {problems:?}");
        let ron = f.to_ron().expect("serialises");
        let back = Framework::from_ron(&ron, "gen.ron").expect("reads back");
        prop_assert_eq!(back, f);
    }

    #[test]
    fn assessments_round_trip_through_ron((_f, a) in framework_and_assessment()) {
        let ron = a.to_ron().expect("serialises");
        let back = Assessment::parse_ron(&ron, "a.ron").expect("reads back").assessment;
        prop_assert_eq!(back, a);
    }

    #[test]
    fn assessments_round_trip_through_the_long_csv((f, a) in framework_and_assessment()) {
        let mut csv = Vec::new();
        long::write_long(&mut csv, [(&a, &f)], "en").expect("writes");
        let read = long::read_long(csv.as_slice(), "a.csv", &catalog_of(&f)).expect("reads back");
        prop_assert_eq!(read.assessments.len(), 1);
        let back = &read.assessments[0].0;
        prop_assert_eq!(&back.label, &a.label);
        prop_assert_eq!(&back.country, &a.country);
        prop_assert_eq!(&back.date, &a.date);
        prop_assert_eq!(&back.framework, &a.framework);
        prop_assert_eq!(&back.answers, &a.answers);
        // The streaming scorer agrees with scoring the assessment read whole.
        let streamed = long::score_long(csv.as_slice(), "a.csv", &catalog_of(&f)).expect("scores");
        prop_assert_eq!(&streamed[0].card, &scoring::score(&f, back));
    }

    #[test]
    fn the_long_csv_reads_back_in_every_style_and_as_a_workbook(
        (f, a) in framework_and_assessment(),
        delimiter in proptest::sample::select(vec![b',', b';', b'\t']),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        windows_1252 in any::<bool>(),
    ) {
        let style = CsvStyle { delimiter, crlf, bom };
        let mut csv = Vec::new();
        long::write_long_styled(&mut csv, [(&a, &f)], "en", style).expect("writes");
        // As Excel saves "CSV" on Windows, where the text fits Windows-1252 and cannot be
        // taken for UTF-8 (SPEC §5 reads a file that is valid UTF-8 as UTF-8).
        if windows_1252 && !bom {
            let text = String::from_utf8(csv.clone()).expect("utf-8");
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            if !unmappable && (bytes.is_ascii() || std::str::from_utf8(&bytes).is_err()) {
                csv = bytes.into_owned();
            }
        }
        let catalog = catalog_of(&f);
        let read = long::read_long(csv.as_slice(), "a.csv", &catalog).expect("reads back");
        prop_assert_eq!(read.assessments.len(), 1);
        let back = &read.assessments[0].0;
        prop_assert_eq!(&back.label, &a.label);
        prop_assert_eq!(&back.country, &a.country);
        prop_assert_eq!(&back.date, &a.date);
        prop_assert_eq!(&back.answers, &a.answers);

        let book = workbook::write_workbook(&[(&a, &f)], "en").expect("workbook");
        let table = Table::from_workbook(book, "a.xlsx", Sheet::Named("answers")).expect("opens");
        let read = long::read_long_table(table, &catalog).expect("reads the workbook back");
        let back = &read.assessments[0].0;
        prop_assert_eq!(&back.label, &a.label);
        prop_assert_eq!(&back.country, &a.country);
        prop_assert_eq!(&back.date, &a.date);
        prop_assert_eq!(&back.answers, &a.answers);
    }

    #[test]
    fn scores_stay_on_the_scale_and_ignore_the_order_of_answers(
        (f, a) in framework_and_assessment(),
        seed in any::<u64>(),
    ) {
        let (min, max) = f.scale_range();
        let card = scoring::score(&f, &a);
        for row in card.pillars.iter().chain(std::iter::once(&card.overall)) {
            if let Some(s) = row.score {
                prop_assert!(s >= min as f64 - 1e-9 && s <= max as f64 + 1e-9, "{s} outside {min}..{max}");
            }
            if let Some(p) = row.percent {
                prop_assert!((-1e-9..=100.0 + 1e-9).contains(&p), "{p}%");
            }
            prop_assert!(row.answered + row.not_applicable <= row.total);
        }
        // The same answers, rows shuffled in the CSV: the same scores.
        let mut csv = Vec::new();
        long::write_long(&mut csv, [(&a, &f)], "en").expect("writes");
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_slice());
        let mut rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        let header = rows.remove(0);
        let mut state = seed | 1;
        for i in (1..rows.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            rows.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut shuffled = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut shuffled);
            w.write_record(&header).expect("header");
            for r in &rows {
                w.write_record(r).expect("row");
            }
        }
        let read = long::read_long(shuffled.as_slice(), "s.csv", &catalog_of(&f)).expect("reads");
        let again = scoring::score(&f, &read.assessments[0].0);
        prop_assert_eq!(again, card);
    }
}

#[test]
fn generated_ids_are_unique() {
    // A guard on the generator itself: question ids must be unique for the properties to mean
    // anything.
    let mut runner = proptest::test_runner::TestRunner::default();
    for _ in 0..20 {
        let f = framework().new_tree(&mut runner).expect("tree").current();
        let ids: BTreeSet<_> = f.questions().map(|(_, q)| q.id.clone()).collect();
        assert_eq!(ids.len(), f.questions().count());
    }
}
