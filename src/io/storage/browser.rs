//! The browser's file system: a [`MemoryFs`] for this page, every change kept in the browser's
//! `localStorage`, read back when the page loads.
//!
//! What is kept: assessments and frameworks (`.ron`) and the app's own files (`/data`). Tables
//! opened to compare or import are read at once and not kept (the user has them; the browser's
//! space, about 5 MB, is kept for the work). One tab at a time: a tab that opens Pilares takes
//! over, and an earlier tab is told at its next change that it no longer keeps anything (its
//! work can still be downloaded), so two tabs never write over each other.

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};

use super::memory::{Keeper, MemoryFs, decode, encode};

/// Keys of kept files start with this; the rest is the file's path.
const PREFIX: &str = "pilares:file:";

/// Where exports are written before they are downloaded: not kept (they are the user's now).
pub const DOWNLOADS: &str = "/downloads";

/// The key holding the id of the tab that keeps the files.
const TAB_KEY: &str = "pilares:tab";

thread_local! {
    static FS: RefCell<Option<MemoryFs>> = const { RefCell::new(None) };
    /// Another tab opened Pilares since this one did.
    static TAKEN_OVER: Cell<bool> = const { Cell::new(false) };
}

/// Whether a file is kept across visits (see the module's text).
fn kept(path: &Path) -> bool {
    !path.starts_with(DOWNLOADS)
        && (path.starts_with("/data")
            || path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron")))
}

/// Makes this tab the one that keeps the files, and listens for another taking over.
fn claim(storage: &web_sys::Storage) {
    use wasm_bindgen::JsCast as _;
    let id = format!("{}-{}", super::now_ms(), js_sys::Math::random());
    let _ = storage.set_item(TAB_KEY, &id);
    // `storage` events come from other tabs only.
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
        move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(TAB_KEY) && event.new_value().as_deref() != Some(&id)
            {
                TAKEN_OVER.with(|t| t.set(true));
            }
        },
    );
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    }
    // Listens for the page's whole life.
    listener.forget();
}

/// The page's storage, if the browser gives one (private windows of some browsers do not).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Keeps each change in `localStorage`.
struct LocalStorage;

impl Keeper for LocalStorage {
    fn keep(&mut self, path: &Path, bytes: Option<&[u8]>) -> std::io::Result<()> {
        if !kept(path) {
            return Ok(());
        }
        if TAKEN_OVER.with(Cell::get) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::ResourceBusy,
                "Pilares was opened in another tab of this browser, which now keeps the files",
            ));
        }
        let Some(storage) = local_storage() else {
            return Err(std::io::Error::other(
                "this browser keeps no files for this page (a private window?): \
                 download your assessment to keep it",
            ));
        };
        let key = format!("{PREFIX}{}", path.display());
        let done = match bytes {
            Some(b) => storage.set_item(&key, &encode(b, super::now_ms())),
            None => storage.remove_item(&key),
        };
        done.map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "the browser's storage for Pilares is full",
            )
        })
    }
}

/// Every file kept by earlier visits.
fn load() -> MemoryFs {
    let mut fs = MemoryFs::new(Box::new(LocalStorage), super::now_ms);
    if let Some(storage) = local_storage() {
        claim(&storage);
        let count = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect();
        for key in keys {
            let Some(value) = storage.get_item(&key).ok().flatten() else {
                continue;
            };
            if let Some((bytes, ms)) = decode(&value) {
                fs.restore(&PathBuf::from(&key[PREFIX.len()..]), bytes, ms);
            }
        }
    }
    // The folders the app writes to exist, as a computer's would.
    let _ = fs.create_dir_all(Path::new(DOWNLOADS));
    let _ = fs.create_dir_all(Path::new(FILES));
    fs
}

/// Files the user opened or saved (the browser's picker gives bytes, not paths).
pub const FILES: &str = "/files";

/// Runs `f` on the page's file system, loading it on first use.
pub fn with<T>(f: impl FnOnce(&mut MemoryFs) -> T) -> T {
    FS.with(|cell| {
        let mut slot = cell.borrow_mut();
        let fs = slot.get_or_insert_with(load);
        f(fs)
    })
}
