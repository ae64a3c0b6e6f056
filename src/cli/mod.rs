//! The command line (SPEC §6): headless work on framework and assessment files.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::analysis::scoring::{PillarScore, ScoreCard};
use crate::formats::long;
use crate::formats::sheet::CsvStyle;
use crate::formats::survey;
use crate::formats::table::{Sheet, Table, is_workbook};
use crate::formats::{plan, scores};
use crate::i18n::{self, Messages};
use crate::io::files;
use crate::io::inputs::{self, Loaded};
use crate::model::catalog::{self, Catalog};
use crate::model::framework::Framework;
use crate::model::problem::{Problem, Problems};
use crate::output::chart;
use crate::output::export::{self, Export, ExportError};

/// Pilares: self-assessment of teacher professional development systems, pillar by pillar.
///
/// With no command it opens the desktop app (with FILE…, those files: one assessment opens for
/// answering, several or a table open the comparison); with a command it works without a
/// window, and no command opens one.
#[derive(Debug, Parser)]
#[command(name = "pilares", version, about, long_about = None)]
pub struct Cli {
    /// A framework file, or a folder of them, to use beside the built-in ones (repeatable).
    #[arg(long = "framework", value_name = "PATH", global = true)]
    pub frameworks: Vec<PathBuf>,

    /// Files to open in the app: an assessment (.ron) to answer, or several files, a long CSV
    /// or a workbook to compare. This is what a double-click on a .ron file runs.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Checks the files to open: a word that names no file is most likely a mistyped command,
    /// a usage error (exit 2) rather than a window that opens on nothing.
    pub fn check_files(&self) -> Result<(), clap::Error> {
        use clap::CommandFactory as _;
        match self.files.iter().find(|f| !f.exists()) {
            None => Ok(()),
            Some(missing) => {
                let commands: Vec<String> = Self::command()
                    .get_subcommands()
                    .map(|c| c.get_name().to_owned())
                    .collect();
                Err(Self::command().error(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "{:?} is neither a file nor a command; the commands are {}",
                        missing.display().to_string(),
                        commands.join(", ")
                    ),
                ))
            }
        }
    }
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check framework files or folders; prints PATH:LINE:COL: message for every problem.
    Validate {
        /// Framework files (.ron) or folders of them.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Pillar and overall scores of assessments.
    Score {
        /// Assessment files (.ron), long-format CSV files, or folders of them.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Language of the table (en, es, pt, fr; a region such as pt-BR is fine). Default: the
        /// system's language.
        #[arg(long, value_name = "xx", value_parser = parse_lang)]
        lang: Option<&'static str>,
    },
    /// Answers in the long CSV format, one row per question per assessment; or, to OUT.xlsx,
    /// a workbook for analysts with the sheets answers, scores and plan.
    Export {
        /// Assessment files (.ron), long-format CSV or .xlsx files, or folders of them.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The file to write: OUT.csv, or OUT.xlsx for a workbook; standard output when absent
        /// or `-`.
        #[arg(short, long, value_name = "OUT.csv|OUT.xlsx")]
        output: Option<PathBuf>,
        /// Language of the level labels (en, es, pt, fr; a region such as pt-BR is fine).
        /// Default: the system's language.
        #[arg(long, value_name = "xx", value_parser = parse_lang)]
        lang: Option<&'static str>,
        /// The CSV separator. Excel in Spanish, Portuguese or French expects semicolon.
        #[arg(long, value_enum, default_value_t = Separator::Comma)]
        separator: Separator,
        /// Start the CSV with a byte order mark and end lines with CRLF, so that Excel on
        /// Windows opens it with its accents intact.
        #[arg(long)]
        excel: bool,
    },
    /// Radar chart: one polygon per assessment, one axis per pillar.
    Chart {
        /// Assessment files (.ron), long-format CSV files, or folders of them.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The image to write: OUT.svg or OUT.png.
        #[arg(short, long, value_name = "OUT.svg|OUT.png", required = true)]
        output: PathBuf,
        /// Language of pillar names and level labels (en, es, pt, fr; a region such as pt-BR
        /// is fine). Default: the system's language.
        #[arg(long, value_name = "xx", value_parser = parse_lang)]
        lang: Option<&'static str>,
        /// Width in pixels.
        #[arg(long, default_value_t = 1200)]
        width: u32,
        /// Height in pixels.
        #[arg(long, default_value_t = 900)]
        height: u32,
    },
    /// One self-contained, printable HTML report: chart, tables, comparison, plan, notes.
    Report {
        /// Assessment files (.ron), long-format CSV files, or folders of them.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The HTML file to write.
        #[arg(short, long, value_name = "OUT.html", required = true)]
        output: PathBuf,
        /// Language of the report (en, es, pt, fr; a region such as pt-BR is fine). Default:
        /// the system's language.
        #[arg(long, value_name = "xx", value_parser = parse_lang)]
        lang: Option<&'static str>,
    },
    /// The improvement plan as CSV: one row per action.
    Plan {
        /// Assessment files (.ron), long-format CSV files, or folders of them.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The CSV file to write; standard output when absent or `-`.
        #[arg(short, long, value_name = "OUT.csv")]
        output: Option<PathBuf>,
    },
    /// Turn a survey or form export (one row per respondent or group, one column per question)
    /// into assessment files, one per row. The framework is the one given with --framework
    /// (default: the built-in one). Reads Google Forms, Microsoft Forms (.xlsx) and KoboToolbox
    /// exports, also after Excel re-saved them.
    Import {
        /// The survey tool's export: CSV (any separator and encoding) or .xlsx.
        #[arg(value_name = "SURVEY.csv|.xlsx")]
        survey: PathBuf,
        /// The folder to write the assessment files into (created if missing; existing files
        /// are never overwritten).
        #[arg(short, long, value_name = "DIR", required = true)]
        output: PathBuf,
        /// The column holding each row's label.
        #[arg(long, value_name = "NAME", default_value = "assessment")]
        label_column: String,
        /// A column whose header names no question, and the question it answers
        /// (repeatable), e.g. --map "¿Hay conectividad en las escuelas?=ict-connectivity".
        #[arg(long, value_name = "HEADER=QUESTION-ID", value_parser = parse_map)]
        map: Vec<(String, String)>,
        /// A column to leave out knowingly, though its cells look like answers (repeatable).
        #[arg(long, value_name = "HEADER")]
        ignore: Vec<String>,
    },
}

