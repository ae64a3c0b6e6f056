//! Comparison statistics, the HTML report, the plan CSV and the survey import, checked against
//! hand-computed values on the small test framework and on the built-in one.

use std::path::{Path, PathBuf};

use pilares::analysis::compare::{CompareError, Comparison};
use pilares::formats::plan;
use pilares::formats::survey;
use pilares::model::assessment::{Action, ActionStatus, Assessment};
use pilares::model::framework::{Framework, Question};
use pilares::model::text::Text;
use pilares::output::report;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn mini() -> Framework {
    Framework::load(&fixture("mini.ron")).expect("mini framework")
}

fn assessment(name: &str) -> Assessment {
    Assessment::load(&fixture(name))
        .expect("fixture")
        .assessment
}

fn built_in() -> Framework {
    Framework::from_ron(pilares::model::catalog::BUILT_IN[0].1, "built-in").expect("built-in")
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn group_statistics_and_change_match_hand_computed_values() {
    let f = mini();
    let (a, b) = (assessment("mini-a.ron"), assessment("mini-b.ron"));
    let cmp = Comparison::new(&[(&a, &f), (&b, &f)]).expect("comparable");
    assert!(cmp.left_out.is_empty());
    let alpha = &cmp.pillars[0];
    assert_eq!(alpha.pillar_id, "a");
    assert_eq!(alpha.count, 2);
    // A: (3·4 + 1·1) / 4 = 3.25; B: 0.
    assert!(close(alpha.mean, 1.625) && close(alpha.min, 0.0) && close(alpha.max, 3.25));
    let beta = &cmp.pillars[1];
    assert_eq!(beta.count, 1);
    assert!(close(beta.mean, 2.0));
    // Only a1 is answered by both: 4 and 0, the widest possible gap.
    assert_eq!(cmp.spread.len(), 1);
    assert_eq!(cmp.spread[0].question_id, "a1");
    assert_eq!(cmp.spread[0].levels, vec![Some(4), Some(0)]);
    assert_eq!(cmp.spread[0].range, 4);
    assert!((cmp.spread[0].deviation - 2.0).abs() < 1e-9);
    let change = cmp.change(0, 1);
    assert_eq!(change[0].0, "a");
    assert!(close(change[0].1, -3.25));
    assert_eq!(change[1].1, None, "B has no score for Beta");
}

#[test]
fn different_versions_compare_on_shared_questions_and_say_which_are_left_out() {
    let v1 = mini();
    let mut v2 = v1.clone();
    v2.version = "2.0.0".into();
    v2.pillars[0].questions.retain(|q| q.id != "a2");
    v2.pillars[0].questions.push(Question {
        id: "a3".into(),
        text: Text::new("en", "A three"),
        help: None,
        weight: None,
        levels: Default::default(),
    });
    let a = assessment("mini-a.ron");
    let mut b = assessment("mini-b.ron");
    b.framework.version = "2.0.0".into();
    b.answers.insert(
        "a3".into(),
        pilares::model::assessment::Answer {
            carried: false,
            level: Some(1),
            ..Default::default()
        },
    );
    let cmp = Comparison::new(&[(&a, &v1), (&b, &v2)]).expect("comparable");
    assert_eq!(
        cmp.framework.version, "2.0.0",
        "the newest version is the reference"
    );
    assert_eq!(cmp.left_out, vec!["a2", "a3"]);
    // A's Alpha is now a1 alone (4), B's a1 alone (0): a2 and a3 count for neither.
    assert!(close(cmp.cards[0].pillar("a").and_then(|r| r.score), 4.0));
    assert!(close(cmp.cards[1].pillar("a").and_then(|r| r.score), 0.0));
}

#[test]
fn other_frameworks_do_not_mix() {
    let a = assessment("mini-a.ron");
    let f = mini();
    let other = built_in();
    assert!(matches!(
        Comparison::new(&[(&a, &f), (&a, &other)]),
        Err(CompareError::MixedFrameworks(..))
    ));
    assert_eq!(Comparison::new(&[]).err(), Some(CompareError::Empty));
}

#[test]
fn the_report_escapes_every_user_text_and_loads_nothing() {
    let f = mini();
    let mut a = assessment("mini-a.ron");
    a.label = "<script>alert('label')</script>".into();
    a.country = Some("Tierra & \"Mar\"".into());
    a.answers.get_mut("a2").expect("a2").note = Some("<img src=x onerror=alert(1)>".into());
    a.actions.push(Action {
        pillar: "a".into(),
        question: Some("a2".into()),
        text: "<b>bold</b> plan".into(),
        owner: Some("O'Brien".into()),
        due: Some("2026-01-31".into()),
        status: ActionStatus::InProgress,
    });
    let b = assessment("mini-b.ron");
    let html = report::render(&[(&a, &f), (&b, &f)], "en", "2026-11-23").expect("report");
    // maud escapes & < > " everywhere and writes every attribute in double quotes, so an
    // apostrophe is plain text (it was written &#39; before the report moved to maud).
    for raw in ["<script", "<img", "<b>bold", "Tierra & \""] {
        assert!(!html.contains(raw), "unescaped {raw:?}");
    }
    for escaped in [
        "&lt;script&gt;alert('label')&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;b&gt;bold&lt;/b&gt; plan",
        "O'Brien",
        "Tierra &amp; &quot;Mar&quot;",
    ] {
        assert!(html.contains(escaped), "missing {escaped:?}");
    }
    // Self-contained: no scripts, no links, no remote resources.
    for forbidden in ["<script", "<link", "src=\"http", "href=", "@import", "url("] {
        assert!(!html.contains(forbidden), "found {forbidden:?}");
    }
    // The overdue action is marked; the comparison and the plan are there.
    assert!(html.contains("class=\"overdue\""));
    assert!(html.contains("id=\"comparison\"") && html.contains("id=\"plan\""));
    // A note that looks like a formula is only text here, escaped.
    assert!(html.contains("=cmd|' /C calc'!A0"));
}

#[test]
fn the_report_has_every_question_the_chart_and_a_polygon_per_assessment() {
    let f = built_in();
    let text = std::fs::read_to_string(fixture("survey.csv")).expect("survey");
    let imported =
        survey::read_survey(text.as_bytes(), "survey.csv", &f, Some("Group name")).expect("import");
    let items: Vec<(&Assessment, &Framework)> =
        imported.assessments.iter().map(|a| (a, &f)).collect();
    let html = report::render(&items, "pt", "2026-11-23").expect("report");
    assert_eq!(
        html.matches("<polygon opacity=\"0.").count(),
        3,
        "one polygon per assessment"
    );
    for (_, q) in f.questions() {
        let text = report::escape(f.tr(&q.text, "pt"));
        assert!(html.contains(&text), "question {} is in the report", q.id);
    }
    assert!(html.contains("<html lang=\"pt\">"));
    assert!(html.contains("Comparação de 3 avaliações"));
    assert!(html.contains("Onde as avaliações mais divergem"));
    // Decimal commas in Portuguese: no number cell is written with a point.
    let cells: Vec<&str> = html.split("class=\"num\">").skip(1).collect();
    let decimal = |c: &&str, sep: char| {
        let b: Vec<char> = c.chars().take(4).collect();
        b.len() == 4 && b[0].is_ascii_digit() && b[1] == sep && b[2].is_ascii_digit()
    };
    assert!(cells.iter().any(|c| decimal(c, ',')));
    assert!(!cells.iter().any(|c| decimal(c, '.')));
}

#[test]
fn the_plan_csv_has_a_row_per_action_with_current_and_target() {
    let f = mini();
    let mut a = assessment("mini-a.ron");
    a.targets.insert("a".into(), 4.0);
    a.actions = vec![
        Action {
            pillar: "a".into(),
            question: Some("a2".into()),
            text: "=HYPERLINK(\"x\")".into(),
            owner: Some("Unit, \"West\"".into()),
            due: Some("2027-06-30".into()),
            status: ActionStatus::Planned,
        },
        Action {
            pillar: "b".into(),
            question: None,
            text: "Pillar-wide step".into(),
            owner: None,
            due: None,
            status: ActionStatus::Done,
        },
    ];
    let mut out = Vec::new();
    plan::write_plan(&mut out, [(&a, &f)]).expect("written");
    let text = String::from_utf8(out).expect("utf-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().expect("header").iter().collect::<Vec<_>>(),
        plan::PLAN_HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], "a");
    assert_eq!(&rows[0][2], "a2");
    assert_eq!(&rows[0][3], "1", "current is the question's level");
    assert_eq!(&rows[0][4], "4.00");
    assert_eq!(&rows[0][5], "'=HYPERLINK(\"x\")", "formula guarded");
    assert_eq!(&rows[0][6], "Unit, \"West\"");
    assert_eq!(&rows[0][8], "Planned");
    assert_eq!(&rows[1][3], "2.00", "current is the pillar's score");
    assert_eq!(&rows[1][4], "", "no target for Beta");
    assert_eq!(&rows[1][8], "Done");
}

