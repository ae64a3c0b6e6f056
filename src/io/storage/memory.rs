//! Files held in memory: the browser's file system (see [`super::browser`] for how it is kept
//! across reloads), built and tested on every target.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Error, ErrorKind};
use std::path::{Component, Path, PathBuf};

use super::Meta;

/// Told of every change, to keep it (the browser's storage). A refusal (storage full, another
/// tab took over) fails the change so the user is told, but the change stays in the page: it
/// can still be downloaded, which is how the work gets out of a full browser.
pub trait Keeper {
    /// `bytes`: the file's new content, or `None` when it is removed.
    fn keep(&mut self, path: &Path, bytes: Option<&[u8]>) -> std::io::Result<()>;
}

/// Keeps nothing (tests, and files that need not outlive the page).
#[derive(Debug, Default)]
pub struct Forget;

impl Keeper for Forget {
    fn keep(&mut self, _: &Path, _: Option<&[u8]>) -> std::io::Result<()> {
        Ok(())
    }
}

#[derive(Debug)]
struct File {
    bytes: Vec<u8>,
    modified_ms: u64,
}

/// A tree of files and folders in memory. Paths are taken as absolute from `/` (a relative
/// path is read from `/`); `.` and `..` are resolved.
pub struct MemoryFs {
    files: BTreeMap<PathBuf, File>,
    dirs: BTreeSet<PathBuf>,
    keeper: Box<dyn Keeper>,
    clock: fn() -> u64,
}

impl std::fmt::Debug for MemoryFs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryFs")
            .field("files", &self.files.keys().collect::<Vec<_>>())
            .field("dirs", &self.dirs)
            .finish_non_exhaustive()
    }
}

