//! The Windows program's icon and version information (shown in Explorer's properties), from
//! `assets/icon/pilares.ico` and Cargo.toml. Other targets build nothing here.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/pilares.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/pilares.ico")
        .set("ProductName", "Pilares")
        .set(
            "FileDescription",
            "Pilares: self-assessment of teacher professional development systems",
        )
        .set("LegalCopyright", "MIT OR Apache-2.0");
    // Cross-compiling from Linux: mingw-w64's resource compiler.
    if std::env::var("HOST").is_ok_and(|h| !h.contains("windows")) {
        res.set_windres_path("x86_64-w64-mingw32-windres");
    }
    if let Err(e) = res.compile() {
        // The program works without its icon; say why it has none.
        println!("cargo:warning=no Windows icon or version information: {e}");
    }
}
