//! The assessments set side by side: which are shown, the comparison computed once per change,
//! and how files join it.

use std::path::PathBuf;

use super::{Action, AppState, Status, View, problems_text};
use crate::analysis::compare::Comparison;
use crate::formats::inputs::{self, Loaded};
use crate::io::files;
use crate::model::assessment::Assessment;
use crate::model::catalog;
use crate::model::framework::Framework;
use crate::output::chart::ChartData;

/// A comparison and its chart, or why there is none.
pub type Computed = std::sync::Arc<Result<(Comparison, ChartData), String>>;

/// The assessments opened for comparison, each shown or hidden.
#[derive(Clone, Debug, Default)]
pub struct CompareSet {
    /// Private, so that every change goes through a method that forgets the cached comparison.
    items: Vec<CompareItem>,
    /// The comparison of the shown items in one language, computed once per change rather
    /// than every frame.
    cached: Option<(String, Computed)>,
    /// The facilitator's word on whether these are one team over time (so that "change" is
    /// shown), over what the dates and labels suggest; `None` until they say.
    over_time: Option<bool>,
}

/// One assessment in the comparison.
#[derive(Clone, Debug)]
pub struct CompareItem {
    pub loaded: Loaded,
    pub visible: bool,
}

impl CompareSet {
    /// The comparison of the shown items in `lang`, computed again only after a change.
    pub fn computed(
        &mut self,
        lang: &str,
    ) -> std::sync::Arc<Result<(Comparison, ChartData), String>> {
        if let Some((cached_lang, result)) = &self.cached
            && cached_lang == lang
        {
            return std::sync::Arc::clone(result);
        }
        let result = std::sync::Arc::new(self.compute(lang));
        self.cached = Some((lang.to_owned(), std::sync::Arc::clone(&result)));
        result
    }

    /// The assessments, shown or hidden, in the order they were added.
    pub fn items(&self) -> &[CompareItem] {
        &self.items
    }

    /// Whether an assessment with this label is in the set already.
    pub fn has_label(&self, label: &str) -> Option<&CompareItem> {
        self.items
            .iter()
            .find(|i| i.loaded.assessment.label == label)
    }

    /// Adds one assessment, shown.
    pub fn push(&mut self, loaded: Loaded) {
        self.items.push(CompareItem {
            loaded,
            visible: true,
        });
        self.cached = None;
    }

    /// Shows or hides the n-th assessment.
    pub fn toggle(&mut self, k: usize) {
        if let Some(item) = self.items.get_mut(k) {
            item.visible = !item.visible;
            self.cached = None;
        }
    }

    /// Takes every assessment out.
    pub fn clear(&mut self) {
        self.items.clear();
        self.over_time = None;
        self.cached = None;
    }

    /// The facilitator says whether these are one team over time.
    pub fn set_over_time(&mut self, over_time: bool) {
        self.over_time = Some(over_time);
        self.cached = None;
    }

    /// The facilitator's word on "one team over time", if they gave it.
    pub fn over_time_choice(&self) -> Option<bool> {
        self.over_time
    }

    /// The shown assessments with their index in the set (which fixes their colour).
    pub fn visible(&self) -> Vec<(usize, &Assessment, &Framework)> {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.visible)
            .map(|(k, i)| (k, &i.loaded.assessment, i.loaded.framework.as_ref()))
            .collect()
    }

    /// The comparison and the chart of the shown assessments.
    pub fn compute(&self, lang: &str) -> Result<(Comparison, ChartData), String> {
        let visible = self.visible();
        let items: Vec<(&Assessment, &Framework)> =
            visible.iter().map(|(_, a, f)| (*a, *f)).collect();
        let msgs = crate::i18n::Messages::new(lang);
        let mut cmp = Comparison::new(&items).map_err(|e| e.key().say(&msgs))?;
        if let Some(over_time) = self.over_time {
            cmp.over_time = over_time;
        }
        let on_shared: Vec<(&Assessment, &Framework)> = cmp
            .assessments
            .iter()
            .map(|a| (a, &cmp.framework))
            .collect();
        let mut data = ChartData::new(&on_shared, lang).map_err(|e| e.key().say(&msgs))?;
        for (series, (k, _, _)) in data.series.iter_mut().zip(&visible) {
            series.style = *k;
        }
        Ok((cmp, data))
    }
}

