//! Where the app's files live: the one way the core reads and writes them.
//!
//! On a computer that is the file system. In the browser there is none: files live in the
//! page's memory ([`memory::MemoryFs`]) and are kept in the browser's storage after every
//! change ([`browser`]), so an assessment survives a reload; files come in through the
//! browser's file picker and go out as downloads (`ui::web`). Everything above `io` goes
//! through these functions, never `std::fs`, so the same code runs in both places.

use std::io::Read;
use std::path::{Path, PathBuf};

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod memory;

/// What the app needs to know of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meta {
    /// Its size in bytes (0 for a folder).
    pub len: u64,
    /// Whether it is a folder.
    pub is_dir: bool,
    /// When it was last changed, in milliseconds since 1970 (0 when unknown).
    pub modified_ms: u64,
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{Meta, Path, PathBuf, Read};

    pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::write(path, bytes)
    }

    pub fn metadata(path: &Path) -> std::io::Result<Meta> {
        let meta = std::fs::metadata(path)?;
        let modified_ms = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        Ok(Meta {
            len: meta.len(),
            is_dir: meta.is_dir(),
            modified_ms,
        })
    }

    pub fn read_dir(path: &Path) -> std::io::Result<Vec<PathBuf>> {
        Ok(std::fs::read_dir(path)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect())
    }

    pub fn create_dir_all(path: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(path)
    }

    pub fn rename(from: &Path, to: &Path) -> std::io::Result<()> {
        std::fs::rename(from, to)
    }

    pub fn remove_file(path: &Path) -> std::io::Result<()> {
        std::fs::remove_file(path)
    }

    pub fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(std::fs::File::open(path)?))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{Meta, Path, PathBuf, Read, browser};

    pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
        browser::with(|fs| fs.read(path))
    }

    pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        browser::with(|fs| fs.write(path, bytes))
    }

    pub fn metadata(path: &Path) -> std::io::Result<Meta> {
        browser::with(|fs| fs.metadata(path))
    }

    pub fn read_dir(path: &Path) -> std::io::Result<Vec<PathBuf>> {
        browser::with(|fs| fs.read_dir(path))
    }

    pub fn create_dir_all(path: &Path) -> std::io::Result<()> {
        browser::with(|fs| fs.create_dir_all(path))
    }

    pub fn rename(from: &Path, to: &Path) -> std::io::Result<()> {
        browser::with(|fs| fs.rename(from, to))
    }

    pub fn remove_file(path: &Path) -> std::io::Result<()> {
        browser::with(|fs| fs.remove_file(path))
    }

    pub fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(std::io::Cursor::new(read(path)?)))
    }
}

/// A whole file.
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    imp::read(path)
}

/// A whole file as UTF-8 text.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read(path)?)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// Writes a whole file, replacing it (for files only the app writes: marks, drafts; the
/// user's files go through [`crate::io::files::atomic_write`]).
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    imp::write(path, bytes)
}

/// A file's size, kind and time.
pub fn metadata(path: &Path) -> std::io::Result<Meta> {
    imp::metadata(path)
}

/// Whether anything (a file or a folder) is at `path`.
pub fn exists(path: &Path) -> bool {
    metadata(path).is_ok()
}

/// Whether a file (not a folder) is at `path`.
pub fn is_file(path: &Path) -> bool {
    metadata(path).is_ok_and(|m| !m.is_dir)
}

/// Whether a folder is at `path`.
pub fn is_dir(path: &Path) -> bool {
    metadata(path).is_ok_and(|m| m.is_dir)
}

/// What a folder holds (files and folders), in no particular order.
pub fn read_dir(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    imp::read_dir(path)
}

/// Makes a folder and the folders above it.
pub fn create_dir_all(path: &Path) -> std::io::Result<()> {
    imp::create_dir_all(path)
}

/// Moves a file.
pub fn rename(from: &Path, to: &Path) -> std::io::Result<()> {
    imp::rename(from, to)
}

/// Removes a file.
pub fn remove_file(path: &Path) -> std::io::Result<()> {
    imp::remove_file(path)
}

/// A file to read from, for files too large to hold whole (on a computer).
pub fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    imp::open(path)
}

/// Who is writing: this process on a computer; in the browser, the page (one at a time).
pub fn writer_id() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::process::id().to_string()
    }
    #[cfg(target_arch = "wasm32")]
    {
        "browser".to_owned()
    }
}

/// Milliseconds since 1970 by the computer's clock (0 if it is before 1970).
pub fn now_ms() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
    }
    #[cfg(target_arch = "wasm32")]
    {
        // Whole milliseconds well within f64's exact range.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let ms = js_sys::Date::now().max(0.0) as u64;
        ms
    }
}

/// The names a new file called `name` may take in `folder`, in order: `name`, then `stem-2.ext`,
/// `stem-3.ext`… (up to 9,999), so that a copy never takes another file's place.
pub fn names(folder: &Path, name: &str) -> impl Iterator<Item = PathBuf> {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), format!(".{ext}")),
        _ => (name.to_owned(), String::new()),
    };
    let (folder, name) = (folder.to_owned(), name.to_owned());
    (1u32..10_000).map(move |n| match n {
        1 => folder.join(&name),
        n => folder.join(format!("{stem}-{n}{ext}")),
    })
}

/// The first of [`names`] that nothing is at yet.
pub fn free_name(folder: &Path, name: &str) -> Option<PathBuf> {
    names(folder, name).find(|p| !exists(p))
}

/// Where a file that arrives as bytes (the browser's picker, a file dropped on the page) is
/// kept: `folder/name`, or `name-2`, `name-3`… when a different file already has that name, so
/// that one never replaces another (the copy there may hold changes made since). The same
/// bytes under the same name are the same file: its path is given back.
pub fn arrive(folder: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    // Only the name: a picker's name never reaches outside the folder.
    let name = Path::new(name)
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    create_dir_all(folder)?;
    for path in names(folder, &name) {
        match read(&path) {
            Ok(there) if there == bytes => return Ok(path),
            Ok(_) => {}
            Err(_) if !exists(&path) => {
                crate::io::files::create_new(&path, bytes)?;
                return Ok(path);
            }
            Err(_) => {}
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        format!("too many files named {name}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_arrives_never_replaces_another() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("files");
        let first = arrive(&folder, "honduras.ron", b"one").expect("arrive");
        assert_eq!(first, folder.join("honduras.ron"));
        assert_eq!(
            arrive(&folder, "honduras.ron", b"one").expect("again"),
            first,
            "the same file is the same file"
        );
        let second = arrive(&folder, "../honduras.ron", b"two").expect("another");
        assert_eq!(second, folder.join("honduras-2.ron"));
        assert_eq!(read(&first).expect("read"), b"one");
        assert_eq!(read(&second).expect("read"), b"two");
        assert_eq!(
            arrive(&folder, "notes", b"x").expect("no extension"),
            folder.join("notes")
        );
    }
}