#[test]
fn a_survey_with_odd_headers_imports_and_bad_cells_are_named() {
    let f = built_in();
    let text = std::fs::read_to_string(fixture("survey.csv")).expect("survey");
    let imported =
        survey::read_survey(text.as_bytes(), "survey.csv", &f, Some("group name")).expect("import");
    assert_eq!(imported.assessments.len(), 3);
    assert_eq!(imported.ignored_columns, vec!["Timestamp", "Email address"]);
    let g2 = &imported.assessments[1];
    assert_eq!(g2.label, "Group 2 — Costa Rica");
    assert_eq!(g2.country.as_deref(), Some("Costa Rica"));
    assert_eq!(g2.answers.len(), 40);
    assert!(g2.answers.values().filter(|a| a.not_applicable).count() == 1);
    assert_eq!(
        imported.assessments[2].answers.len(),
        39,
        "a blank cell is unanswered"
    );
    // Every imported assessment passes the same checks as a file.
    for a in &imported.assessments {
        let problems = a.check(&f, "import", None);
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    }

    // A bad value, a missing label, and a duplicate label: each named by row and column.
    let bad = "assessment,ict-devices. Devices?,[ict-skills] Skills\nA,7,2\n,2,2\nA,Maybe,2\n";
    let err = survey::read_survey(bad.as_bytes(), "s.csv", &f, None).expect_err("bad cells");
    let messages: Vec<String> = err.0.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(
        messages[0].starts_with(
            "s.csv:2:2: row 2, column \"ict-devices. Devices?\": \"7\" is not a level"
        )
    );
    assert!(
        messages[1].starts_with("s.csv:3:1: row 3 has no label"),
        "{messages:?}"
    );
    assert!(
        messages[2].starts_with("s.csv:4:2: row 4, column"),
        "{}",
        messages[2]
    );

    let no_label = "name,ict-devices\nA,2\n";
    let err = survey::read_survey(no_label.as_bytes(), "s.csv", &f, None).expect_err("label");
    assert!(err.to_string().contains("--label-column"));
    let no_questions = "assessment,foo\nA,2\n";
    let err = survey::read_survey(no_questions.as_bytes(), "s.csv", &f, None).expect_err("none");
    assert!(err.to_string().contains("no column names a question"));
}

