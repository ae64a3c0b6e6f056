//! What the views read of the app's state: nothing here changes it.

use std::path::Path;

use super::{
    AppState, AutosaveOffer, CompareSet, Computed, PathPrompt, Prefs, Status, Unsaved, View,
};
use crate::formats::inputs::Loaded;
use crate::i18n::Messages;
use crate::model::catalog::Catalog;
use crate::session::Session;

impl AppState {
    /// The preferences as they are now.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The open assessment, if any.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// The assessments opened side by side.
    pub fn compare(&self) -> &CompareSet {
        &self.compare
    }

    /// The screen shown.
    pub fn view(&self) -> View {
        self.view
    }

    /// The path the app asks for itself, when the file dialog could not open.
    pub fn prompt(&self) -> Option<&PathPrompt> {
        self.prompt.as_ref()
    }

    /// The status bar's message.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The start screen's offer of the most recent unsaved assessment.
    pub fn offer(&self) -> Option<&AutosaveOffer> {
        self.unsaved.first().map(|u| &u.offer)
    }

    /// The assessments not yet in a file, other than the open one, most recent first.
    pub fn unsaved(&self) -> &[Unsaved] {
        &self.unsaved
    }

    /// The question the team was on last.
    pub fn last_question(&self) -> usize {
        self.last_question
    }

    /// Today's date (ISO), as read at the last [`Self::tick`].
    pub fn today(&self) -> &str {
        &self.today
    }

    /// The earlier assessment shown beside the plan.
    pub fn baseline(&self) -> Option<&Loaded> {
        self.baseline.as_ref()
    }

    /// The framework catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The interface's messages.
    pub fn msgs(&self) -> &Messages {
        &self.msgs
    }

    /// The unsaved assessment whose discarding waits for a yes.
    pub fn confirm_discard_of(&self) -> Option<&Path> {
        self.confirm_discard.as_deref()
    }

    /// Whether the status message can be undone (a discard).
    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// The comparison of the shown assessments, computed again only after a change.
    pub fn compare_computed(&mut self) -> Computed {
        let lang = self.msgs.lang();
        self.compare.computed(lang)
    }
}
