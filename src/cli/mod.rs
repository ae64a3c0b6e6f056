//! The command line (SPEC §6): headless work on framework and assessment files.

mod args;
mod consensus;
mod help;
mod import;
mod score;
mod texts;

use args::lang_or_system;
pub use args::{Cli, Command, Format, Separator, SettleArg};
use consensus::{agreement_command, merge_command};
pub use help::{help_language, localized};
use import::import_command;
use score::score;
pub use score::score_table;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use crate::analysis::scoring::{PillarScore, ScoreCard};
use crate::formats::inputs::{self, Loaded};
use crate::formats::long;
use crate::formats::sheet::CsvStyle;
use crate::formats::survey;
use crate::formats::table::{Sheet, Table, is_workbook};
use crate::formats::{plan, scores};
use crate::i18n::{self, Messages};
use crate::io::files;
use crate::io::problem::{Problem, Problems};
use crate::model::catalog::{self, Catalog};
use crate::model::framework::Framework;
use crate::output::chart;
use crate::output::export::{self, Export, ExportError};

/// The image format `chart` writes, by the output's extension.
fn chart_format(path: &Path) -> Result<chart::ImageFormat, Failure> {
    // `-o -` writes SVG to standard output.
    let format = if is_stdout(path) {
        Some(chart::ImageFormat::Svg)
    } else {
        chart::ImageFormat::of_path(path)
    };
    format.ok_or_else(|| said("cli-chart-format", &[("path", files::display_path(path))]))
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
        over_time: None,
    }
}

/// What went wrong in a command: invalid input (exit 1) or the output could not be written.
enum Failure {
    Invalid(Problems),
    /// An output problem said in the system's language.
    Said(crate::io::problem::Key),
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
        Command::Merge {
            inputs,
            output,
            label,
            settle,
        } => merge_command(frameworks, &inputs, &output, label.as_deref(), settle),
        Command::Agreement { inputs, format } => agreement_command(frameworks, &inputs, format),
        Command::Texts {
            framework,
            output,
            apply,
            add_language,
        } => texts::texts_command(
            frameworks,
            &framework,
            &output,
            apply.as_deref(),
            &add_language,
        ),
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
            eprintln!(
                "{}",
                problems.localized(&Messages::new(i18n::system_language()))
            );
            ExitCode::from(1)
        }
        Err(Failure::Said(key)) => {
            eprintln!("{}", key.say(&cli_messages()));
            ExitCode::from(1)
        }
    }
}

/// The command line's messages: in the system's language.
fn cli_messages() -> Messages {
    Messages::new(i18n::system_language())
}

/// A failure to write, said in the system's language.
fn said(id: &'static str, args: &[(&'static str, String)]) -> Failure {
    Failure::Said(crate::io::problem::Key::new(id, args))
}

/// Warnings on standard error, in the system's language.
fn print_warnings(warnings: &[Problem]) {
    if warnings.is_empty() {
        return;
    }
    let msgs = Messages::new(i18n::system_language());
    for w in warnings {
        eprintln!("{}", w.localized(&msgs));
    }
}

/// Writes to standard output, treating a closed pipe as a normal end.
fn stdout(bytes: &[u8]) -> Result<(), Failure> {
    stdout_parts(&[bytes])
}

/// Writes parts of a command's output one after the other (see [`stdout`]).
fn stdout_parts(parts: &[impl AsRef<[u8]>]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    let written = parts.iter().try_for_each(|p| out.write_all(p.as_ref()));
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => Err(said("cli-stdout", &[("error", e.to_string())])),
    }
}

/// Writes a command's output to a file or, for `None` or `-`, standard output (SPEC §6: a
/// link, a pipe or a device is written through, never replaced).
fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<(), Failure> {
    match path {
        None => stdout(bytes),
        Some(p) if is_stdout(p) => stdout(bytes),
        Some(p) => files::write_output_file(p, bytes).map_err(|e| {
            said(
                "cli-cannot-write",
                &[("path", files::display_path(p)), ("error", e.to_string())],
            )
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
                        "{}",
                        cli_messages().format(
                            "cli-valid",
                            &[
                                ("path", files::display_path(&file).into()),
                                ("framework", f.key().into()),
                                ("pillars", f.pillars.len().into()),
                                ("questions", f.questions().count().into()),
                            ],
                        )
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
        .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
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
    // The inputs are judged first (mixed frameworks, too few pillars), then the file name.
    chart::ChartData::new(&pairs(&loaded), lang)
        .map_err(|e| whole_input_problem(&loaded, e.key()))?;
    let format = chart_format(output)?;
    let options = export_options(lang, "", CsvStyle::default(), (width, height));
    let bytes = match export::render(Export::Chart(format), &pairs(&loaded), None, &options) {
        Ok(bytes) => bytes,
        // A size out of bounds is the output's problem; anything else is the inputs'.
        Err(ExportError::Chart(e @ (chart::ChartError::Size(..) | chart::ChartError::Draw(_)))) => {
            return Err(Failure::Said(
                crate::io::problem::Key::new(
                    "cli-path-problem",
                    &[("path", files::display_path(output))],
                )
                .around(e.key()),
            ));
        }
        Err(e) => return Err(whole_input_problem(&loaded, e.key())),
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
fn whole_input_problem(loaded: &[Loaded], key: crate::io::problem::Key) -> Failure {
    let first = loaded
        .first()
        .map_or_else(String::new, |l| l.source.clone());
    Failure::Invalid(Problems(vec![Problem::from_key(&first, None, key)]))
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
        .map_err(|e| whole_input_problem(&loaded, e.key()))?;
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
    .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
    write_output(output, &buf)
}
