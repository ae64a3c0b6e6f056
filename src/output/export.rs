//! The one place that decides what an export contains: the report, the chart, the long CSV and
//! the workbook of some assessments. The command line and the app both call [`render`], so a
//! file made from the window and one made by a script are the same file.

use crate::formats::long;
use crate::formats::sheet::{CsvStyle, WriteError};
use crate::formats::workbook;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::output::chart::{self, ChartData, ChartError, ImageFormat};
use crate::output::report::{self, ReportError};

/// What an export is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The printable HTML report.
    Report,
    /// The radar chart as an image.
    Chart(ImageFormat),
    /// The long CSV of every answer.
    Csv,
    /// The analysts' workbook: answers, scores and plan sheets.
    Workbook,
}

impl Export {
    /// The file extension, the file-type filter's message id and the save dialog's title id.
    pub fn target(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Report => ("html", "filter-html", "dialog-export-report"),
            Self::Chart(ImageFormat::Png) => ("png", "filter-png", "dialog-export-chart"),
            Self::Chart(ImageFormat::Svg) => ("svg", "filter-svg", "dialog-export-chart"),
            Self::Csv => ("csv", "filter-csv", "dialog-export-csv"),
            Self::Workbook => ("xlsx", "filter-xlsx", "dialog-export-workbook"),
        }
    }

    /// Whether this build makes it: in the browser the chart is offered as SVG only (plotters
    /// cannot draw text into an image there; see [`crate::output::chart::render_png`]).
    pub fn offered(self) -> bool {
        !(cfg!(target_arch = "wasm32") && matches!(self, Self::Chart(ImageFormat::Png)))
    }
}

/// How an export is made, beyond what it contains.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    /// The language of every text in it.
    pub lang: &'a str,
    /// Today's date (ISO), against which the report judges overdue actions.
    pub today: &'a str,
    /// The CSV's separator, line ends and byte-order mark.
    pub csv: CsvStyle,
    /// The chart's size in pixels.
    pub chart_size: (u32, u32),
    /// Whether the report treats the assessments as one team over time (showing change),
    /// as someone said; `None` lets the dates and labels decide.
    pub over_time: Option<bool>,
}

/// Why an export cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error(transparent)]
    Chart(#[from] ChartError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl ExportError {
    /// This error as an interface message, to be said in the user's language.
    pub fn key(&self) -> crate::io::problem::Key {
        match self {
            Self::Report(ReportError::Compare(e)) => e.key(),
            Self::Report(ReportError::Chart(e)) | Self::Chart(e) => e.key(),
            Self::Write(e) => {
                crate::io::problem::Key::new("cli-cannot-export", &[("error", e.to_string())])
            }
        }
    }
}

/// The language of an output about `framework` asked for in `lang`: `lang` where the framework
/// has every text in it, else the framework's default language when the interface speaks it.
pub fn output_language<'a>(framework: &'a Framework, lang: &'a str) -> &'a str {
    let chosen = framework.language_for(lang);
    if crate::i18n::supported(chosen) == chosen {
        chosen
    } else {
        lang
    }
}

/// The bytes of `kind` for `items`. `chart` is the chart to draw when the caller has one with
/// its own series styles (the comparison keeps each group's colour); else it is drawn from
/// `items`.
pub fn render(
    kind: Export,
    items: &[(&Assessment, &Framework)],
    chart: Option<&ChartData>,
    options: &Options<'_>,
) -> Result<Vec<u8>, ExportError> {
    // One output, one language: the one asked for where the framework has every text in it,
    // else the framework's own, for the interface's words as much as the framework's texts.
    let lang = items
        .first()
        .map_or(options.lang, |(_, f)| output_language(f, options.lang));
    let options = &Options { lang, ..*options };
    match kind {
        Export::Report => {
            Ok(
                report::render_with(items, options.lang, options.today, options.over_time)?
                    .into_bytes(),
            )
        }
        Export::Chart(format) => {
            let (width, height) = options.chart_size;
            let drawn;
            let data = match chart {
                Some(data) => data,
                None => {
                    drawn = ChartData::new(items, options.lang)?;
                    &drawn
                }
            };
            Ok(chart::render(data, format, width, height)?)
        }
        Export::Csv => {
            let mut bytes = Vec::new();
            long::write_long_styled(&mut bytes, items.iter().copied(), options.lang, options.csv)?;
            Ok(bytes)
        }
        Export::Workbook => Ok(workbook::write_workbook(items, options.lang)?),
    }
}
