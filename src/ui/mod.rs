//! The desktop app. Each view draws the state it is given and returns what the user asked for
//! as [`Action`]s; [`PilaresApp`] applies them after the frame is drawn, so the model never
//! changes half-way through a frame. The model itself ([`crate::session`]) knows nothing of egui.

mod app;
mod compare;
mod conflict;
mod date_field;
mod details;
mod path_prompt;
mod picker;
mod pillars;
mod plan;
mod question;
mod radar;
mod results;
mod start;
mod theme;
mod topbar;

pub use app::{APP_ID, AppConfig, AutosaveOffer, PilaresApp, Prefs, Status, ThemeChoice, Unsaved};
pub use compare::{CompareItem, CompareSet};
pub use picker::{FilePicker, NativePicker, ScriptedPicker};

use std::path::PathBuf;

use crate::session::Edit;

/// Which screen the main panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Start,
    Details,
    /// The n-th question in scope.
    Question(usize),
    Results,
    /// Targets and actions.
    Plan,
    /// Several assessments side by side.
    Compare,
}

/// The format of an exported chart.
pub use crate::output::chart::ImageFormat as ChartFormat;

/// What the results and the comparison export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Report,
    Chart(ChartFormat),
    Csv,
    /// The analysts' workbook: answers, scores and plan sheets.
    Workbook,
}

impl ExportKind {
    /// The file extension, the file-type filter's message id and the save dialog's title id.
    pub fn target(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Report => ("html", "filter-html", "dialog-export-report"),
            Self::Chart(ChartFormat::Png) => ("png", "filter-png", "dialog-export-chart"),
            Self::Chart(ChartFormat::Svg) => ("svg", "filter-svg", "dialog-export-chart"),
            Self::Csv => ("csv", "filter-csv", "dialog-export-csv"),
            Self::Workbook => ("xlsx", "filter-xlsx", "dialog-export-workbook"),
        }
    }
}

/// A key of the question view. It names no question: it acts on the question shown when it
/// is applied, so keys typed faster than frames are applied in order, each to its question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKey {
    /// The n-th level of the scale (keys 1–9).
    Level(usize),
    /// One level down the list (↓), or the first.
    Down,
    /// One level up the list (↑), or the first.
    Up,
    /// Toggle not applicable (N).
    NotApplicable,
}

/// Everything a user can ask for. Views return these; the app applies them after drawing.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLanguage(&'static str),
    SetZoom(f32),
    SetTheme(ThemeChoice),
    /// Start a new assessment on the n-th framework of the catalog.
    New(usize),
    /// Pick a framework file, add it to the catalog, and start a new assessment on it.
    NewFromFrameworkFile,
    /// Pick an assessment file and open it.
    Open,
    OpenPath(PathBuf),
    /// Go on with an assessment not yet in a file.
    RestoreUnsaved(PathBuf),
    /// Load a framework file the user confirmed (one an autosave names).
    UseFrameworkFile(PathBuf),
    /// Ask whether to discard an unsaved assessment.
    DiscardUnsaved(PathBuf),
    /// Yes: move it to the discarded folder (it can be brought back).
    ConfirmDiscard(PathBuf),
    CancelDiscard,
    /// Bring the last discarded assessment back.
    UndoDiscard,
    Edit(Edit),
    Show(View),
    /// The questions, at the one the team was on last.
    ShowQuestions,
    /// A key of the question view, applied to the question shown when its turn comes.
    QuestionKey(QuestionKey),
    Next,
    Previous,
    /// Give a new assessment a file of its own.
    SaveAs,
    /// The open assessment's report, chart or answers, in the interface's language.
    Export(ExportKind),
    /// Back to the start screen (everything is already saved).
    Close,
    DismissStatus,
    /// Pick assessment files (.ron or long .csv) and add them to the comparison.
    CompareOpen,
    ComparePaths(Vec<PathBuf>),
    /// Files dropped onto the window: opened, compared or refused by their kind.
    Dropped(Vec<PathBuf>),
    /// Show or hide the n-th assessment of the comparison.
    CompareToggle(usize),
    CompareClear,
    /// Put the open assessment in the comparison, then pick others to set beside it.
    CompareWithCurrent,
    CompareExport(ExportKind),
    /// Pick an earlier assessment to show beside the plan.
    OpenBaseline,
    CloseBaseline,
    /// The path typed where the file dialog could not open.
    PromptText(String),
    PromptConfirm,
    PromptCancel,
    /// Someone else changed the open file: merge answer by answer.
    ConflictMerge,
    /// Take the other person's version (ours is kept as a copy).
    ConflictTakeTheirs,
    /// Keep ours as a copy beside theirs, and go on in the copy.
    ConflictKeepMine,
    /// Which side to keep where both changed an answer.
    ConflictChoose(String, crate::session::conflict::Side),
}
