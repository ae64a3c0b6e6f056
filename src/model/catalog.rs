//! The frameworks known to a run: the built-in ones embedded in the binary, and those given
//! with `--framework PATH` or found in `frameworks/`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::io::files;
use crate::io::problem::{Problem, Problems};
use crate::model::framework::Framework;

/// The built-in framework files, embedded so that the binary works from any folder. 1.0.0
/// opens the assessments made on it; new assessments start on the newest version (2.0.0),
/// to which 1.0.0's answers carry (its `carry` map).
pub const BUILT_IN: &[(&str, &str)] = &[
    ("tpd-ict.ron", include_str!("../../frameworks/tpd-ict.ron")),
    (
        "tpd-ict-2.0.ron",
        include_str!("../../frameworks/tpd-ict-2.0.ron"),
    ),
];

/// Where a framework came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    BuiltIn(&'static str),
    File(PathBuf),
}

impl Source {
    /// How messages name it.
    pub fn shown(&self) -> String {
        match self {
            Self::BuiltIn(name) => format!("built-in:{name}"),
            Self::File(path) => files::display_path(path),
        }
    }
}

/// A loaded framework and its source.
#[derive(Clone, Debug)]
pub struct Entry {
    pub framework: Arc<Framework>,
    pub source: Source,
}

/// Every framework a run can use. The first one added with a given id and version wins, so
/// files given on the command line come before the built-in ones.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
    /// `(id, version)` of every built-in framework, also where a file with the same id and
    /// version came first (a copy of `frameworks/` beside the program).
    built_in: Vec<(String, String)>,
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the built-in frameworks.
    pub fn add_built_in(&mut self) -> Result<(), Problems> {
        for (name, text) in BUILT_IN {
            let framework = Framework::from_ron(text, &format!("built-in:{name}"))?;
            self.built_in
                .push((framework.id.clone(), framework.version.clone()));
            self.add(framework, Source::BuiltIn(name));
        }
        Ok(())
    }

    /// The built-in frameworks only.
    pub fn built_in() -> Result<Self, Problems> {
        let mut catalog = Self::new();
        catalog.add_built_in()?;
        Ok(catalog)
    }

    /// Adds a framework, unless one with the same id and version is already there.
    pub fn add(&mut self, framework: Framework, source: Source) {
        let known = self
            .entries
            .iter()
            .any(|e| e.framework.id == framework.id && e.framework.version == framework.version);
        if !known {
            self.entries.push(Entry {
                framework: Arc::new(framework),
                source,
            });
        }
    }

    /// Puts a framework in the catalog in place of what the same source held before (a file
    /// saved again from the editor), else at the end. Returns its index.
    pub fn put(&mut self, framework: Framework, source: Source) -> usize {
        let entry = Entry {
            framework: Arc::new(framework),
            source,
        };
        match self.entries.iter().position(|e| e.source == entry.source) {
            Some(k) => {
                self.entries[k] = entry;
                k
            }
            None => {
                self.entries.push(entry);
                self.entries.len() - 1
            }
        }
    }

    /// Adds a framework file, or every `.ron` file in a folder. Returns how many were added;
    /// every problem in every file is reported.
    pub fn add_path(&mut self, path: &Path) -> Result<usize, Problems> {
        let paths = framework_files(path)?;
        let mut problems = Vec::new();
        let mut added = 0;
        for file in paths {
            match Framework::load(&file) {
                Ok(framework) => {
                    self.add(framework, Source::File(file));
                    added += 1;
                }
                Err(Problems(p)) => problems.extend(p),
            }
        }
        if problems.is_empty() {
            Ok(added)
        } else {
            Err(Problems(problems))
        }
    }

    /// All frameworks, in the order they were added.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The framework with this id and version; else the newest version with this id (the
    /// caller warns that the versions differ). `None` when no framework has the id.
    pub fn find(&self, id: &str, version: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.framework.id == id && e.framework.version == version)
            .or_else(|| {
                self.entries
                    .iter()
                    .filter(|e| e.framework.id == id)
                    .max_by(|a, b| compare_versions(&a.framework.version, &b.framework.version))
            })
    }

    /// The frameworks a new assessment may start on, with their index among
    /// [`Catalog::entries`]: every one, except a built-in version (or a file copy of one) that
    /// a newer version of the same framework supersedes: it stays to open the assessments made
    /// on it.
    pub fn offered(&self) -> Vec<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let superseded = self.entries.iter().any(|other| {
                    other.framework.id == e.framework.id
                        && compare_versions(&other.framework.version, &e.framework.version)
                            == std::cmp::Ordering::Greater
                });
                let built_in = self
                    .built_in
                    .iter()
                    .any(|(id, v)| *id == e.framework.id && *v == e.framework.version);
                !(built_in && superseded)
            })
            .collect()
    }

    /// The newest version of the framework with this id.
    pub fn newest(&self, id: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .filter(|e| e.framework.id == id)
            .max_by(|a, b| compare_versions(&a.framework.version, &b.framework.version))
    }

    /// The first framework that has a question with this id.
    pub fn find_by_question(&self, question_id: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.framework.question(question_id).is_some())
    }

    /// `id version` of every framework, for messages.
    pub fn known(&self) -> String {
        let keys: Vec<String> = self.entries.iter().map(|e| e.framework.key()).collect();
        if keys.is_empty() {
            "none".to_owned()
        } else {
            keys.join(", ")
        }
    }
}

