//! The `pilares` binary: with a subcommand it works headless; without one it opens the app.

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use clap::{CommandFactory as _, FromArgMatches as _};
#[cfg(not(target_arch = "wasm32"))]
use pilares::cli::{self, Cli};

/// In the browser: the app in the page's canvas (`web/index.html`), its files in the page's
/// storage; there is no command line.
#[cfg(target_arch = "wasm32")]
fn main() {
    #[cfg(feature = "app")]
    pilares::ui::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
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
#[cfg(all(not(feature = "app"), not(target_arch = "wasm32")))]
fn run_app(_: Vec<std::path::PathBuf>, _: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "pilares: this build has no window (it was built without the `app` feature); the commands work: see `pilares --help`"
    );
    ExitCode::from(2)
}

/// On Windows `pilares.exe` is a console program, so that the commands print where they were
/// typed. Opened from Explorer (a double-click on a `.ron` file) it gets a console of its own,
/// which the window does not need: that one is let go. One started from a terminal stays.
#[cfg(all(windows, feature = "app"))]
fn let_go_of_own_console() {
    use windows_sys::Win32::System::Console::{FreeConsole, GetConsoleProcessList};
    let mut ids = [0u32; 2];
    // SAFETY: the buffer holds two process ids and the length passed says so.
    let attached = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
    if attached == 1 {
        // SAFETY: no handle to the console is held here; the window never writes to it.
        unsafe {
            FreeConsole();
        }
    }
}

#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
fn run_app(frameworks: Vec<std::path::PathBuf>, files: Vec<std::path::PathBuf>) -> ExitCode {
    use eframe::egui;

    #[cfg(windows)]
    let_go_of_own_console();
    use pilares::ui::{APP_ID, PilaresApp};

    let options = |backends: Option<eframe::wgpu::Backends>| {
        let mut viewport = egui::ViewportBuilder::default()
            .with_title("Pilares")
            .with_app_id("pilares")
            .with_inner_size([1200.0, 820.0])
            .with_min_inner_size([720.0, 480.0]);
        if let Some(icon) = pilares::ui::icon::window_icon() {
            viewport = viewport.with_icon(icon);
        }
        let mut options = eframe::NativeOptions {
            viewport,
            ..Default::default()
        };
        if let Some(backends) = backends {
            let mut setup = eframe::egui_wgpu::WgpuSetupCreateNew::without_display_handle();
            setup.instance_descriptor.backends = backends;
            options.wgpu_options.wgpu_setup = eframe::egui_wgpu::WgpuSetup::CreateNew(setup);
        }
        options
    };
    let run = |backends| {
        let (frameworks, files) = (frameworks.clone(), files.clone());
        eframe::run_native(
            APP_ID,
            options(backends),
            Box::new(move |cc| {
                Ok(Box::new(PilaresApp::from_creation_context(
                    cc, frameworks, files,
                )))
            }),
        )
    };
    let started = std::time::Instant::now();
    let mut result = run(None);
    // A graphics driver that fails at once (Direct3D 12 on some old laptops' drivers, or under
    // Wine): once more on Vulkan or OpenGL, unless the user chose a backend (WGPU_BACKEND).
    // Every change was already saved, so a second window loses nothing.
    if result.is_err()
        && started.elapsed() < std::time::Duration::from_secs(15)
        && std::env::var_os("WGPU_BACKEND").is_none()
    {
        result = run(Some(
            eframe::wgpu::Backends::VULKAN | eframe::wgpu::Backends::GL,
        ));
    }
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
