//! Shared by the test binaries that run the real program.

/// The program, hermetic: no system-wide, environment or user config from the machine running the
/// tests can change what it does.
pub fn tariff_finder() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("tariff-finder");
    cmd.env("TARIFF_FINDER_SYSTEM_CONFIG", "")
        .env_remove("TARIFF_FINDER_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/tariff-finder-tests");
    cmd
}