impl AppState {
    /// Puts the open assessment in the comparison, then asks for others to set beside it.
    pub(super) fn compare_with_current(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        if self.compare.has_label(&session.assessment.label).is_none() {
            let source = session
                .file()
                .map_or_else(|| self.msgs.get("kept-in-autosave"), files::display_path);
            self.compare.push(Loaded {
                assessment: session.assessment.clone(),
                framework: std::sync::Arc::clone(&session.framework),
                source,
            });
        }
        self.view = View::Compare;
        self.apply(Action::CompareOpen);
    }

    /// Asks for assessment files (.ron, long .csv or .xlsx) and adds them.
    pub(super) fn compare_open(&mut self) {
        let paths = match self.preset.take() {
            Some(path) => vec![path],
            None => {
                let title = self.msgs.get("dialog-compare");
                let filter = self.msgs.get("filter-assessments");
                let paths = self
                    .picker
                    .open_many(&title, &filter, &["ron", "csv", "xlsx"]);
                if paths.is_empty() {
                    self.no_answer(Action::CompareOpen, false, None);
                }
                paths
            }
        };
        if !paths.is_empty() {
            self.add_to_compare(&paths);
        }
    }

    pub(super) fn add_to_compare(&mut self, paths: &[PathBuf]) {
        match inputs::load_shown(paths, &self.catalog) {
            Ok(outcome) => {
                let mut notes: Vec<String> = outcome
                    .warnings
                    .iter()
                    .map(|w| w.localized(&self.msgs))
                    .collect();
                for loaded in outcome.loaded {
                    let label = &loaded.assessment.label;
                    if let Some(other) = self.compare.has_label(label) {
                        notes.push(self.msgs.format(
                            "compare-duplicate",
                            &[
                                ("label", label.clone().into()),
                                ("source", loaded.source.clone().into()),
                                ("other", other.loaded.source.clone().into()),
                            ],
                        ));
                        continue;
                    }
                    self.compare.push(loaded);
                }
                self.status = (!notes.is_empty()).then(|| Status {
                    text: notes.join("\n"),
                    error: false,
                });
                if !self.compare.items().is_empty() {
                    self.view = View::Compare;
                }
            }
            Err(problems) => self.error(problems_text(&problems, &self.msgs)),
        }
    }
}

/// What files dropped onto the window do.
#[derive(Debug, PartialEq)]
pub(super) enum Drop {
    /// Open one assessment to work on.
    Open(PathBuf),
    /// Add assessments (.ron, long .csv) to the comparison.
    Compare(Vec<PathBuf>),
    /// A file that is neither: say so rather than do nothing.
    Refuse(PathBuf),
}

/// One assessment file opens it, except on the comparison screen; several files, or a CSV
/// (which may hold many assessments), go to the comparison; anything else is refused.
pub(super) fn route_drop(view: View, paths: &[PathBuf]) -> Drop {
    if let Some(other) = paths
        .iter()
        .find(|p| !catalog::has_extension(p, "ron") && !inputs::is_table(p))
    {
        return Drop::Refuse(other.clone());
    }
    match paths {
        [one] if view != View::Compare && catalog::has_extension(one, "ron") => {
            Drop::Open(one.clone())
        }
        _ => Drop::Compare(paths.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{Drop, View, route_drop};

    #[test]
    fn dropped_files_open_compare_or_are_refused_by_kind() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            route_drop(View::Start, &[p("a.ron")]),
            Drop::Open(p("a.ron"))
        );
        assert_eq!(
            route_drop(View::Results, &[p("a.RON")]),
            Drop::Open(p("a.RON"))
        );
        // On the comparison screen one more file joins the comparison.
        assert_eq!(
            route_drop(View::Compare, &[p("a.ron")]),
            Drop::Compare(vec![p("a.ron")])
        );
        assert_eq!(
            route_drop(View::Start, &[p("survey.csv")]),
            Drop::Compare(vec![p("survey.csv")])
        );
        assert_eq!(
            route_drop(View::Start, &[p("a.ron"), p("b.ron")]),
            Drop::Compare(vec![p("a.ron"), p("b.ron")])
        );
        assert_eq!(
            route_drop(View::Start, &[p("a.ron"), p("notes.docx")]),
            Drop::Refuse(p("notes.docx"))
        );
    }
}