#[test]
fn change_is_shown_for_one_team_over_time_and_not_between_parallel_groups() {
    let f =
        Framework::from_ron(pilares::model::catalog::BUILT_IN[0].1, "built-in").expect("built-in");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples/costa-serena-2026.ron");
    let baseline = pilares::model::assessment::Assessment::load(&sample)
        .expect("sample")
        .assessment;
    let mut follow_up = baseline.clone();
    follow_up.label = "Costa Serena — follow-up 2027".into();
    follow_up.date = Some("2027-02-26".into());
    let mut group_b = baseline.clone();
    group_b.label = "Group B".into();
    let over_time =
        report::render(&[(&baseline, &f), (&follow_up, &f)], "en", "2027-03-01").expect("report");
    assert!(
        over_time.contains(
            "Change from “Costa Serena — baseline 2026” to “Costa Serena — follow-up 2027”"
        )
    );
    let parallel =
        report::render(&[(&baseline, &f), (&group_b, &f)], "en", "2026-03-01").expect("report");
    assert!(
        !parallel.contains("Change from"),
        "same day: parallel groups"
    );
    assert!(parallel.contains("Where the assessments disagree most"));
}

#[test]
fn undated_labels_alike_but_for_the_year_are_one_team_and_the_facilitator_has_the_last_word() {
    let f = built_in();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let mut before = Assessment::load(&path).expect("sample").assessment;
    before.date = None;
    before.label = "Honduras 2025".into();
    let mut after = before.clone();
    after.label = "Honduras 2026".into();
    let mut other = before.clone();
    other.label = "Guatemala 2026".into();
    let items = [(&before, &f), (&after, &f)];
    assert!(pilares::analysis::compare::over_time(&items));
    assert!(!pilares::analysis::compare::over_time(&[
        (&before, &f),
        (&other, &f)
    ]));
    let mut undated_groups = before.clone();
    undated_groups.label = "Grupo 2".into();
    assert!(!pilares::analysis::compare::over_time(&[
        (&before, &f),
        (&undated_groups, &f)
    ]));

    // The facilitator says otherwise: the report follows them, both ways.
    let groups = report::render_with(&items, "en", "2026-11-23", Some(false)).expect("report");
    assert!(!groups.contains("Change from"));
    let parallel = [(&before, &f), (&other, &f)];
    let series = report::render_with(&parallel, "en", "2026-11-23", Some(true)).expect("report");
    assert!(series.contains("Change from “Honduras 2025” to “Guatemala 2026”"));
    let guessed = report::render_with(&items, "en", "2026-11-23", None).expect("report");
    assert!(guessed.contains("Change from “Honduras 2025” to “Honduras 2026”"));
}

