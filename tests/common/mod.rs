//! Shared by the test binaries that run the real program.

pub mod server;

/// The program, hermetic: no system-wide, environment or user config or cache, and no proxy
/// setting, from the machine running the tests can change what it does.
pub fn tariff_finder() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("tariff-finder");
    cmd.env("TARIFF_FINDER_SYSTEM_CONFIG", "")
        .env("TARIFF_FINDER_SYSTEM_CACHE", "")
        .env_remove("TARIFF_FINDER_CONFIG")
        .env_remove("TARIFF_FINDER_CACHE")
        .env("XDG_CONFIG_HOME", "/nonexistent/tariff-finder-tests")
        .env("XDG_CACHE_HOME", "/nonexistent/tariff-finder-tests");
    for proxy in [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(proxy);
    }
    cmd
}
