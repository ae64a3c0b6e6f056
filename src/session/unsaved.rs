//! Assessments not yet given a file of their own, kept safe in the app's data folder: each in a
//! file of its own (`unsaved/<time>-<process>.ron`), so that a facilitator can move from group
//! to group, two windows never write one file, and a discarded one is moved aside (and can be
//! brought back), never deleted. Nothing here knows about windows.

use std::path::{Path, PathBuf};

use crate::io::storage;

/// The file the first versions kept their one unsaved assessment in; still offered back.
pub const LEGACY_NAME: &str = "autosave.ron";

/// Where unsaved assessments are kept.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("unsaved")
}

/// Where discarded ones are moved to.
pub fn discarded_folder(data_dir: &Path) -> PathBuf {
    data_dir.join("discarded")
}

/// A new file name for an unsaved assessment, used by no other: the time, this process, and a
/// counter.
pub fn new_path(data_dir: &Path) -> PathBuf {
    let millis = storage::now_ms();
    let pid = storage::writer_id();
    let dir = folder(data_dir);
    (0u32..)
        .map(|n| dir.join(format!("{millis}-{pid}-{n}.ron")))
        .find(|p| !storage::exists(p))
        .unwrap_or_else(|| dir.join(format!("{millis}-{pid}.ron")))
}

/// The unsaved assessments, most recently changed first (the first versions' `autosave.ron`
/// among them).
pub fn list(data_dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<(u64, PathBuf)> = storage::read_dir(&folder(data_dir))
        .unwrap_or_default()
        .into_iter()
        .filter(|p| crate::model::catalog::has_extension(p, "ron") && storage::is_file(p))
        .chain(Some(data_dir.join(LEGACY_NAME)).filter(|p| storage::is_file(p)))
        .map(|p| {
            let modified = storage::metadata(&p).map_or(0, |m| m.modified_ms);
            (modified, p)
        })
        .collect();
    found.sort_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, p)| p).collect()
}

fn lock_path(path: &Path) -> PathBuf {
    path.with_extension("lock")
}

/// Marks an unsaved assessment as open in this process.
pub fn lock(path: &Path) {
    let _ = storage::write(&lock_path(path), storage::writer_id().as_bytes());
}

/// Clears this process's mark.
pub fn unlock(path: &Path) {
    let lock = lock_path(path);
    if storage::read_to_string(&lock).is_ok_and(|pid| pid.trim() == storage::writer_id()) {
        let _ = storage::remove_file(&lock);
    }
}

/// Whether another running window has this unsaved assessment open. (A mark left by a window
/// that was killed does not count where the system can tell: on Linux, by its process.)
pub fn open_elsewhere(path: &Path) -> bool {
    let Ok(pid) = storage::read_to_string(&lock_path(path)) else {
        return false;
    };
    let pid = pid.trim();
    if pid == storage::writer_id() {
        // This window's own mark; in the browser, the page's (one page at a time).
        return false;
    }
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid).exists()
    } else {
        // Elsewhere a mark is trusted for a day.
        storage::metadata(&lock_path(path))
            .is_ok_and(|m| storage::now_ms().saturating_sub(m.modified_ms) < 24 * 3600 * 1000)
    }
}

/// Moves an unsaved assessment to the discarded folder; returns where it went.
pub fn discard(path: &Path, data_dir: &Path) -> std::io::Result<PathBuf> {
    let dir = discarded_folder(data_dir);
    storage::create_dir_all(&dir)?;
    let name = path.file_name().map_or_else(
        || "assessment.ron".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let target = (1u32..)
        .map(|n| {
            if n == 1 {
                dir.join(&name)
            } else {
                dir.join(format!("{n}-{name}"))
            }
        })
        .find(|p| !storage::exists(p))
        .unwrap_or_else(|| dir.join(name));
    storage::rename(path, &target)?;
    let _ = storage::remove_file(&lock_path(path));
    Ok(target)
}

/// Brings a discarded assessment back to where it was.
pub fn undo_discard(discarded: &Path, original: &Path) -> std::io::Result<()> {
    if storage::exists(original) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "a file is already there",
        ));
    }
    if let Some(dir) = original.parent() {
        storage::create_dir_all(dir)?;
    }
    storage::rename(discarded, original)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_new_assessment_has_its_own_file_and_discarding_moves_it_aside() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = new_path(dir.path());
        std::fs::create_dir_all(folder(dir.path())).expect("mkdir");
        std::fs::write(&a, "a").expect("write");
        let b = new_path(dir.path());
        assert_ne!(a, b);
        std::fs::write(&b, "b").expect("write");
        std::fs::write(dir.path().join(LEGACY_NAME), "old").expect("write");
        assert_eq!(list(dir.path()).len(), 3);
        let gone = discard(&a, dir.path()).expect("discard");
        assert!(!a.exists() && gone.is_file());
        assert_eq!(list(dir.path()).len(), 2);
        undo_discard(&gone, &a).expect("undo");
        assert_eq!(std::fs::read_to_string(&a).expect("back"), "a");
        // This process's own mark is not "elsewhere"; another live process's is.
        lock(&b);
        assert!(!open_elsewhere(&b));
        unlock(&b);
        assert!(!b.with_extension("lock").exists());
        #[cfg(target_os = "linux")]
        {
            std::fs::write(b.with_extension("lock"), "1").expect("init's mark");
            assert!(open_elsewhere(&b), "pid 1 is always running");
            std::fs::write(b.with_extension("lock"), "999999999").expect("a dead mark");
            assert!(!open_elsewhere(&b));
        }
    }
}
