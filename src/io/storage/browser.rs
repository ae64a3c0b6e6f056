//! The browser's file system: a [`MemoryFs`] for this page, every change kept in the browser's
//! `localStorage`, read back when the page loads. One page at a time: two tabs of the app each
//! hold their own copy, and the last to write a file wins.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use super::memory::{Keeper, MemoryFs, decode, encode};

/// Keys of kept files start with this; the rest is the file's path.
const PREFIX: &str = "pilares:file:";

/// Where exports are written before they are downloaded: not kept (they are the user's now).
pub const DOWNLOADS: &str = "/downloads";

thread_local! {
    static FS: RefCell<Option<MemoryFs>> = const { RefCell::new(None) };
}

/// The page's storage, if the browser gives one (private windows of some browsers do not).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Keeps each change in `localStorage`.
struct LocalStorage;

impl Keeper for LocalStorage {
    fn keep(&mut self, path: &Path, bytes: Option<&[u8]>) -> std::io::Result<()> {
        if path.starts_with(DOWNLOADS) {
            return Ok(());
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
            std::io::Error::other(
                "the browser's storage for this page is full: download your assessments \
                 and remove those you no longer need",
            )
        })
    }
}

/// Every file kept by earlier visits.
fn load() -> MemoryFs {
    let mut fs = MemoryFs::new(Box::new(LocalStorage), super::now_ms);
    if let Some(storage) = local_storage() {
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
