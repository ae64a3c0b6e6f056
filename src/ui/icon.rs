//! The app's icon (a radar on the accent blue), for the window and the taskbar; the Windows
//! program carries the same picture as its file icon (`assets/icon/pilares.ico`, see build.rs).

use eframe::egui;

/// The icon's PNG, drawn from `assets/icon/pilares.svg`.
const PNG: &[u8] = include_bytes!("../../assets/icon/pilares.png");

/// The icon as the window wants it; `None` if the embedded picture could not be decoded (the
/// window then has the system's default icon, nothing else changes).
pub fn window_icon() -> Option<egui::IconData> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(PNG));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf[..info.buffer_size()].to_vec(),
        png::ColorType::Rgb => buf[..info.buffer_size()]
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        _ => return None,
    };
    Some(egui::IconData {
        rgba,
        width: info.width,
        height: info.height,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_decodes_to_a_square_picture() {
        let icon = super::window_icon().expect("decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
