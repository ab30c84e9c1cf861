//! The layers, checked from the source: the crates make the core and the wording unable to name
//! a shell; this test finds what a crate boundary cannot, a cycle between the top-level modules
//! of one crate, and a shell that leans on another shell.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of the crate at `src` and the top-level modules it names (`crate::x`),
/// tests left out.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    collect(src, &mut files);
    let top = |p: &Path| {
        let rel = p.strip_prefix(src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .into_owned();
        first.trim_end_matches(".rs").to_string()
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = files
        .iter()
        .map(|f| (top(f), BTreeSet::new()))
        .filter(|(m, _)| m != "lib" && m != "main")
        .collect();
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for file in &files {
        let from = top(file);
        if !modules.contains(&from) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        for (i, _) in code.match_indices("crate::") {
            let name: String = code[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if modules.contains(&name) && name != from {
                graph.get_mut(&from).unwrap().insert(name);
            }
        }
    }
    graph
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A cycle through `start`, if any (depth-first search).
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in &graph[at] {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    walk(graph, start, start, &mut path, &mut BTreeSet::new()).then_some(path)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_crate_has_an_import_cycle_between_its_modules() {
    for src in ["src", "crates/core/src", "crates/guidance/src"] {
        let graph = module_graph(&root().join(src));
        assert!(graph.len() > 1, "{src}: modules found");
        for module in graph.keys() {
            if let Some(cycle) = cycle_through(&graph, module) {
                panic!("{src}: an import cycle: {}", cycle.join(" -> "));
            }
        }
    }
}

#[test]
fn shells_do_not_lean_on_each_other() {
    let graph = module_graph(&root().join("src"));
    // Plain mode and the commands answer without the wizard; the wizard runs without the CLI.
    for (from, forbidden) in [
        ("plain", "tui"),
        ("plain", "cli"),
        ("commands", "tui"),
        ("commands", "cli"),
        ("tui", "cli"),
        ("tui", "commands"),
        ("setup", "cli"),
        ("kiosk_setup", "tui"),
    ] {
        assert!(
            !graph[from].contains(forbidden),
            "{from} uses {forbidden}: {:?}",
            graph[from]
        );
    }
}

#[test]
fn the_core_and_the_wording_name_no_shell_and_no_terminal_or_network_crate() {
    for (src, banned) in [
        (
            "crates/core/src",
            &[
                "fluent",
                "ratatui",
                "crossterm",
                "reqwest",
                "std::fs",
                "std::net",
                "tariff_finder_guidance",
            ][..],
        ),
        (
            "crates/guidance/src",
            &["ratatui", "crossterm", "reqwest", "std::fs", "std::net"][..],
        ),
    ] {
        let mut files = Vec::new();
        collect(&root().join(src), &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap();
            for word in banned {
                assert!(!code.contains(word), "{} names {word}", file.display());
            }
        }
    }
}
