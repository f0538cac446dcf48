//! Writing reports atomically: a temporary file in the target's directory,
//! flushed and synced, then renamed over the target. An interrupted or
//! failed run leaves the previous report untouched and no half-written file.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("qc-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let target = dir.join("report.md");
/// quotecheck::output::write_atomic(&target, b"# Report\n").unwrap();
/// assert_eq!(std::fs::read(&target).unwrap(), b"# Report\n");
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Like [`write_atomic`], with the content produced by a writer function;
/// if it fails, the temporary file is removed and the target is untouched.
pub fn write_atomic_with(path: &Path, produce: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let err = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| err(std::io::Error::other("not a file name")))?;
    let (tmp_path, file) = create_temp(&dir, &name.to_string_lossy()).map_err(err)?;
    let result = (|| {
        let mut w = std::io::BufWriter::new(file);
        produce(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp_path, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp_path);
        return Err(err(e));
    }
    Ok(())
}

/// Creates a new hidden temporary file next to the target, with a name no
/// other run uses (process id and a counter; `create_new` refuses clashes).
fn create_temp(dir: &Path, name: &str) -> std::io::Result<(PathBuf, std::fs::File)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("r.html");
        std::fs::write(&target, "old").unwrap();
        let e = write_atomic_with(&target, |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::other("renderer failed"))
        });
        assert!(matches!(e, Err(Error::Write { .. })));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_the_target() {
        let e = write_atomic(Path::new("/nonexistent-dir-qc/r.md"), b"x").unwrap_err();
        assert!(e.to_string().contains("/nonexistent-dir-qc/r.md"), "{e}");
    }
}
