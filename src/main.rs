//! The `pilares` binary: parses the command line and runs a headless command.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use pilares::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => cli::run(&cli.frameworks, command),
        None => {
            // The desktop app lands with its own issue; until then, say what there is.
            let _ = Cli::command().print_long_help();
            ExitCode::SUCCESS
        }
    }
}