/// `path` as one absolute spelling: `/a/b/c`.
pub fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    for part in path.components() {
        match part {
            Component::Normal(p) => out.push(p),
            Component::ParentDir => {
                out.pop();
            }
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}

fn not_found(path: &Path) -> Error {
    Error::new(
        ErrorKind::NotFound,
        format!("no file {} in this browser's storage", path.display()),
    )
}

impl MemoryFs {
    /// An empty tree whose changes go to `keeper`, dated by `clock` (milliseconds since 1970).
    pub fn new(keeper: Box<dyn Keeper>, clock: fn() -> u64) -> Self {
        Self {
            files: BTreeMap::new(),
            dirs: BTreeSet::new(),
            keeper,
            clock,
        }
    }

    /// Puts back a file kept earlier, without telling the keeper (it is where it came from).
    pub fn restore(&mut self, path: &Path, bytes: Vec<u8>, modified_ms: u64) {
        let path = normal(path);
        self.add_parents(&path);
        self.files.insert(path, File { bytes, modified_ms });
    }

    fn add_parents(&mut self, path: &Path) {
        let mut dir = path.parent();
        while let Some(d) = dir {
            if !self.dirs.insert(d.to_owned()) {
                break;
            }
            dir = d.parent();
        }
    }

    fn is_dir_normal(&self, path: &Path) -> bool {
        path == Path::new("/") || self.dirs.contains(path)
    }

    /// A whole file.
    pub fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.files
            .get(&normal(path))
            .map(|f| f.bytes.clone())
            .ok_or_else(|| not_found(path))
    }

    /// Writes a whole file; its folder must exist, as on a disk.
    pub fn write(&mut self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let path = normal(path);
        if self.is_dir_normal(&path) {
            return Err(Error::new(ErrorKind::IsADirectory, "a folder is there"));
        }
        let parent = path.parent().unwrap_or(Path::new("/"));
        if !self.is_dir_normal(parent) {
            return Err(not_found(parent));
        }
        let modified_ms = (self.clock)();
        self.files.insert(
            path.clone(),
            File {
                bytes: bytes.to_vec(),
                modified_ms,
            },
        );
        self.keeper.keep(&path, Some(bytes))
    }

    /// A file's or folder's size, kind and time.
    pub fn metadata(&self, path: &Path) -> std::io::Result<Meta> {
        let path = normal(path);
        if let Some(f) = self.files.get(&path) {
            return Ok(Meta {
                len: f.bytes.len() as u64,
                is_dir: false,
                modified_ms: f.modified_ms,
            });
        }
        if self.is_dir_normal(&path) {
            return Ok(Meta {
                len: 0,
                is_dir: true,
                modified_ms: 0,
            });
        }
        Err(not_found(&path))
    }

    /// What a folder holds directly.
    pub fn read_dir(&self, path: &Path) -> std::io::Result<Vec<PathBuf>> {
        let path = normal(path);
        if !self.is_dir_normal(&path) {
            return Err(not_found(&path));
        }
        let in_it = |p: &&PathBuf| p.parent() == Some(path.as_path());
        Ok(self
            .dirs
            .iter()
            .filter(in_it)
            .chain(self.files.keys().filter(in_it))
            .cloned()
            .collect())
    }

    /// Makes a folder and those above it.
    pub fn create_dir_all(&mut self, path: &Path) -> std::io::Result<()> {
        let path = normal(path);
        if path.ancestors().any(|a| self.files.contains_key(a)) {
            return Err(Error::new(ErrorKind::AlreadyExists, "a file is there"));
        }
        self.add_parents(&path);
        self.dirs.insert(path);
        Ok(())
    }

    /// Moves a file, replacing one at `to`.
    pub fn rename(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        let (from, to) = (normal(from), normal(to));
        if !self.files.contains_key(&from) {
            return Err(not_found(&from));
        }
        if from == to {
            return Ok(());
        }
        if self.is_dir_normal(&to) {
            return Err(Error::new(ErrorKind::IsADirectory, "a folder is there"));
        }
        let parent = to.parent().unwrap_or(Path::new("/"));
        if !self.is_dir_normal(parent) {
            return Err(not_found(parent));
        }
        let Some(file) = self.files.remove(&from) else {
            return Err(not_found(&from));
        };
        let bytes = file.bytes.clone();
        self.files.insert(to.clone(), file);
        self.keeper.keep(&to, Some(&bytes))?;
        self.keeper.keep(&from, None)
    }

    /// Removes a file.
    pub fn remove_file(&mut self, path: &Path) -> std::io::Result<()> {
        let path = normal(path);
        if self.files.remove(&path).is_none() {
            return Err(not_found(&path));
        }
        self.keeper.keep(&path, None)
    }
}

/// A file's value in storage: `<modified ms>:t:<text>` or `<modified ms>:x:<hex>`.
pub fn encode(bytes: &[u8], modified_ms: u64) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => format!("{modified_ms}:t:{text}"),
        Err(_) => {
            let mut out = format!("{modified_ms}:x:");
            for b in bytes {
                out.push_str(&format!("{b:02x}"));
            }
            out
        }
    }
}

