//! The command line's words: the commands, their options, and how `--lang` and `--map` read.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::{self};

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
    /// Bring participants' own answers into the team's assessment: every rating kept, what all
    /// who answered chose alike becomes the team's answer, the rest is left to settle.
    Merge {
        /// Each participant's own assessment (.ron); a team's earlier merge may be one of them.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The team's assessment to write (never over another file, except an input).
        #[arg(short, long, value_name = "TEAM.ron", required = true)]
        output: PathBuf,
        /// The team assessment's label.
        #[arg(long, value_name = "L")]
        label: Option<String>,
        /// What to do where the answers differ: leave it to the team, or take the median.
        #[arg(long, value_enum, default_value_t = SettleArg::None)]
        settle: SettleArg,
    },
    /// A framework's texts for translators: one row per text (a stable key, then one column
    /// per language) to .xlsx or .csv; with --apply, a translated sheet back into a new,
    /// validated framework file.
    Texts {
        /// The framework: a .ron file, or the id of a built-in one (its newest version).
        #[arg(value_name = "FRAMEWORK")]
        framework: String,
        /// Where to write: the sheet (.xlsx or .csv), or with --apply the new framework (.ron,
        /// never over an existing file).
        #[arg(short, long, value_name = "OUT", required = true)]
        output: PathBuf,
        /// A translated sheet (.xlsx or .csv) to apply to the framework.
        #[arg(long, value_name = "TEXTS")]
        apply: Option<PathBuf>,
        /// An empty column for a language to translate into (repeatable), e.g. --add-language ht.
        #[arg(long = "add-language", value_name = "CODE")]
        add_language: Vec<String>,
    },
    /// How far a team agreed: per question the ratings, min, max, median and the agreed
    /// level, and Krippendorff's alpha for ordinal data.
    Agreement {
        /// Team assessments (.ron) with ratings.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// `merge --settle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SettleArg {
    None,
    Median,
}

/// `--lang`: an interface language, with or without a region (`pt-BR`, `pt_BR`, `PT`,
/// `es-MX`, `fr-FR`); anything else is a usage error that lists the choices.
pub(super) fn parse_lang(text: &str) -> Result<&'static str, String> {
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
pub(super) fn lang_or_system(lang: Option<&'static str>) -> &'static str {
    lang.unwrap_or_else(i18n::system_language)
}

/// `--map "HEADER=QUESTION-ID"`: split at the last `=` (question ids never hold one).
pub(super) fn parse_map(text: &str) -> Result<(String, String), String> {
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
    pub(super) fn byte(self) -> u8 {
        match self {
            Self::Comma => b',',
            Self::Semicolon => b';',
            Self::Tab => b'\t',
        }
    }
}

/// How `score` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}
