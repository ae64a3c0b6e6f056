//! What the fuzz targets share (each target includes it with `mod common;`).

use std::sync::OnceLock;

use pilares::model::framework::Framework;

/// The built-in framework, parsed once per fuzzing process.
pub fn framework() -> &'static Framework {
    static F: OnceLock<Framework> = OnceLock::new();
    F.get_or_init(|| {
        Framework::from_ron(pilares::model::catalog::BUILT_IN[0].1, "built-in")
            .unwrap_or_else(|e| panic!("the built-in framework loads: {e}"))
    })
}