/// `--lang`: an interface language, with or without a region (`pt-BR`, `pt_BR`, `PT`,
/// `es-MX`, `fr-FR`); anything else is a usage error that lists the choices.
fn parse_lang(text: &str) -> Result<&'static str, String> {
    let base = text
        .split(['-', '_', '.'])
        .next()
        .unwrap_or(text)
        .to_ascii_lowercase();
    i18n::LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == base)
        .ok_or_else(|| {
            let choices: Vec<String> = i18n::LANGUAGES
                .iter()
                .map(|(code, name)| format!("{code} ({name})"))
                .collect();
            format!(
                "{text:?} is not a language of Pilares: choose {} (a region such as pt-BR is fine)",
                choices.join(", ")
            )
        })
}

/// The language of a command's output: the one asked for, else the system's.
fn lang_or_system(lang: Option<&'static str>) -> &'static str {
    lang.unwrap_or_else(i18n::system_language)
}

/// `--map "HEADER=QUESTION-ID"`: split at the last `=` (question ids never hold one).
fn parse_map(text: &str) -> Result<(String, String), String> {
    match text.rsplit_once('=') {
        Some((header, id)) if !header.trim().is_empty() && !id.trim().is_empty() => {
            Ok((header.trim().to_owned(), id.trim().to_owned()))
        }
        _ => Err(format!(
            "{text:?} is not HEADER=QUESTION-ID: write the column's header, =, and the question id"
        )),
    }
}

/// The separator of a written CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Self::Comma => b',',
            Self::Semicolon => b';',
            Self::Tab => b'\t',
        }
    }
}

/// The image format `chart` writes, by the output's extension.
fn chart_format(path: &Path) -> Result<chart::ImageFormat, Failure> {
    // `-o -` writes SVG to standard output.
    let format = if is_stdout(path) {
        Some(chart::ImageFormat::Svg)
    } else {
        chart::ImageFormat::of_path(path)
    };
    format.ok_or_else(|| {
        Failure::Output(format!(
            "{}: the chart is written as .svg or .png: end the file name with one of them (or -o - for SVG on standard output)",
            files::display_path(path)
        ))
    })
}

/// How the command line makes an export: `today` matters to the report only.
fn export_options<'a>(
    lang: &'a str,
    today: &'a str,
    csv: CsvStyle,
    chart_size: (u32, u32),
) -> export::Options<'a> {
    export::Options {
        lang,
        today,
        csv,
        chart_size,
    }
}