/// A value [`encode`] wrote.
pub fn decode(value: &str) -> Option<(Vec<u8>, u64)> {
    let (ms, rest) = value.split_once(':')?;
    let ms = ms.parse().ok()?;
    if let Some(text) = rest.strip_prefix("t:") {
        return Some((text.as_bytes().to_vec(), ms));
    }
    let hex = rest.strip_prefix("x:")?;
    let bytes = (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect::<Option<Vec<u8>>>()?;
    Some((bytes, ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_bytes_come_back_as_they_were_kept() {
        for bytes in [&b"(label: \"Honduras 2026\")"[..], &[0, 0xff, 0x10, b':']] {
            assert_eq!(decode(&encode(bytes, 42)), Some((bytes.to_vec(), 42)));
        }
    }
    use std::sync::{Arc, Mutex};

    /// Records what it was told, as the browser's storage would hold it.
    #[derive(Clone, Default)]
    struct Recorder(Arc<Mutex<BTreeMap<PathBuf, Vec<u8>>>>, bool);

    impl Keeper for Recorder {
        fn keep(&mut self, path: &Path, bytes: Option<&[u8]>) -> std::io::Result<()> {
            if self.1 {
                return Err(Error::other("the browser's storage is full"));
            }
            let mut kept = self.0.lock().expect("lock");
            match bytes {
                Some(b) => kept.insert(path.to_owned(), b.to_vec()),
                None => kept.remove(path),
            };
            Ok(())
        }
    }

    fn tick() -> u64 {
        static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }

    #[test]
    fn files_and_folders_behave_as_on_a_disk_and_every_change_is_kept() {
        let kept = Recorder::default();
        let mut fs = MemoryFs::new(Box::new(kept.clone()), tick);
        let a = Path::new("/data/unsaved/a.ron");
        assert_eq!(
            fs.write(a, b"x").map_err(|e| e.kind()),
            Err(ErrorKind::NotFound),
            "no folder, no file"
        );
        fs.create_dir_all(Path::new("/data/unsaved"))
            .expect("mkdir");
        fs.write(a, b"first").expect("write");
        fs.write(Path::new("data/./unsaved/../b.ron"), b"b")
            .expect("write");
        assert_eq!(fs.read(Path::new("/data/b.ron")).expect("read"), b"b");
        assert!(fs.metadata(Path::new("/data")).expect("meta").is_dir);
        let earlier = fs.metadata(a).expect("meta").modified_ms;
        fs.write(a, b"second").expect("write");
        let meta = fs.metadata(a).expect("meta");
        assert!(meta.modified_ms > earlier && meta.len == 6 && !meta.is_dir);
        let mut listed = fs.read_dir(Path::new("/data")).expect("ls");
        listed.sort();
        assert_eq!(
            listed,
            [PathBuf::from("/data/b.ron"), PathBuf::from("/data/unsaved")]
        );
        fs.rename(a, Path::new("/data/c.ron")).expect("mv");
        assert!(fs.read(a).is_err());
        fs.remove_file(Path::new("/data/b.ron")).expect("rm");
        let kept = kept.0.lock().expect("lock").clone();
        assert_eq!(
            kept,
            BTreeMap::from([(PathBuf::from("/data/c.ron"), b"second".to_vec())]),
            "the keeper holds exactly what the tree holds"
        );
    }

    #[test]
    fn a_change_the_keeper_refuses_is_told_and_stays_in_the_page_to_be_downloaded() {
        let mut fs = MemoryFs::new(Box::new(Recorder::default()), tick);
        fs.restore(Path::new("/files/a.ron"), b"old".to_vec(), 1);
        fs.keeper = Box::new(Recorder(Arc::default(), true));
        let refused = fs.write(Path::new("/files/a.ron"), b"new");
        assert!(refused.is_err(), "the user is told");
        assert_eq!(fs.read(Path::new("/files/a.ron")).expect("read"), b"new");
    }

    #[test]
    fn moves_and_folders_refuse_what_a_disk_refuses() {
        let mut fs = MemoryFs::new(Box::new(Forget), tick);
        fs.create_dir_all(Path::new("/d/sub")).expect("mkdir");
        fs.write(Path::new("/d/a.ron"), b"a").expect("write");
        fs.rename(Path::new("/d/a.ron"), Path::new("/d/a.ron"))
            .expect("onto itself: nothing happens");
        assert_eq!(fs.read(Path::new("/d/a.ron")).expect("still there"), b"a");
        assert!(
            fs.rename(Path::new("/d/a.ron"), Path::new("/d/sub"))
                .is_err()
        );
        assert!(fs.create_dir_all(Path::new("/d/a.ron/x")).is_err());
        assert!(fs.write(Path::new("/d/sub"), b"x").is_err());
        assert_eq!(fs.read(Path::new("/d/a.ron")).expect("untouched"), b"a");
    }
}
