//! The window: wires eframe's frames, the [`AppState`] and the platform (zoom, theme, title,
//! dropped files, eframe's storage). What the app does is decided in [`crate::state`].

use std::path::PathBuf;

use eframe::egui;

use super::theme;
use super::views::{
    compare, conflict, consensus, details, editor, path_prompt, pillars, plan, question, results,
    start, status, topbar,
};
use crate::state::{Action, AppConfig, AppState, Prefs, ThemeChoice, View};

/// eframe's name for the app: its storage folder and window class.
pub const APP_ID: &str = "Pilares";

/// The Pilares desktop app.
pub struct PilaresApp {
    state: AppState,
    /// The view drawn last frame, and how many times a view was entered: scroll positions are
    /// per visit, so every view opens at its top.
    drawn_view: View,
    visit: u64,
    title: String,
    /// The zoom and theme last given to egui (the state's preferences may have changed since).
    applied: Option<(f32, ThemeChoice)>,
    /// In the browser: the picker's answers and the downloads.
    #[cfg(target_arch = "wasm32")]
    web: super::web::Bridge,
}

impl PilaresApp {
    /// The app with its frameworks loaded and any autosaved assessment offered for restoring.
    pub fn new(config: AppConfig) -> Self {
        Self {
            state: AppState::new(config),
            drawn_view: View::Start,
            visit: 0,
            title: String::new(),
            applied: None,
            #[cfg(target_arch = "wasm32")]
            web: super::web::Bridge::default(),
        }
    }

    /// The app in a web page: preferences from the browser's storage (eframe's), the
    /// assessments in the page's storage, the browser's file picker and downloads.
    #[cfg(target_arch = "wasm32")]
    pub fn for_the_web(cc: &eframe::CreationContext<'_>) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, eframe::APP_KEY))
            .unwrap_or_default();
        let bridge = super::web::Bridge::default();
        let mut app = Self::new(AppConfig {
            data_dir: PathBuf::from("/data"),
            picker: Box::new(super::web::WebPicker::new(
                bridge.clone(),
                cc.egui_ctx.clone(),
            )),
            prefs,
            frameworks: Vec::new(),
            local_frameworks: None,
            open: Vec::new(),
            // No threads in the page: each save is written at once (to memory and storage).
            background_saves: false,
            today: crate::io::clock::today,
        });
        app.web = bridge;
        app
    }