/// How `score` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// What went wrong in a command: invalid input (exit 1) or the output could not be written.
enum Failure {
    Invalid(Problems),
    Output(String),
    /// The reader of standard output went away (`pilares score … | head`): not an error.
    BrokenPipe,
}

impl From<Problems> for Failure {
    fn from(p: Problems) -> Self {
        Self::Invalid(p)
    }
}

/// Runs a headless command and returns the process exit code (0 success, 1 invalid input).
pub fn run(frameworks: &[PathBuf], command: Command) -> ExitCode {
    let result = match command {
        Command::Validate { paths } => validate(&paths),
        Command::Score {
            inputs,
            format,
            lang,
        } => score(frameworks, &inputs, format, lang_or_system(lang)),
        Command::Export {
            inputs,
            output,
            lang,
            separator,
            excel,
        } => {
            let style = CsvStyle {
                delimiter: separator.byte(),
                crlf: excel,
                bom: excel,
            };
            export_long(
                frameworks,
                &inputs,
                output.as_deref(),
                lang_or_system(lang),
                style,
            )
        }
        Command::Chart {
            inputs,
            output,
            lang,
            width,
            height,
        } => chart_command(
            frameworks,
            &inputs,
            &output,
            lang_or_system(lang),
            width,
            height,
        ),
        Command::Report {
            inputs,
            output,
            lang,
        } => report_command(
            frameworks,
            &inputs,
            &output,
            lang_or_system(lang),
            &crate::io::clock::today(),
        ),
        Command::Plan { inputs, output } => plan_command(frameworks, &inputs, output.as_deref()),
        Command::Import {
            survey,
            output,
            label_column,
            map,
            ignore,
        } => {
            let options = survey::Options {
                label_column: Some(label_column),
                map,
                ignore,
            };
            import_command(frameworks, &survey, &output, &options)
        }
    };
    match result {
        Ok(()) | Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Invalid(problems)) => {
            eprintln!("{problems}");
            ExitCode::from(1)
        }
        Err(Failure::Output(message)) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

fn print_warnings(warnings: &[Problem]) {
    for w in warnings {
        eprintln!("{w}");
    }
}

/// Writes to standard output, treating a closed pipe as a normal end.
fn stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => Err(Failure::Output(format!(
            "cannot write to standard output: {e}"
        ))),
    }
}

/// Writes a command's output to a file or, for `None` or `-`, standard output (SPEC §6: a
/// link, a pipe or a device is written through, never replaced).
fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<(), Failure> {
    match path {
        None => stdout(bytes),
        Some(p) if is_stdout(p) => stdout(bytes),
        Some(p) => files::write_output_file(p, bytes).map_err(|e| {
            Failure::Output(format!(
                "{}: cannot write the file: {e}; check that the folder exists and is writable",
                files::display_path(p)
            ))
        }),
    }
}

/// Whether `-o` names standard output: `-`, or the names a shell gives it. Writing to these by
/// name would open the file behind them anew, truncating what a shell appends to.
fn is_stdout(path: &Path) -> bool {
    ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .any(|name| path.as_os_str() == *name)
}

/// The catalog of a run: `--framework` paths first, then `./frameworks/`, then built-in
/// ([`Catalog::gather`], as the app finds them). A named file that does not load stops the run.
pub fn catalog(frameworks: &[PathBuf]) -> Result<(Catalog, Vec<Problem>), Problems> {
    let (catalog, gathered) = Catalog::gather(frameworks, Some(Path::new("frameworks")));
    if !gathered.errors.is_empty() {
        return Err(Problems(gathered.errors));
    }
    Ok((catalog, gathered.warnings))
}

fn load(frameworks: &[PathBuf], inputs: &[PathBuf]) -> Result<Vec<Loaded>, Failure> {
    let (catalog, warnings) = catalog(frameworks)?;
    print_warnings(&warnings);
    let outcome = inputs::load(inputs, &catalog)?;
    print_warnings(&outcome.warnings);
    Ok(outcome.loaded)
}

/// [`load`] for a chart or a report: at most [`inputs::MAX_SHOWN`] assessments.
fn load_shown(frameworks: &[PathBuf], inputs: &[PathBuf]) -> Result<Vec<Loaded>, Failure> {
    let (catalog, warnings) = catalog(frameworks)?;
    print_warnings(&warnings);
    let outcome = inputs::load_shown(inputs, &catalog)?;
    print_warnings(&outcome.warnings);
    Ok(outcome.loaded)
}

