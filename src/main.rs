//! The `pilares` binary: with a subcommand it works headless; without one it opens the app.

use std::process::ExitCode;

use clap::Parser;
use eframe::egui;
use pilares::cli::{self, Cli};
use pilares::ui::{APP_ID, PilaresApp};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(e) = cli.check_files() {
        e.exit();
    }
    match cli.command {
        Some(command) => cli::run(&cli.frameworks, command),
        None => run_app(cli.frameworks, cli.files),
    }
}

fn run_app(frameworks: Vec<std::path::PathBuf>, files: Vec<std::path::PathBuf>) -> ExitCode {
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
