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

/// A wizard on `catalogue` in `lang`, on 2026-11-26, plain theme.
#[allow(dead_code)]
pub fn wizard(
    catalogue: tariff_finder::catalogue::Catalogue,
    lang: tariff_finder::i18n::Lang,
) -> tariff_finder::tui::app::App {
    tariff_finder::tui::app::App::new(
        catalogue,
        tariff_finder::catalogue::Origin::Embedded,
        lang,
        lang,
        tariff_finder::date::Date::new(2026, 11, 26).unwrap(),
        tariff_finder::tui::theme::Theme::Plain,
    )
}

/// Through the wizard to the results: the first benefit ticked, `postcode` typed.
#[allow(dead_code)]
pub fn to_results(app: &mut tariff_finder::tui::app::App, postcode: &str) {
    use tariff_finder::tui::intent::Intent;
    for i in [Intent::Next, Intent::Toggle, Intent::Next, Intent::Next] {
        app.update(i);
    }
    for c in postcode.chars() {
        app.update(Intent::Char(c));
    }
    app.update(Intent::Next);
}

/// What a test terminal shows, as one string of its cells' symbols.
#[allow(dead_code)]
pub fn screen_text(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}