fn validate(paths: &[PathBuf]) -> Result<(), Failure> {
    let mut problems = Vec::new();
    let mut report = String::new();
    for path in paths {
        let files = match catalog::framework_files(path) {
            Ok(f) => f,
            Err(Problems(p)) => {
                problems.extend(p);
                continue;
            }
        };
        for file in files {
            match Framework::load(&file) {
                Ok(f) => {
                    let _ = writeln!(
                        report,
                        "{}: ok ({}, {} pillars, {} questions)",
                        files::display_path(&file),
                        f.key(),
                        f.pillars.len(),
                        f.questions().count()
                    );
                }
                Err(Problems(p)) => problems.extend(p),
            }
        }
    }
    stdout(report.as_bytes())?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Invalid(Problems(problems)))
    }
}

fn score(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    format: Format,
    lang: &str,
) -> Result<(), Failure> {
    let (catalog, warnings) = catalog(frameworks)?;
    print_warnings(&warnings);
    let (outcome, cards) = inputs::load_scored(inputs, &catalog)?;
    print_warnings(&outcome.warnings);
    let loaded = outcome.loaded;
    let bytes = match format {
        Format::Table => score_table(&loaded, &cards, lang).into_bytes(),
        Format::Csv => {
            let mut buf = Vec::new();
            scores::write_scores(
                &mut buf,
                loaded
                    .iter()
                    .zip(&cards)
                    .map(|(l, c)| (l.assessment.label.as_str(), c)),
            )
            .map_err(|e| Failure::Output(format!("cannot write CSV: {e}")))?;
            buf
        }
        Format::Json => {
            let json: Vec<JsonCard> = loaded
                .iter()
                .zip(&cards)
                .map(|(l, c)| JsonCard {
                    assessment: &l.assessment.label,
                    framework_id: &l.framework.id,
                    framework_version: &l.framework.version,
                    pillars: &c.pillars,
                    overall: &c.overall,
                })
                .collect();
            let mut text = serde_json::to_string_pretty(&json)
                .map_err(|e| Failure::Output(format!("cannot write JSON: {e}")))?;
            text.push('\n');
            text.into_bytes()
        }
    };
    stdout(&bytes)
}

#[derive(Serialize)]
struct JsonCard<'a> {
    assessment: &'a str,
    framework_id: &'a str,
    framework_version: &'a str,
    pillars: &'a [PillarScore],
    overall: &'a PillarScore,
}

/// The score table a person reads: one block per assessment, in `lang` (its words, its
/// decimal separator, the framework's texts in it).
pub fn score_table(loaded: &[Loaded], cards: &[ScoreCard], lang: &str) -> String {
    let m = Messages::new(lang);
    let lang = m.lang();
    let mut out = String::new();
    let overall = m.get("report-overall");
    for (i, (l, card)) in loaded.iter().zip(cards).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let f = &l.framework;
        let a = &l.assessment;
        let mut context = vec![a.label.clone(), format!("{} {}", f.id, f.version)];
        context.extend(a.country.iter().cloned());
        context.extend(a.date.iter().map(|d| i18n::date(d, lang)));
        let _ = writeln!(out, "{}", context.join(" · "));
        let names: Vec<String> = card
            .pillars
            .iter()
            .map(|p| {
                f.pillar(&p.pillar_id)
                    .map_or_else(|| p.pillar_id.clone(), |x| f.tr(&x.name, lang).to_owned())
            })
            .collect();
        let heads = [
            "col-pillar",
            "col-answered",
            "col-na",
            "col-score",
            "col-percent",
        ]
        .map(|id| m.get(id));
        let width = names
            .iter()
            .chain([&overall, &heads[0]])
            .map(|n| n.chars().count())
            .max()
            .unwrap_or(0);
        let widths = [width, 8, 4, 5, 7];
        let cell = |text: &str, w: usize, right: bool| {
            let pad = w.saturating_sub(text.chars().count());
            if right {
                format!("{}{text}", " ".repeat(pad))
            } else {
                format!("{text}{}", " ".repeat(pad))
            }
        };
        let line = |cells: [String; 5]| {
            let widths = [
                widths[0],
                widths[1].max(heads[1].chars().count()),
                widths[2].max(heads[2].chars().count()),
                widths[3].max(heads[3].chars().count()),
                widths[4].max(heads[4].chars().count()),
            ];
            let parts: Vec<String> = cells
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(k, (c, w))| cell(c, w, k > 0))
                .collect();
            format!("  {}", parts.join("  ").trim_end())
        };
        let _ = writeln!(out, "{}", line(heads.clone()));
        let row = |name: &str, p: &PillarScore| {
            line([
                name.to_owned(),
                format!("{}/{}", p.answered, p.total),
                p.not_applicable.to_string(),
                p.score.map_or_else(|| "—".to_owned(), |s| m.decimal(s, 2)),
                p.percent.map_or_else(|| "—".to_owned(), |s| m.percent_1(s)),
            ])
        };
        for (name, p) in names.iter().zip(&card.pillars) {
            let _ = writeln!(out, "{}", row(name, p));
        }
        let _ = writeln!(out, "{}", row(&overall, &card.overall));
        let o = &card.overall;
        let _ = writeln!(
            out,
            "  {}",
            m.format(
                "score-completeness",
                &[
                    ("done", (o.answered + o.not_applicable).into()),
                    ("total", o.total.into()),
                    ("percent", m.percent(o.completeness() * 100.0).into()),
                ],
            )
        );
    }
    out
}

