//! `docs/http.md`'s route table equals the code's.
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::backend::http::routes::ROUTES;

#[test]
fn the_documented_routes_are_the_code_routes() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/http.md")).unwrap();
    let documented: Vec<(String, String, String)> = docs
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(|cell| cell.trim().trim_matches('`')).collect();
            (cells[1].to_owned(), cells[2].to_owned(), cells[3].to_owned())
        })
        .collect();
    let code: Vec<(String, String, String)> = ROUTES
        .iter()
        .map(|(callback, method, path)| (callback.to_string(), method.as_str().to_owned(), path.to_string()))
        .collect();
    assert_eq!(documented, code);
}
