//! The machine's cores: work over a slice cut into one run per core, the results in order.
//! In a web page there are no threads: everything runs on the page's one thread.

/// How many threads share work: the cores this process may use (one in a web page), at most
/// sixteen.
pub fn count() -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(16))
    }
    #[cfg(target_arch = "wasm32")]
    {
        1
    }
}

/// `f` over `items` cut into contiguous runs, one per core, run at once; the results in the
/// runs' order. Fewer than `min_run` items a core are not worth a thread: one run then.
pub fn split_map<T: Sync, R: Send>(
    items: &[T],
    min_run: usize,
    f: impl Fn(&[T]) -> R + Sync,
) -> Vec<R> {
    let runs = count().min(items.len() / min_run.max(1)).max(1);
    if runs == 1 {
        return vec![f(items)];
    }
    // More than one run only where there are threads: `count()` is 1 in a web page.
    let size = items.len().div_ceil(runs);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(size)
            .skip(1)
            .map(|run| scope.spawn(move || f(run)))
            .collect();
        // The first run on this thread, the others on theirs.
        let mut out = vec![f(&items[..size.min(items.len())])];
        for handle in handles {
            match handle.join() {
                Ok(r) => out.push(r),
                // A panic in `f` is `f`'s own: raised again here, as if it ran here.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_come_back_in_order_and_cover_every_item() {
        let items: Vec<u32> = (0..10_001).collect();
        for min_run in [1, 7, 5_000, 20_000] {
            let runs = split_map(&items, min_run, |run| run.to_vec());
            assert_eq!(runs.concat(), items, "min_run {min_run}");
            assert!(runs.len() <= count().max(1));
        }
        assert_eq!(split_map(&[] as &[u32], 1, <[u32]>::len), vec![0]);
    }
}
