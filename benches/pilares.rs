//! Benchmarks (`cargo bench`): framework loading, scoring at 1, 100 and 10,000 assessments,
//! the long CSV at 10,000 assessments × 48 questions (480,000 rows), the radar in SVG and PNG
//! with 1 and 30 assessments, and one frame of the app's compare view with 30 assessments on
//! a 64-question framework (egui without a window, as kittest runs it).

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use pilares::analysis::scoring;
use pilares::formats::long;
use pilares::model::assessment::{Answer, Assessment};
use pilares::model::catalog::{BUILT_IN, Catalog, Source};
use pilares::model::framework::{Framework, Pillar, Question, ScaleLevel};
use pilares::model::text::Text;
use pilares::output::chart::{self, ChartData};

/// A framework of `pillars` × `questions`, scale 1–4, weights varied.
fn framework(pillars: usize, questions: usize) -> Framework {
    Framework {
        id: format!("bench-{}", pillars * questions),
        version: "1.0.0".into(),
        default_language: None,
        name: Text::new("en", "Benchmark framework"),
        description: None,
        carry: Default::default(),
        scale: ["Latent", "Emerging", "Established", "Advanced"]
            .iter()
            .enumerate()
            .map(|(i, l)| ScaleLevel {
                value: i as i64 + 1,
                label: Text::new("en", l),
            })
            .collect(),
        pillars: (0..pillars)
            .map(|p| Pillar {
                id: format!("p{p}"),
                name: Text::new("en", &format!("Pillar {p}")),
                description: None,
                weight: Some(1.0 + (p % 3) as f64),
                discussion: Vec::new(),
                questions: (0..questions)
                    .map(|q| Question {
                        id: format!("p{p}-q{q}"),
                        text: Text::new("en", &format!("Question {q} of pillar {p}")),
                        help: None,
                        weight: Some(1.0 + (q % 2) as f64),
                        levels: BTreeMap::new(),
                    })
                    .collect(),
            })
            .collect(),
        complete_in: Default::default(),
    }
}

/// `count` assessments with deterministic answers: mostly levels, some N/A, some blank.
fn assessments(f: &Framework, count: usize) -> Vec<Assessment> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    (0..count)
        .map(|i| {
            let mut a = Assessment::new(f, &format!("Group {i:05}"));
            for (_, q) in f.questions() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let r = state % 100;
                let answer = match r {
                    0..5 => Answer {
                        not_applicable: true,
                        ..Answer::default()
                    },
                    5..10 => continue,
                    _ => Answer {
                        level: Some((r % 4) as i64 + 1),
                        ..Answer::default()
                    },
                };
                a.answers.insert(q.id.clone(), answer);
            }
            a
        })
        .collect()
}

fn bench_framework(c: &mut Criterion) {
    c.bench_function("framework/load and validate the built-in", |b| {
        b.iter(|| Framework::from_ron(black_box(BUILT_IN[0].1), "built-in").expect("loads"));
    });
}

fn bench_scoring(c: &mut Criterion) {
    let f = Framework::from_ron(BUILT_IN[0].1, "built-in").expect("loads");
    let mut group = c.benchmark_group("scoring");
    for count in [1usize, 100, 10_000] {
        let items = assessments(&f, count);
        group.bench_with_input(BenchmarkId::from_parameter(count), &items, |b, items| {
            b.iter(|| {
                items
                    .iter()
                    .map(|a| scoring::score(&f, a))
                    .collect::<Vec<_>>()
            });
        });
    }
    group.finish();
}

fn bench_long_csv(c: &mut Criterion) {
    let f = framework(8, 6);
    let items = assessments(&f, 10_000);
    let mut catalog = Catalog::new();
    catalog.add(f.clone(), Source::BuiltIn("bench"));
    let mut csv = Vec::new();
    long::write_long(&mut csv, items.iter().map(|a| (a, &f)), "en").expect("writes");
    let mut group = c.benchmark_group("long csv 10k x 48 (480,000 rows)");
    group.sample_size(10);
    group.bench_function("write", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(csv.len());
            long::write_long(&mut out, items.iter().map(|a| (a, &f)), "en").expect("writes");
            out
        });
    });
    group.bench_function("read (whole answers)", |b| {
        b.iter(|| long::read_long(csv.as_slice(), "bench.csv", &catalog).expect("reads"));
    });
    group.bench_function("read and score (streaming)", |b| {
        b.iter(|| long::score_long(csv.as_slice(), "bench.csv", &catalog).expect("scores"));
    });
    group.finish();
}

fn bench_chart(c: &mut Criterion) {
    let f = Framework::from_ron(BUILT_IN[0].1, "built-in").expect("loads");
    let items = assessments(&f, 30);
    let mut group = c.benchmark_group("radar");
    for count in [1usize, 30] {
        let pairs: Vec<(&Assessment, &Framework)> =
            items.iter().take(count).map(|a| (a, &f)).collect();
        let data = ChartData::new(&pairs, "en").expect("chart");
        group.bench_with_input(BenchmarkId::new("svg", count), &data, |b, data| {
            b.iter(|| chart::render_svg(data, 1200, 900).expect("svg"));
        });
        group.bench_with_input(BenchmarkId::new("png", count), &data, |b, data| {
            b.iter(|| chart::render_png(data, 1200, 900).expect("png"));
        });
    }
    group.finish();
}

fn bench_compare_frame(c: &mut Criterion) {
    use egui_kittest::Harness;
    use pilares::state::{Action, AppConfig, Prefs, ScriptedPicker};
    use pilares::ui::PilaresApp;

    let dir = tempfile::tempdir().expect("temp dir");
    let f = framework(8, 8);
    let framework_file = dir.path().join("bench-64.ron");
    std::fs::write(&framework_file, f.to_ron().expect("ron")).expect("write");
    let paths: Vec<PathBuf> = assessments(&f, 30)
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let path = dir.path().join(format!("g{i}.ron"));
            a.save(&path).expect("save");
            path
        })
        .collect();
    let app = PilaresApp::new(AppConfig {
        data_dir: dir.path().join("data"),
        picker: Box::new(ScriptedPicker::default()),
        prefs: Prefs {
            language: "en".into(),
            ..Prefs::default()
        },
        frameworks: vec![framework_file],
        local_frameworks: None,
        open: Vec::new(),
        background_saves: false,
        today: pilares::io::clock::today,
    });
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut PilaresApp| app.show(ui), app);
    h.state_mut().apply(Action::ComparePaths(paths));
    h.run();
    assert_eq!(h.state().model().compare().items().len(), 30);
    c.bench_function(
        "app/compare view frame, 30 assessments x 64 questions",
        |b| {
            b.iter(|| h.step());
        },
    );
}

criterion_group!(
    benches,
    bench_framework,
    bench_scoring,
    bench_long_csv,
    bench_chart,
    bench_compare_frame
);
criterion_main!(benches);
