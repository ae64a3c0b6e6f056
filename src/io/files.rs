//! Reading and writing the user's files: size limits, UTF-8, atomic writes, output files that
//! never replace a link, a pipe or a device, files created only where none is, RON parsing that
//! reports every problem with its position.

#[cfg(not(target_arch = "wasm32"))]
use std::io::Write;
use std::path::Path;

use crate::io::problem::Problems;
use crate::io::storage::{self, Meta};

/// The largest survey export `import` reads (its rows are held in memory).
pub const MAX_SURVEY_BYTES: u64 = 64 * 1024 * 1024;

/// A file name from a label: lower-case letters and digits, runs of anything else as one `-`.
/// Never empty, never a path.
pub fn file_stem(label: &str) -> String {
    let mut stem = String::new();
    for c in label.trim().chars() {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "assessment".to_owned()
    } else {
        stem.chars().take(80).collect()
    }
}

/// The name a path is shown by in messages. In the browser the user's files are known by
/// their names alone (the page's folders are its own affair).
pub fn display_path(path: &Path) -> String {
    #[cfg(target_arch = "wasm32")]
    if path.starts_with(crate::io::storage::browser::FILES)
        || path.starts_with(crate::io::storage::browser::DOWNLOADS)
    {
        if let Some(name) = path.file_name() {
            return name.to_string_lossy().into_owned();
        }
    }
    path.display().to_string()
}

/// Reads a whole text file of at most `limit_bytes`, as UTF-8.
pub fn read_text(path: &Path, limit_bytes: u64) -> Result<String, Problems> {
    let shown = display_path(path);
    let meta = file_metadata(path, &shown)?;
    if meta.len > limit_bytes {
        return Err(Problems::keyed(
            &shown,
            None,
            "problem-too-large",
            &[
                ("size", (meta.len / (1024 * 1024)).to_string()),
                ("limit", (limit_bytes / (1024 * 1024)).to_string()),
            ],
        ));
    }
    let mut bytes =
        storage::read(path).map_err(|e| Problems::io(&shown, "problem-unreadable", &e))?;
    // Notepad and other Windows editors start UTF-8 files with a byte order mark.
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    utf8(bytes, &shown)
}

/// Checks that bytes are UTF-8, naming the line of the first bad byte.
pub fn utf8(bytes: Vec<u8>, shown: &str) -> Result<String, Problems> {
    String::from_utf8(bytes).map_err(|e| {
        let bad_at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..bad_at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Problems::keyed(shown, Some((line, col)), "problem-not-utf8", &[])
    })
}

#[cfg(not(target_arch = "wasm32"))]
/// A temporary file holding `bytes` in the folder of `path` (so that a rename is atomic), and
/// that folder.
fn temporary_beside<'p>(
    path: &'p Path,
    bytes: &[u8],
) -> std::io::Result<(&'p Path, tempfile::NamedTempFile)> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".pilares-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    Ok((dir, tmp))
}

/// The metadata of a file the user named, refusing a folder with a message.
pub fn file_metadata(path: &Path, shown: &str) -> Result<Meta, Problems> {
    let meta =
        storage::metadata(path).map_err(|e| Problems::io(shown, "problem-unreadable", &e))?;
    if meta.is_dir {
        return Err(Problems::keyed(shown, None, "problem-is-folder", &[]));
    }
    Ok(meta)
}

/// Writes a file so that it is never seen half-written: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. (In the browser every write is whole.)
#[cfg(target_arch = "wasm32")]
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    storage::write(path, bytes)
}

#[cfg(not(target_arch = "wasm32"))]
/// Writes a file so that it is never seen half-written: a temporary file in the same folder,
/// flushed to disk, then renamed over the target.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (dir, tmp) = temporary_beside(path, bytes)?;
    // The temporary file is private (0600); the result gets the permissions of the file it
    // replaces, or those of an ordinary new file.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(tmp.as_file())?,
    };
    tmp.as_file().set_permissions(permissions)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable where the platform allows opening a folder.
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    // Windows cannot open a folder as a file; its rename is made durable by the file system.
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Writes a command's output file as SPEC §6 says: a path that names something other than a
/// regular file (a symbolic link, a named pipe, a device) is written through and never
/// replaced; a regular file is written atomically. (The command line's: not in the browser.) (`/dev/stdout` is the caller's to send to
/// standard output itself: opened by name it would truncate a file the shell appends to.)
#[cfg(not(target_arch = "wasm32"))]
pub fn write_output_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let through = |p: &Path| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(p)?;
        f.write_all(bytes)?;
        f.flush()
    };
    match std::fs::symlink_metadata(path) {
        // A link (to a file, a pipe, a terminal, a device, or to nothing yet), a pipe or a
        // device: written through, the link and whatever it points to left in place.
        Ok(meta) if meta.file_type().is_symlink() || (!meta.is_file() && !meta.is_dir()) => {
            through(path)
        }
        _ => atomic_write(path, bytes),
    }
}

/// Creates a new file with `bytes`, never over an existing one: the content is written to a
/// temporary file, then linked into place only if nothing is there, so that two runs at once
/// can never both succeed. Fails with `AlreadyExists` when the file exists.
#[cfg(target_arch = "wasm32")]
pub fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // One page writes at a time: nothing can come between the look and the write.
    if storage::exists(path) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "a file is already there",
        ));
    }
    storage::write(path, bytes)
}

#[cfg(not(target_arch = "wasm32"))]
/// Creates a new file with `bytes`, never over an existing one.
pub fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (_, tmp) = temporary_beside(path, bytes)?;
    tmp.as_file()
        .set_permissions(default_permissions(tmp.as_file())?)?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(all(unix, not(target_arch = "wasm32")))]
fn default_permissions(_: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(any(unix, target_arch = "wasm32")))]
fn default_permissions(file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_content() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.ron");
        atomic_write(&path, b"one").expect("write");
        atomic_write(&path, b"two").expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "two");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            // A new file is an ordinary file, not private like the temporary one was.
            assert_eq!(mode(&path), 0o644);
            // A replaced file keeps its permissions.
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
            atomic_write(&path, b"three").expect("write");
            assert_eq!(mode(&path), 0o640);
        }
    }

    #[test]
    fn read_text_refuses_large_and_non_utf8_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let big = dir.path().join("big.ron");
        std::fs::write(&big, vec![b' '; 2048]).expect("write");
        let err = read_text(&big, 1024).expect_err("too large");
        assert!(err.to_string().contains("larger than"), "{err}");

        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, b"ok\nstill ok \xff here").expect("write");
        let err = read_text(&bad, 1 << 24).expect_err("not utf-8");
        assert!(err.to_string().contains("bad.ron:2:10: "), "{err}");

        let err = read_text(dir.path(), 1 << 24).expect_err("folder");
        assert!(err.to_string().contains("is a folder"), "{err}");
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("Honduras — baseline 2026"),
            "honduras-baseline-2026"
        );
        assert_eq!(file_stem("../../etc"), "etc");
        assert_eq!(file_stem("  "), "assessment");
        assert_eq!(file_stem("São Tomé"), "são-tomé");
    }
}