fn export_long(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    output: Option<&Path>,
    lang: &str,
    style: CsvStyle,
) -> Result<(), Failure> {
    let loaded = load(frameworks, inputs)?;
    let kind = if output.is_some_and(is_workbook) {
        Export::Workbook
    } else {
        Export::Csv
    };
    let options = export_options(lang, "", style, (0, 0));
    let bytes = export::render(kind, &pairs(&loaded), None, &options)
        .map_err(|e| Failure::Output(format!("cannot write the export: {e}")))?;
    write_output(output, &bytes)
}

fn chart_command(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    output: &Path,
    lang: &str,
    width: u32,
    height: u32,
) -> Result<(), Failure> {
    let loaded = load_shown(frameworks, inputs)?;
    let format = chart_format(output)?;
    let options = export_options(lang, "", CsvStyle::default(), (width, height));
    let bytes = match export::render(Export::Chart(format), &pairs(&loaded), None, &options) {
        Ok(bytes) => bytes,
        // A size out of bounds is the output's problem; anything else is the inputs'.
        Err(ExportError::Chart(e @ (chart::ChartError::Size(..) | chart::ChartError::Draw(_)))) => {
            return Err(Failure::Output(format!(
                "{}: {e}",
                files::display_path(output)
            )));
        }
        Err(e) => return Err(whole_input_problem(&loaded, e)),
    };
    write_output(Some(output), &bytes)
}

/// Each assessment with its framework, as the chart, the report and the exports take them.
fn pairs(loaded: &[Loaded]) -> Vec<(&crate::model::assessment::Assessment, &Framework)> {
    loaded
        .iter()
        .map(|l| (&l.assessment, l.framework.as_ref()))
        .collect()
}

/// A problem with the inputs taken together (mixed frameworks, too few pillars…), named by
/// the first input.
fn whole_input_problem(loaded: &[Loaded], e: impl std::fmt::Display) -> Failure {
    let first = loaded
        .first()
        .map_or_else(String::new, |l| l.source.clone());
    Failure::Invalid(Problems::one(&first, None, e.to_string()))
}

fn report_command(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    output: &Path,
    lang: &str,
    today: &str,
) -> Result<(), Failure> {
    let loaded = load_shown(frameworks, inputs)?;
    let items = pairs(&loaded);
    let options = export_options(lang, today, CsvStyle::default(), (0, 0));
    let html = export::render(Export::Report, &items, None, &options)
        .map_err(|e| whole_input_problem(&loaded, e))?;
    write_output(Some(output), &html)
}

fn plan_command(
    frameworks: &[PathBuf],
    inputs: &[PathBuf],
    output: Option<&Path>,
) -> Result<(), Failure> {
    let loaded = load(frameworks, inputs)?;
    let mut buf = Vec::new();
    plan::write_plan(
        &mut buf,
        loaded.iter().map(|l| (&l.assessment, l.framework.as_ref())),
    )
    .map_err(|e| Failure::Output(format!("cannot write CSV: {e}")))?;
    write_output(output, &buf)
}

