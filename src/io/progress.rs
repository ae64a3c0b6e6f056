//! Progress of long reads, shown where a person is watching: a bar on a terminal's stderr.
//! In the browser there is no terminal (and no clock for `Instant`): the reader only passes
//! the bytes through.

#[cfg(target_arch = "wasm32")]
/// The browser's version: no terminal to draw on.
pub struct Progress<R> {
    inner: R,
}

#[cfg(target_arch = "wasm32")]
impl<R> Progress<R> {
    /// Wraps a reader; nothing is drawn.
    pub fn new(inner: R, _total_bytes: u64, _name: &str) -> Self {
        Self { inner }
    }
}

#[cfg(target_arch = "wasm32")]
impl<R: std::io::Read> std::io::Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.inner.read(buf)
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// A reader that shows a progress bar on stderr once reading has taken more than a second,
/// and only when stderr is a terminal (never in pipes, logs or the app).
pub struct Progress<R> {
    inner: R,
    total_bytes: u64,
    read_bytes: u64,
    started: std::time::Instant,
    bar: Option<indicatif::ProgressBar>,
    name: String,
}

#[cfg(not(target_arch = "wasm32"))]
impl<R> Progress<R> {
    /// Wraps a reader of a file of `total_bytes`, named `name` on the bar.
    pub fn new(inner: R, total_bytes: u64, name: &str) -> Self {
        Self {
            inner,
            total_bytes,
            read_bytes: 0,
            started: std::time::Instant::now(),
            bar: None,
            name: name.to_owned(),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<R: std::io::Read> std::io::Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read_bytes += n as u64;
        match &self.bar {
            Some(bar) => bar.set_position(self.read_bytes),
            None if self.started.elapsed().as_secs() >= 1
                && std::io::IsTerminal::is_terminal(&std::io::stderr()) =>
            {
                let bar = indicatif::ProgressBar::new(self.total_bytes);
                if let Ok(style) = indicatif::ProgressStyle::with_template(
                    "{msg} [{bar:40}] {binary_bytes}/{binary_total_bytes} ({eta} left)",
                ) {
                    bar.set_style(style.progress_chars("=> "));
                }
                bar.set_message(self.name.clone());
                bar.set_position(self.read_bytes);
                self.bar = Some(bar);
            }
            None => {}
        }
        if n == 0
            && let Some(bar) = self.bar.take()
        {
            bar.finish_and_clear();
        }
        Ok(n)
    }
}
