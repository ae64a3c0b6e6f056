//! What a user can ask for: the views return [`Action`]s and [`super::AppState::apply`] carries
//! them out, one after another, after the frame is drawn.

use std::path::PathBuf;

use super::prefs::ThemeChoice;
use crate::session::Edit;
use crate::session::conflict::Side;

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
    /// The team settles what its members rated differently.
    Consensus,
    /// Several assessments side by side.
    Compare,
    /// A framework being written or adapted.
    Editor,
}

/// The format of an exported chart.
pub use crate::output::chart::ImageFormat as ChartFormat;

/// What the results and the comparison export: decided in one place for the app and the
/// command line.
pub use crate::output::export::Export as ExportKind;

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
    /// Projector mode on or off.
    SetProjector(bool),
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
    /// The framework editor.
    Editor(super::editor::EditorAction),
    /// Starts the team's next round: a new assessment on the newest version of the open one's
    /// framework, its answers carried over for the team to confirm.
    NextRound,
    /// The facilitator says whether the comparison is one team over time (change is shown)
    /// or parallel groups (it is not).
    CompareOverTime(bool),
    CompareClear,
    /// Put the open assessment in the comparison, then pick others to set beside it.
    CompareWithCurrent,
    CompareExport(ExportKind),
    /// Set the open team's members side by side in the comparison: one polygon per person.
    CompareMembers,
    /// A copy of the open assessment for one participant to answer alone, before the team
    /// meets: its details, scope and framework, no answers, named after them.
    AnswerAlone(String),
    /// Pick participants' own assessments and bring their answers into the open one.
    BringInParticipants,
    ParticipantPaths(Vec<PathBuf>),
    /// Pick an earlier assessment to show beside the plan.
    OpenBaseline,
    CloseBaseline,
    /// The path typed where the file dialog could not open.
    /// The open assessment's file as it is now, downloaded (the browser's; the page keeps the
    /// file, the user takes a copy).
    Download,
    /// A file dialog that answers later (the browser's) answered: the files chosen, none if it
    /// was cancelled. The action that opened it runs again with them.
    Picked(Vec<PathBuf>),
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
    ConflictChoose(String, Side),
}
