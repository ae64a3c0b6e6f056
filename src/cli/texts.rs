//! `pilares texts`: a framework's texts out to translators, and their sheet back in.

use std::path::{Path, PathBuf};

use super::{Failure, catalog, cli_messages, print_warnings, said, write_output};
use crate::formats::table::{Sheet, Table, is_workbook};
use crate::formats::texts;
use crate::io::files;
use crate::io::problem::Problems;
use crate::model::framework::Framework;
use crate::model::text::is_language_code;

pub(super) fn texts_command(
    frameworks: &[PathBuf],
    framework: &str,
    output: &Path,
    apply: Option<&Path>,
    extra: &[String],
) -> Result<(), Failure> {
    if let Some(code) = extra.iter().find(|c| !is_language_code(c)) {
        return Err(said("cli-texts-language", &[("code", code.clone())]));
    }
    let f = find(frameworks, framework)?;
    let Some(sheet) = apply else {
        let bytes = if is_workbook(output) {
            texts::write_xlsx(&f, extra)
        } else {
            texts::write_csv(&f, extra)
        }
        .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
        return write_output(Some(output), &bytes);
    };
    let mut table = Table::open(sheet, Sheet::Named("texts"))?;
    let translated = texts::apply(&f, &mut table)?;
    print_warnings(&table.take_warnings());
    // The same checks as `pilares validate`, on the file as it will be written.
    let text = translated
        .to_ron()
        .map_err(|e| said("cli-cannot-export", &[("error", e.to_string())]))?;
    let shown = files::display_path(output);
    Framework::from_ron(&text, &shown)?;
    if super::is_stdout(output) {
        return write_output(None, text.as_bytes());
    }
    files::create_new(output, text.as_bytes()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            said("cli-texts-exists", &[("path", shown.clone())])
        } else {
            said(
                "cli-cannot-write",
                &[("path", shown.clone()), ("error", e.to_string())],
            )
        }
    })?;
    eprintln!(
        "{}",
        cli_messages().format(
            "cli-texts-written",
            &[
                ("path", shown.into()),
                ("languages", texts::languages(&translated).join(", ").into()),
            ],
        )
    );
    Ok(())
}

/// The framework a user names: a file, else the newest built-in (or `--framework`) one with
/// that id.
fn find(frameworks: &[PathBuf], name: &str) -> Result<Framework, Failure> {
    let path = Path::new(name);
    if path.exists() {
        return Ok(Framework::load(path)?);
    }
    let (catalog, warnings) = catalog(frameworks)?;
    print_warnings(&warnings);
    match catalog.newest(name) {
        Some(entry) => Ok(entry.framework.as_ref().clone()),
        None => Err(Failure::Invalid(Problems::keyed(
            name,
            None,
            "cli-texts-no-framework",
            &[("known", catalog.known())],
        ))),
    }
}
