//! The app in a web page: the entry point, the browser's file picker as a [`FilePicker`]
//! (its answers come later, as [`Action::Picked`]), downloads for what the app saves, and
//! files dropped on the page. The files themselves live in the page's storage
//! (`io::storage::browser`).

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use eframe::egui;
use eframe::wasm_bindgen::JsCast as _;
use eframe::wasm_bindgen::JsValue;

use crate::io::storage::{self, browser};
use crate::state::{Action, FilePicker};

/// What the picker and the page share: answers that came in, files to download once written.
#[derive(Clone, Default)]
pub struct Bridge {
    answers: Rc<RefCell<Vec<Vec<PathBuf>>>>,
    downloads: Rc<RefCell<Vec<PathBuf>>>,
    dropped: Rc<RefCell<Vec<PathBuf>>>,
}

impl Bridge {
    /// Answers of the browser's picker since the last frame, as actions.
    pub fn actions(&self, actions: &mut Vec<Action>) {
        actions.extend(self.answers.borrow_mut().drain(..).map(Action::Picked));
    }

    /// Files dropped on the page (the browser gives their bytes, later, not a path): kept in
    /// the page's storage, then handled as a dropped file is.
    pub fn dropped(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let files: Vec<egui::DroppedFileHandle> = ctx.input(|i| i.raw.dropped_files.clone());
        if !files.is_empty() {
            let arrived = self.dropped.clone();
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut paths = Vec::new();
                for file in files {
                    let name = file.path().to_string_lossy().into_owned();
                    match file.bytes_async().await {
                        Ok(bytes) => {
                            match storage::arrive(Path::new(browser::FILES), &name, &bytes) {
                                Ok(path) => paths.push(path),
                                Err(e) => log_error(&format!("{name}: {e}")),
                            }
                        }
                        Err(e) => log_error(&format!("{name}: {e}")),
                    }
                }
                arrived.borrow_mut().extend(paths);
                ctx.request_repaint();
            });
        }
        let paths: Vec<PathBuf> = self.dropped.borrow_mut().drain(..).collect();
        if !paths.is_empty() {
            actions.push(Action::Dropped(paths));
        }
    }

    /// Downloads what the app wrote where the picker said (a file never written, the app said
    /// why, is let go) and the files the app was asked to download.
    pub fn send_downloads(&self, asked: Vec<PathBuf>) {
        let written: Vec<PathBuf> = self.downloads.borrow_mut().drain(..).collect();
        for path in written.into_iter().chain(asked) {
            if let Ok(bytes) = storage::read(&path) {
                let name = path.file_name().map_or_else(
                    || "pilares".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if download(&name, &bytes).is_err() {
                    log_error(&format!("could not download {name}"));
                }
                if path.starts_with(browser::DOWNLOADS) {
                    let _ = storage::remove_file(&path);
                }
            }
        }
    }
}

/// The browser's file picker: opening asks the page's own dialog (rfd), which answers later;
/// saving needs no dialog: the file is written in the page's storage, then downloaded.
pub struct WebPicker {
    bridge: Bridge,
    ctx: egui::Context,
    later: bool,
}

impl WebPicker {
    /// A picker that wakes `ctx` when an answer comes.
    pub fn new(bridge: Bridge, ctx: egui::Context) -> Self {
        Self {
            bridge,
            ctx,
            later: false,
        }
    }

    fn ask(&mut self, title: &str, filter_name: &str, exts: &[&str], many: bool) {
        self.later = true;
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter(filter_name, exts);
        let answers = self.bridge.answers.clone();
        let ctx = self.ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let handles = if many {
                dialog.pick_files().await.unwrap_or_default()
            } else {
                dialog.pick_file().await.into_iter().collect()
            };
            let mut paths = Vec::new();
            for handle in handles {
                let bytes = handle.read().await;
                match storage::arrive(Path::new(browser::FILES), &handle.file_name(), &bytes) {
                    Ok(path) => paths.push(path),
                    Err(e) => log_error(&format!("{}: {e}", handle.file_name())),
                }
            }
            answers.borrow_mut().push(paths);
            ctx.request_repaint();
        });
    }
}

impl FilePicker for WebPicker {
    fn open(&mut self, title: &str, filter_name: &str, ext: &str) -> Option<PathBuf> {
        self.ask(title, filter_name, &[ext], false);
        None
    }

    fn open_many(&mut self, title: &str, filter_name: &str, exts: &[&str]) -> Vec<PathBuf> {
        self.ask(title, filter_name, exts, true);
        Vec::new()
    }

    fn save(&mut self, _: &str, _: &str, ext: &str, file_name: &str) -> Option<PathBuf> {
        self.later = false;
        // An assessment or a framework is kept in the page (it is worked on there, and saved
        // on every change); an export only passes through on its way to the downloads.
        let folder = if ext == "ron" {
            browser::FILES
        } else {
            browser::DOWNLOADS
        };
        let folder = Path::new(folder);
        let _ = storage::create_dir_all(folder);
        let name = if file_name.contains('.') {
            file_name.to_owned()
        } else {
            format!("{file_name}.{ext}")
        };
        let path = storage::free_name(folder, &name)?;
        self.bridge.downloads.borrow_mut().push(path.clone());
        Some(path)
    }

    fn answers_later(&self) -> bool {
        self.later
    }
}

/// Gives `bytes` to the browser as a download named `name`.
fn download(name: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Let go of the bytes a minute later: revoked at once, some browsers cancel the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

fn log_error(text: &str) {
    web_sys::console::error_1(&JsValue::from_str(text));
}

/// Starts the app in the page's canvas `pilares`, and takes the loading text away (or says
/// what went wrong in its place).
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = document
            .get_element_by_id("pilares")
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            log_error("the page has no canvas with id \"pilares\"");
            return;
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| Ok(Box::new(super::PilaresApp::for_the_web(cc)))),
            )
            .await;
        if let Some(loading) = document.get_element_by_id("loading") {
            match started {
                Ok(()) => loading.remove(),
                Err(e) => {
                    loading.set_text_content(Some(
                        "Pilares could not start in this browser (it needs WebGL 2). \
                         Pilares no pudo iniciarse en este navegador (necesita WebGL 2).",
                    ));
                    log_error(&format!("{e:?}"));
                }
            }
        }
    });
}
