//! The plan's rules: what the next level asks, whether an action is overdue, how actions sort
//! by due date. The results, the plan view and the report all judge actions this way.

use crate::i18n::Messages;
use crate::model::assessment::ActionStatus;
use crate::model::framework::{Framework, Question};

/// "To reach <next level>: <its rubric>" for a question answered at `level`; `None` at the
/// top of the scale. The results, the plan and the report all say it this way.
pub fn to_reach(m: &Messages, f: &Framework, question: &Question, level: i64) -> Option<String> {
    let next = f.next_level(level)?;
    let rubric = question
        .levels
        .get(&next.value)
        .map(|t| f.tr(t, m.lang()))
        .unwrap_or("");
    Some(m.format(
        "results-to-reach",
        &[
            ("level", f.tr(&next.label, m.lang()).to_owned().into()),
            ("rubric", rubric.to_owned().into()),
        ],
    ))
}

/// The message id of an action status.
pub fn status_id(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Planned => "status-planned",
        ActionStatus::InProgress => "status-in-progress",
        ActionStatus::Done => "status-done",
        ActionStatus::Dropped => "status-dropped",
    }
}

/// Whether an action is past its due date and still open.
pub fn is_overdue(due: Option<&str>, status: ActionStatus, today: &str) -> bool {
    matches!(status, ActionStatus::Planned | ActionStatus::InProgress)
        && due.is_some_and(|d| crate::model::assessment::is_iso_date(d) && d < today)
}

/// Sort key for due dates: dated ones in date order, then undated.
pub fn due_key(due: Option<&str>) -> (bool, String) {
    match due {
        Some(d) if crate::model::assessment::is_iso_date(d) => (false, d.to_owned()),
        _ => (true, String::new()),
    }
}