    /// The app as eframe starts it: preferences from eframe's storage, the autosave in eframe's
    /// data folder, the native file dialogs.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        frameworks: Vec<PathBuf>,
        open: Vec<PathBuf>,
    ) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, eframe::APP_KEY))
            .unwrap_or_default();
        let data_dir =
            eframe::storage_dir(APP_ID).unwrap_or_else(|| std::env::temp_dir().join(APP_ID));
        Self::new(AppConfig {
            data_dir,
            picker: Box::new(super::NativePicker::default()),
            prefs,
            frameworks,
            local_frameworks: std::env::current_dir().ok().map(|d| d.join("frameworks")),
            open,
            background_saves: true,
            today: crate::io::clock::today,
        })
    }

    /// The app's state, for reading.
    pub fn model(&self) -> &AppState {
        &self.state
    }

    /// Applies one action, as a view would have asked.
    pub fn apply(&mut self, action: Action) {
        self.state.apply(action);
    }

    /// The preferences, when they changed since they were last stored.
    pub fn prefs_to_store(&mut self) -> Option<&Prefs> {
        self.state.prefs_to_store()
    }

    /// Gives egui the zoom and theme of the preferences, when they changed.
    fn sync_style(&mut self, ctx: &egui::Context) {
        let prefs = self.state.prefs();
        let zoom = if prefs.projector {
            prefs.zoom * theme::PROJECTOR_ZOOM
        } else {
            prefs.zoom
        };
        theme::set_projector(ctx, prefs.projector);
        let wanted = (zoom, prefs.theme);
        match self.applied {
            None => {
                theme::install(ctx);
                theme::apply(ctx, wanted.1);
                ctx.set_zoom_factor(wanted.0);
            }
            Some((zoom, choice)) => {
                if zoom != wanted.0 {
                    ctx.set_zoom_factor(wanted.0);
                }
                if choice != wanted.1 {
                    theme::apply(ctx, wanted.1);
                }
            }
        }
        self.applied = Some(wanted);
    }

    /// Draws one frame and applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.sync_style(&ctx);
        if self.state.tick() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        self.update_title(&ctx);
        let view = self.state.view();
        if view != self.drawn_view {
            self.visit += 1;
            self.drawn_view = view;
        }

        let mut actions = Vec::new();
        #[cfg(not(target_arch = "wasm32"))]
        dropped_files(&ctx, &mut actions);
        #[cfg(target_arch = "wasm32")]
        {
            self.web.actions(&mut actions);
            self.web.dropped(&ctx, &mut actions);
        }
        // Computed before drawing (it is cached in the state), so the drawing only reads.
        let computed = (view == View::Compare).then(|| self.state.compare_computed());
        let s = &self.state;
        let msgs = s.msgs();
        let side = theme::side_panel_width(ui.available_width());
        let lang = msgs.lang();

        egui::Panel::top("top").show(ui, |ui| {
            topbar::ui(
                ui,
                msgs,
                s.session(),
                view,
                s.prefs(),
                topbar::Tabs {
                    compared: s.compare().items().len(),
                    editing: s.editor().is_some(),
                },
                &mut actions,
            );
        });
        let save_error = s.session().and_then(|s| s.save_error.clone());
        if s.status().is_some() || save_error.is_some() {
            egui::Panel::bottom("status").show(ui, |ui| {
                status::ui(
                    ui,
                    msgs,
                    s.status(),
                    save_error.as_ref(),
                    s.can_undo(),
                    &mut actions,
                );
            });
        }
        match (s.session(), view, computed) {
            (_, View::Editor, _) if s.editor().is_some() => {
                if let Some(editor) = s.editor() {
                    egui::Panel::left("editor-outline")
                        .default_size(side)
                        .resizable(true)
                        .show(ui, |ui| editor::outline_ui(ui, msgs, editor, &mut actions));
                    // Each part opens at its top (a scroll area of its own).
                    egui::CentralPanel::default().show(ui, |ui| {
                        ui.push_id(("editor-part", editor.part), |ui| {
                            editor::ui(ui, msgs, editor, &mut actions);
                        });
                    });
                }
            }
            (_, View::Compare, Some(computed)) => {
                egui::Panel::left("compare-list")
                    .default_size(side)
                    .resizable(true)
                    .show(ui, |ui| {
                        compare::list_ui(ui, msgs, s.compare(), &mut actions)
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    compare::ui(ui, msgs, s.compare(), &computed, &mut actions);
                });
            }
            (Some(session), view, _)
                if view != View::Start && view != View::Compare && view != View::Editor =>
            {
                egui::Panel::left("pillars")
                    .default_size(side)
                    .resizable(true)
                    .show(ui, |ui| {
                        pillars::ui(ui, msgs, session, view, lang, &mut actions)
                    });
                if session.conflict.is_some() {
                    egui::Panel::top("conflict").show(ui, |ui| {
                        conflict::ui(ui, msgs, session, lang, &mut actions);
                    });
                }
                // Previous and next in a bar of their own: always in view.
                if let View::Question(i) = view {
                    egui::Panel::bottom("question-nav").show(ui, |ui| {
                        question::nav_bar(ui, msgs, session, i, &mut actions)
                    });
                }
                // A new visit of a view is a new scroll area: every view opens at its top.
                let visit = self.visit;
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.push_id(("visit", visit), |ui| match view {
                        View::Details => details::ui(ui, msgs, session, lang, &mut actions),
                        View::Question(i) => {
                            question::ui(ui, msgs, session, i, lang, &mut actions);
                        }
                        View::Results => results::ui(ui, msgs, session, lang, &mut actions),
                        View::Consensus => consensus::ui(ui, msgs, session, lang, &mut actions),
                        View::Plan => plan::ui(
                            ui,
                            msgs,
                            session,
                            s.baseline(),
                            s.today(),
                            lang,
                            &mut actions,
                        ),
                        View::Start | View::Compare | View::Editor => {}
                    })
                });
            }
            _ => {
                let visit = self.visit;
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.push_id(("visit", visit), |ui| {
                        start::ui(
                            ui,
                            msgs,
                            &s.catalog().offered(),
                            &s.prefs().recent,
                            start::Kept {
                                items: s.unsaved(),
                                confirm_discard: s.confirm_discard_of(),
                                framework_draft: s.framework_draft(),
                            },
                            s.session(),
                            &mut actions,
                        )
                    });
                });
            }
        }

        if let Some(prompt) = s.prompt() {
            path_prompt::ui(&ctx, msgs, prompt, &mut actions);
        }

        // While the app asks for a path, nothing behind the prompt acts (keys on a question).
        if s.prompt().is_some() {
            actions.retain(|a| {
                matches!(
                    a,
                    Action::PromptText(_) | Action::PromptConfirm | Action::PromptCancel
                )
            });
        }

        for action in actions {
            self.state.apply(action);
        }
        #[cfg(target_arch = "wasm32")]
        self.web.send_downloads(self.state.take_downloads());
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.state.session() {
            Some(s) if !s.assessment.label.trim().is_empty() => {
                format!("{} — Pilares", s.assessment.label.trim())
            }
            _ => "Pilares".to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        // Screen readers name the window from the accessibility tree's root, which egui
        // rebuilds unnamed every pass.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            root.set_label(self.title.clone());
        });
    }
}

impl eframe::App for PilaresApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.show(ui);
        if let Some(prefs) = self.prefs_to_store().cloned()
            && let Some(storage) = frame.storage_mut()
        {
            eframe::set_value(storage, eframe::APP_KEY, &prefs);
            storage.flush();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, self.state.prefs());
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn on_exit(&mut self) {
        self.state.shut_down();
    }

    #[cfg(target_arch = "wasm32")]
    fn on_exit(&mut self, _: Option<&eframe::glow::Context>) {
        self.state.shut_down();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn dropped_files(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if !dropped.is_empty() {
        actions.push(Action::Dropped(dropped));
    }
}
