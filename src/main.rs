//! The `pilares` binary: with a subcommand it works headless; without one it opens the app.

use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _};
use pilares::cli::{self, Cli};

fn main() -> ExitCode {
    // `--help` and usage errors in the user's language (`--lang`, else the system's).
    let args: Vec<String> = std::env::args().collect();
    let command = cli::localized(Cli::command(), cli::help_language(&args));
    let cli = Cli::from_arg_matches(&command.get_matches_from(&args)).unwrap_or_else(|e| e.exit());
    if let Err(e) = cli.check_files() {
        e.exit();
    }
    match cli.command {
        Some(command) => cli::run(&cli.frameworks, command),
        None => run_app(cli.frameworks, cli.files),
    }
}

/// Without the window (built with `--no-default-features`): say so, as a usage error.
#[cfg(not(feature = "app"))]
fn run_app(_: Vec<std::path::PathBuf>, _: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "pilares: this build has no window (it was built without the `app` feature); the commands work: see `pilares --help`"
    );
    ExitCode::from(2)
}

#[cfg(feature = "app")]
fn run_app(frameworks: Vec<std::path::PathBuf>, files: Vec<std::path::PathBuf>) -> ExitCode {
    use eframe::egui;
    use pilares::ui::{APP_ID, PilaresApp};

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Pilares")
            .with_app_id("pilares")
            .with_inner_size([1200.0, 820.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            Ok(Box::new(PilaresApp::from_creation_context(
                cc, frameworks, files,
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "pilares: cannot open the window: {e}\nThe commands work without one: see `pilares --help`."
            );
            ExitCode::FAILURE
        }
    }
}