/// The framework files a path names: the file itself, or the `.ron` files in a folder
/// (sorted, not recursive).
pub fn framework_files(path: &Path) -> Result<Vec<PathBuf>, Problems> {
    let shown = files::display_path(path);
    let meta = crate::io::storage::metadata(path)
        .map_err(|e| Problems::io(&shown, "problem-unreadable", &e))?;
    if !meta.is_dir {
        return Ok(vec![path.to_owned()]);
    }
    let mut out = Vec::new();
    let dir = crate::io::storage::read_dir(path)
        .map_err(|e| Problems::io(&shown, "problem-unlistable", &e))?;
    for p in dir {
        if crate::io::storage::is_file(&p) && has_extension(&p, "ron") {
            out.push(p);
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Problems::keyed(&shown, None, "problem-no-frameworks", &[]));
    }
    Ok(out)
}

/// Whether a path ends in `.ext` (any case).
pub fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Orders versions like `1.2.10` > `1.2.9`: numeric parts numerically, others as text.
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |v: &str| -> Vec<(u64, String)> {
        v.split(['.', '-'])
            .map(|p| (p.parse().unwrap_or(0), p.to_owned()))
            .collect()
    };
    parts(a).cmp(&parts(b))
}

/// What [`Catalog::gather`] could not load.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Framework files the user named that do not load: the command line stops on these.
    pub errors: Vec<Problem>,
    /// Files in the local folder that do not load: skipped, with a warning.
    pub warnings: Vec<Problem>,
}

impl Gathered {
    /// Every problem, errors first.
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.errors.iter().chain(&self.warnings)
    }
}

impl Catalog {
    /// The one rule by which the command line and the app find frameworks: the files the user
    /// named (`--framework`, files added in the app) first, then the local `frameworks/`
    /// folder, then the built-in ones. An earlier source wins for the same id and version.
    pub fn gather(explicit: &[PathBuf], local_folder: Option<&Path>) -> (Self, Gathered) {
        let mut catalog = Self::new();
        let mut gathered = Gathered::default();
        for path in explicit {
            if let Err(Problems(p)) = catalog.add_path(path) {
                gathered.errors.extend(p);
            }
        }
        if let Some(folder) = local_folder {
            gathered.warnings = add_local_folder(&mut catalog, folder);
        }
        if let Err(Problems(p)) = catalog.add_built_in() {
            gathered.errors.extend(p);
        }
        (catalog, gathered)
    }
}

/// Warnings about framework files in `./frameworks/` that could not be loaded: such a folder is
/// read implicitly, so a broken file there must not stop work on other files.
pub fn add_local_folder(catalog: &mut Catalog, folder: &Path) -> Vec<Problem> {
    if !crate::io::storage::is_dir(folder) {
        return Vec::new();
    }
    match catalog.add_path(folder) {
        Ok(_) => Vec::new(),
        Err(Problems(problems)) => problems
            .into_iter()
            .map(|p| {
                let key = p.key.clone().map(|inner| {
                    crate::io::problem::Key::new("problem-framework-skipped", &[]).around(inner)
                });
                Problem {
                    severity: crate::io::problem::Severity::Warning,
                    message: format!("{} (this framework file is skipped)", p.message),
                    key,
                    ..p
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_order_numerically() {
        use std::cmp::Ordering::*;
        assert_eq!(compare_versions("1.2.10", "1.2.9"), Greater);
        assert_eq!(compare_versions("1.0.0", "1.0.0"), Equal);
        assert_eq!(compare_versions("1.0", "1.0.1"), Less);
    }

    #[test]
    fn built_in_loads_and_finds_by_version() {
        let catalog = Catalog::built_in().expect("built-in frameworks are valid");
        let entry = catalog
            .find("tpd-ict", "1.0.0")
            .expect("built-in framework");
        assert_eq!(entry.source, Source::BuiltIn("tpd-ict.ron"));
        // Another version of the same framework falls back to the one we have.
        assert!(catalog.find("tpd-ict", "0.9.0").is_some());
        assert!(catalog.find("nope", "1.0.0").is_none());
    }

    #[test]
    fn new_assessments_are_offered_the_newest_version_also_beside_a_copy_of_the_folder() {
        let offered = |c: &Catalog| -> Vec<String> {
            c.offered().iter().map(|(_, e)| e.framework.key()).collect()
        };
        let catalog = Catalog::built_in().expect("built-in");
        assert_eq!(offered(&catalog), ["tpd-ict 2.0.0"]);
        // The repository's frameworks/ folder, read before the built-in ones: the same.
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("frameworks");
        let (catalog, gathered) = Catalog::gather(&[], Some(&folder));
        assert!(gathered.errors.is_empty() && gathered.warnings.is_empty());
        assert_eq!(offered(&catalog), ["tpd-ict 2.0.0"]);
        assert!(
            catalog.find("tpd-ict", "1.0.0").is_some(),
            "still opens old files"
        );
    }
}