fn import_command(
    frameworks: &[PathBuf],
    survey: &Path,
    output: &Path,
    options: &survey::Options,
) -> Result<(), Failure> {
    let shown = files::display_path(survey);
    let size = std::fs::metadata(survey).map(|m| m.len()).unwrap_or(0);
    if size > files::MAX_SURVEY_BYTES {
        return Err(Failure::Invalid(Problems::one(
            &shown,
            None,
            format!(
                "the file is {} MiB; a survey export is read whole and may be at most {} MiB: split it",
                size / 1024 / 1024,
                files::MAX_SURVEY_BYTES / 1024 / 1024
            ),
        )));
    }
    let table = Table::open(survey, Sheet::Named("answers"))?;
    // The long format (what `export` writes, as CSV or workbook) is read as `score` reads it:
    // one file per assessment it holds.
    let long = ["assessment", "question_id", "level"]
        .iter()
        .all(|c| table.column(c).is_some());
    let (assessments, framework_key) = if long {
        let (catalog, warnings) = catalog(frameworks)?;
        print_warnings(&warnings);
        let read = long::read_long_table(table, &catalog)?;
        print_warnings(&read.warnings);
        let keys: Vec<String> = read.assessments.iter().map(|(_, f, _)| f.key()).collect();
        let mut key = keys.first().cloned().unwrap_or_default();
        if keys.iter().any(|k| *k != key) {
            key = "several frameworks".to_owned();
        }
        let assessments = read.assessments.into_iter().map(|(a, _, _)| a).collect();
        (assessments, key)
    } else {
        // A survey: the one framework given with --framework, else the built-in one.
        let mut catalog = Catalog::new();
        if frameworks.is_empty() {
            catalog.add_built_in()?;
        } else {
            for path in frameworks {
                catalog.add_path(path)?;
            }
        }
        let framework = match catalog.entries() {
            [one] => std::sync::Arc::clone(&one.framework),
            _ => {
                return Err(Failure::Invalid(Problems::one(
                    &shown,
                    None,
                    format!(
                        "import needs exactly one framework, and --framework gave {}: pass a single framework file",
                        catalog.known()
                    ),
                )));
            }
        };
        let imported = survey::read_survey_table(table, &framework, options)?;
        print_warnings(&imported.warnings);
        if !imported.ignored_columns.is_empty() {
            eprintln!(
                "{shown}: warning: these columns name no question and were left out: {}; if one holds answers, map it with --map \"HEADER=QUESTION-ID\"",
                imported.ignored_columns.join(", ")
            );
        }
        (imported.assessments, framework.key())
    };
    // One file per row, named after its label; never over an existing file.
    let mut names: Vec<PathBuf> = Vec::new();
    for a in &assessments {
        let stem = files::file_stem(&a.label);
        let mut path = output.join(format!("{stem}.ron"));
        let mut n = 2;
        while names.contains(&path) {
            path = output.join(format!("{stem}-{n}.ron"));
            n += 1;
        }
        names.push(path);
    }
    let exists_message = |existing: &[String]| {
        Failure::Output(format!(
            "{}: these files already exist and are left as they are: {}; import into an empty folder or move them",
            files::display_path(output),
            existing.join(", ")
        ))
    };
    let existing: Vec<String> = names
        .iter()
        .filter(|p| p.exists())
        .map(|p| files::display_path(p))
        .collect();
    if !existing.is_empty() {
        return Err(exists_message(&existing));
    }
    std::fs::create_dir_all(output).map_err(|e| {
        Failure::Output(format!(
            "{}: cannot create the folder: {e}",
            files::display_path(output)
        ))
    })?;
    // Each file is created only where none is (the check above is only the early word): if
    // another import got there first, the files this run wrote are taken back.
    let mut written: Vec<&Path> = Vec::new();
    for (a, path) in assessments.iter().zip(&names) {
        let result = a
            .to_ron()
            .map_err(std::io::Error::other)
            .and_then(|text| files::create_new(path, text.as_bytes()));
        if let Err(e) = result {
            for done in &written {
                let _ = std::fs::remove_file(done);
            }
            return Err(if e.kind() == std::io::ErrorKind::AlreadyExists {
                exists_message(&[files::display_path(path)])
            } else {
                Failure::Output(format!(
                    "{}: cannot write the file: {e}",
                    files::display_path(path)
                ))
            });
        }
        written.push(path);
    }
    let report = format!(
        "wrote {} assessments of {framework_key} to {}\n",
        names.len(),
        files::display_path(output)
    );
    stdout(report.as_bytes())
}