#[test]
fn page_one_summarises_level_strengths_gaps_and_open_actions() {
    let f = built_in();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let mut a = Assessment::load(&path).expect("sample").assessment;
    let open = |text: &str, due: &str, status| Action {
        pillar: "ict".into(),
        question: None,
        text: text.into(),
        owner: Some("DGFD".into()),
        due: Some(due.into()),
        status,
    };
    a.actions = vec![
        open("Later step", "2027-09-30", ActionStatus::Planned),
        open("Finished step", "2026-01-31", ActionStatus::Done),
        open("Soonest step", "2026-12-15", ActionStatus::InProgress),
    ];
    let html = report::render(&[(&a, &f)], "es", "2026-11-23").expect("report");
    let summary = html
        .split("<section class=\"first summary\" id=\"summary\">")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("page 1 is the summary");
    let card = pilares::analysis::scoring::score(&f, &a);
    let level = f
        .level_at_or_below(card.overall.score.expect("scored"))
        .expect("a level");
    // The overall level in words, the radar, three strengths and three gaps (each gap with
    // what the next level asks), and the open actions, soonest first, without the done one.
    assert!(summary.contains("Nivel general:"));
    assert!(summary.contains(&format!(
        "<span class=\"level\">{}</span>",
        f.tr(&level.label, "es")
    )));
    assert_eq!(summary.matches("<svg").count(), 1, "the radar");
    assert!(summary.contains("Preguntas más fuertes") && summary.contains("Preguntas más débiles"));
    assert_eq!(summary.matches("Para llegar a").count(), 3, "three gaps");
    let soonest = summary.find("Soonest step").expect("open action");
    let later = summary.find("Later step").expect("open action");
    assert!(soonest < later);
    assert!(!summary.contains("Finished step"));
    // The annex follows, with everything as before.
    assert!(html.contains("id=\"questions\"") && html.contains("id=\"plan\""));
}

