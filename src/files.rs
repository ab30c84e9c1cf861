//! Opening and creating files so that a planted name cannot misdirect us: a FIFO where a
//! catalogue should be (every start would hang reading it), a symlink where a handout is saved
//! (the write would land on another file), a second handout the same day (it replaced the first).

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Opens `path` for reading only when it is a regular file. The open does not wait for a
/// writer (a FIFO would block until one came) and the check is on what was opened, not on the
/// name, so nothing can be swapped in between.
pub(crate) fn open_regular(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)?;
    let kind = file.metadata()?.file_type();
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "a folder"
        } else {
            "not a regular file (a pipe, a device or a socket)"
        };
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("it is {what}")));
    }
    // Regular files ignore O_NONBLOCK; clear it anyway so reads behave as ever.
    // SAFETY: fcntl on a descriptor we own, with integer arguments only.
    unsafe {
        let fd = std::os::fd::AsRawFd::as_raw_fd(&file);
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 {
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
        }
    }
    Ok(file)
}

/// Creates a new file (never an existing one, never through a symlink) and writes it whole.
pub(crate) fn create_new(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .custom_flags(libc::O_NOFOLLOW)
        .mode(mode)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Saves `bytes` as `name` in `folder`, or as `name-2`, `name-3` … when that is taken: nothing
/// already there is overwritten or followed. Returns the path written.
pub(crate) fn save_numbered(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, Some(e)),
        _ => (name, None),
    };
    for n in 1..=999u32 {
        let candidate = match (n, ext) {
            (1, _) => name.to_string(),
            (n, Some(ext)) => format!("{stem}-{n}.{ext}"),
            (n, None) => format!("{stem}-{n}"),
        };
        let path = folder.join(candidate);
        match create_new(&path, bytes, 0o644) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{name} and 998 numbered copies already exist in {}", folder.display()),
    ))
}

/// Replaces `path` whole through a new file renamed over it: a symlink at `path` is replaced,
/// never written through, and a crash leaves the old file or the new one.
pub(crate) fn replace(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".incoming-").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    File::open(dir)?.sync_all()
}

/// Why a file could not be read.
pub(crate) enum ReadError {
    /// Over this many bytes.
    TooLarge(usize),
    NotText,
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::TooLarge(limit) if limit % (1024 * 1024) == 0 => {
                write!(f, "the file is over the {} MiB limit", limit / (1024 * 1024))
            }
            ReadError::TooLarge(limit) => write!(f, "the file is over the {} KiB limit", limit / 1024),
            ReadError::NotText => write!(f, "the file is not UTF-8 text"),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Reads a whole regular file, refusing it once it passes `limit` bytes (without reading the
/// rest). A FIFO or a device is refused before anything waits on it.
pub(crate) fn read_limited(path: &Path, limit: usize) -> Result<String, ReadError> {
    read_from(crate::files::open_regular(path).map_err(ReadError::Io)?, limit)
}

/// As `read_limited`, but a pipe is fine too: answers may come from `<(…)` in a shell.
pub(crate) fn read_limited_or_pipe(path: &Path, limit: usize) -> Result<String, ReadError> {
    read_from(std::fs::File::open(path).map_err(ReadError::Io)?, limit)
}

fn read_from(file: std::fs::File, limit: usize) -> Result<String, ReadError> {
    let mut buf = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(ReadError::Io)?;
    if buf.len() > limit {
        return Err(ReadError::TooLarge(limit));
    }
    String::from_utf8(buf).map_err(|_| ReadError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_or_a_folder_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("tariffs.toml");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let err = open_regular(&fifo).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        assert!(open_regular(dir.path()).unwrap_err().to_string().contains("a folder"));
        std::fs::write(dir.path().join("ok.toml"), "x").unwrap();
        assert!(open_regular(&dir.path().join("ok.toml")).is_ok());
    }

    #[test]
    fn saving_never_follows_a_symlink_and_numbers_a_second_copy() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join("handout.html")).unwrap();
        let first = save_numbered(dir.path(), "handout.html", b"one").unwrap();
        assert_eq!(first, dir.path().join("handout-2.html"));
        assert_eq!(
            std::fs::read_to_string(&victim).unwrap(),
            "precious",
            "the symlink was not followed"
        );
        let second = save_numbered(dir.path(), "handout.html", b"two").unwrap();
        assert_eq!(second, dir.path().join("handout-3.html"));
        assert_eq!(std::fs::read_to_string(first).unwrap(), "one", "the first copy is kept");
    }

    #[test]
    fn replacing_swaps_a_symlink_for_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").unwrap();
        let sig = dir.path().join("tariffs.toml.minisig");
        std::os::unix::fs::symlink(&victim, &sig).unwrap();
        replace(&sig, b"signature", 0o644).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(std::fs::read_to_string(&sig).unwrap(), "signature");
        assert!(!std::fs::symlink_metadata(&sig).unwrap().file_type().is_symlink());
    }
}
