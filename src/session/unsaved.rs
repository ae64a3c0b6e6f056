//! Assessments not yet given a file of their own, kept safe in the app's data folder: each in a
//! file of its own (`unsaved/<time>-<process>.ron`), so that a facilitator can move from group
//! to group, two windows never write one file, and a discarded one is moved aside (and can be
//! brought back), never deleted. Nothing here knows about windows.

use std::path::{Path, PathBuf};

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
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let pid = std::process::id();
    let dir = folder(data_dir);
    (0u32..)
        .map(|n| dir.join(format!("{millis}-{pid}-{n}.ron")))
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{millis}-{pid}.ron")))
}

/// The unsaved assessments, most recently changed first (the first versions' `autosave.ron`
/// among them).
pub fn list(data_dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(folder(data_dir))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| crate::model::catalog::has_extension(p, "ron") && p.is_file())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .chain(Some(data_dir.join(LEGACY_NAME)).filter(|p| p.is_file()))
        .map(|p| {
            let modified = std::fs::metadata(&p)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
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
    let _ = std::fs::write(lock_path(path), std::process::id().to_string());
}

/// Clears this process's mark.
pub fn unlock(path: &Path) {
    let lock = lock_path(path);
    if std::fs::read_to_string(&lock).is_ok_and(|pid| pid.trim() == std::process::id().to_string())
    {
        let _ = std::fs::remove_file(lock);
    }
}

/// Whether another running window has this unsaved assessment open. (A mark left by a window
/// that was killed does not count where the system can tell: on Linux, by its process.)
pub fn open_elsewhere(path: &Path) -> bool {
    let Ok(pid) = std::fs::read_to_string(lock_path(path)) else {
        return false;
    };
    let pid = pid.trim();
    if pid == std::process::id().to_string() {
        return false;
    }
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid).exists()
    } else {
        // Elsewhere a mark is trusted for a day.
        std::fs::metadata(lock_path(path))
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() < 24 * 3600)
    }
}

/// Moves an unsaved assessment to the discarded folder; returns where it went.
pub fn discard(path: &Path, data_dir: &Path) -> std::io::Result<PathBuf> {
    let dir = discarded_folder(data_dir);
    std::fs::create_dir_all(&dir)?;
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
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(name));
    std::fs::rename(path, &target)?;
    let _ = std::fs::remove_file(lock_path(path));
    Ok(target)
}

/// Brings a discarded assessment back to where it was.
pub fn undo_discard(discarded: &Path, original: &Path) -> std::io::Result<()> {
    if original.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "a file is already there",
        ));
    }
    if let Some(dir) = original.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::rename(discarded, original)
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