#[test]
fn one_output_is_in_one_language_never_a_mix() {
    use pilares::formats::sheet::CsvStyle;
    use pilares::output::export::{self, Export, Options};
    // mini.ron is complete in English, its default, and has Spanish for a few texts only.
    let f = mini();
    let a = assessment("mini-a.ron");
    let options = |lang| Options {
        lang,
        today: "2026-11-23",
        csv: CsvStyle::default(),
        chart_size: (1200, 900),
        over_time: None,
    };
    let html = export::render(Export::Report, &[(&a, &f)], None, &options("es")).expect("report");
    let html = String::from_utf8(html).expect("utf-8");
    assert!(
        html.contains("<html lang=\"en\">"),
        "the framework's language"
    );
    assert!(
        html.contains("Alpha") && !html.contains("Alfa"),
        "no Spanish pillar name"
    );
    assert!(html.contains("Mini framework") && !html.contains("Marco mínimo"));
    assert!(html.contains("Self-assessment report") && !html.contains("Informe"));
    let svg = export::render(
        Export::Chart(pilares::output::chart::ImageFormat::Svg),
        &[(&a, &f)],
        None,
        &options("es"),
    )
    .expect("chart");
    let svg = String::from_utf8(svg).expect("utf-8");
    assert!(svg.contains("Alpha") && !svg.contains("Alfa"));
    assert!(
        !svg.contains("Ninguno"),
        "no Spanish level beside English ones"
    );
    // The app asks in its interface language: the framework's texts are still all in one.
    assert_eq!(f.tr(&f.pillars[0].name, "es"), "Alpha");
    assert_eq!(f.tr(&f.scale[0].label, "es"), "None");
    // Where the framework has every text in the language asked, that language is used.
    assert_eq!(f.language_for("en"), "en");
    assert_eq!(built_in().language_for("pt"), "pt");
}

#[test]
fn the_report_shows_who_saw_what_beside_the_teams_level() {
    use pilares::analysis::merge::{Settle, merge};
    use pilares::model::assessment::Answer;
    let f = built_in();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let base = Assessment::load(&path).expect("sample").assessment;
    let member = |name: &str, level: i64, note: Option<&str>| {
        let mut a = base.clone();
        a.participants = vec![name.to_owned()];
        a.answers.insert(
            "ict-content".into(),
            Answer {
                carried: false,
                level: Some(level),
                not_applicable: false,
                note: note.map(str::to_owned),
            },
        );
        a
    };
    let (ana, luis, rosa) = (
        member("Ana", 1, Some("<script>x</script> & co")),
        member("Luis", 4, None),
        member("Rosa", 4, None),
    );
    let mut team = merge(&[&ana, &luis, &rosa], &f, Some("Equipo"), Settle::None).team;
    team.answers.insert(
        "ict-content".into(),
        Answer {
            level: Some(3),
            ..Answer::default()
        },
    );
    let html = report::render(&[(&team, &f)], "es", "2026-11-23").expect("report");
    let section = html
        .split("<section id=\"consensus\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("a consensus section");
    assert!(section.contains("3 integrantes respondieron por su cuenta"));
    assert!(section.contains("α de Krippendorff"));
    assert!(
        section.contains(r#"aria-label="Ana 1, Luis 4, Rosa 4""#),
        "one dot per member"
    );
    assert_eq!(
        section.matches("<circle").count(),
        4,
        "three dots and the team's ring"
    );
    assert!(section.contains("3 · Establecido"));
    assert!(
        section.contains("&lt;script&gt;x&lt;/script&gt; &amp; co"),
        "notes escaped"
    );
    // A report without ratings has no such section.
    let plain = report::render(&[(&base, &f)], "es", "2026-11-23").expect("report");
    assert!(!plain.contains("id=\"consensus\""));
}

#[test]
fn a_baseline_on_the_earlier_version_compares_on_the_carried_questions() {
    // Version 2.0.0 of mini: "a2" became "a2-reach" (carried), "b2" was dropped for "b3" (new).
    let v1 = mini();
    let mut v2 = v1.clone();
    v2.version = "2.0.0".into();
    for p in &mut v2.pillars {
        for q in &mut p.questions {
            if q.id == "a2" {
                q.id = "a2-reach".into();
            }
            if q.id == "b2" {
                q.id = "b3".into();
            }
        }
    }
    v2.carry.insert(
        "1.0.0".into(),
        [("a2-reach".to_owned(), "a2".to_owned())].into(),
    );
    let baseline = assessment("mini-a.ron");
    let mut follow_up = pilares::model::carry::carry(&baseline, &v1, &v2, true);
    follow_up.label = "Group A — follow-up".into();
    follow_up.date = Some("2027-03-01".into());
    assert!(follow_up.answers["a2-reach"].carried, "carried, to confirm");
    follow_up.answers.get_mut("a1").expect("carried").level = Some(2);

    let cmp = Comparison::new(&[(&baseline, &v1), (&follow_up, &v2)]).expect("compares");
    assert_eq!(cmp.framework.version, "2.0.0");
    assert!(cmp.framework.question("a2-reach").is_some(), "compared");
    assert!(
        cmp.framework.question("b3").is_none(),
        "new: nobody answered it before"
    );
    assert!(cmp.left_out.contains(&"b3".to_owned()));
    assert!(cmp.left_out.contains(&"b2".to_owned()));
    assert_eq!(cmp.assessments[0].level("a2-reach"), Some(1));
    assert!(cmp.over_time);
    let pillar_a = |k: usize| cmp.cards[k].pillar("a").and_then(|r| r.score);
    // a1 weighs 3: (3·4 + 1)/4 then (3·2 + 1)/4.
    assert_eq!(pillar_a(0), Some(3.25));
    assert_eq!(pillar_a(1), Some(1.75));

    let html =
        report::render(&[(&baseline, &v1), (&follow_up, &v2)], "en", "2027-03-02").expect("report");
    // The carried answer sits under its new question, not among the unknown answers; the
    // answer to the dropped question and the one to a question of no version still show.
    let unknown = html
        .split("id=\"unknown-answers\"")
        .nth(1)
        .expect("unknown answers");
    assert!(!unknown.contains("<code>a2</code>"));
    assert!(unknown.contains("<code>b2</code>"));
    assert!(unknown.contains("<code>old-q</code>"));
}

#[test]
fn a_baseline_on_tpd_ict_1_compares_with_a_follow_up_on_2() {
    let catalog = pilares::model::catalog::Catalog::built_in().expect("built-in");
    let v1 = catalog
        .find("tpd-ict", "1.0.0")
        .expect("1.0.0")
        .framework
        .clone();
    let v2 = catalog
        .find("tpd-ict", "2.0.0")
        .expect("2.0.0")
        .framework
        .clone();
    assert_eq!(
        catalog.newest("tpd-ict").expect("newest").framework.version,
        "2.0.0"
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/costa-serena-2026.ron");
    let baseline = Assessment::load(&path).expect("sample").assessment;
    let mut follow_up = pilares::model::carry::carry(&baseline, &v1, &v2, true);
    follow_up.label = "Costa Serena — follow-up 2027".into();
    follow_up.date = Some("2027-03-01".into());
    follow_up
        .answers
        .entry("ict-access".into())
        .or_default()
        .level = Some(4);

    let cmp = Comparison::new(&[(&baseline, &v1), (&follow_up, &v2)]).expect("compares");
    assert_eq!(cmp.framework.version, "2.0.0");
    // Renamed but the same measure: compared. New, or no longer the same: named, not compared.
    for id in ["ict-access", "ict-curriculum", "par-voice", "ict-devices"] {
        assert!(cmp.framework.question(id).is_some(), "{id} is compared");
    }
    for id in ["qual-reach", "ev-cost", "qual-classroom", "part-telecom"] {
        assert!(cmp.framework.question(id).is_none(), "{id} is not compared");
        assert!(cmp.left_out.contains(&id.to_owned()), "{id} is named");
    }
    assert_eq!(
        cmp.assessments[0].level("ict-access"),
        baseline.level("ict-connectivity")
    );
    let change = cmp.change(0, 1);
    let ict = change
        .iter()
        .find(|(p, _)| p == "ict")
        .and_then(|(_, d)| *d);
    assert!(ict.is_some_and(|d| d > 0.0), "ICT rose: {ict:?}");
    let html =
        report::render(&[(&baseline, &v1), (&follow_up, &v2)], "es", "2027-03-02").expect("report");
    assert!(html.contains("Cambio de"));

    // Opened the other way round, the change still runs from the baseline to the follow-up.
    let reversed = Comparison::new(&[(&follow_up, &v2), (&baseline, &v1)]).expect("compares");
    assert_eq!(reversed.ends, (1, 0));
    assert_eq!(reversed.change(1, 0), change);
    let html =
        report::render(&[(&follow_up, &v2), (&baseline, &v1)], "en", "2027-03-02").expect("report");
    assert!(
        html.contains(
            "Change from “Costa Serena — baseline 2026” to “Costa Serena — follow-up 2027”"
        )
    );
}
