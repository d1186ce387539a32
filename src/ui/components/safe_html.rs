//! A bank's HTML snippet (Salt Edge `html`) shown as its text and pictures only. The snippet is
//! parsed by an inert `DOMParser` document (nothing in it runs or loads) and rebuilt from our own
//! nodes: scripts, event handlers, styles and links never reach the page.

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use super::safe_image;

/// One piece of the snippet that is safe to show.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    Picture { src: String, alt: String },
}

/// The snippet's text (one piece per block) and its pictures with their alt text.
fn safe_pieces(html: &str) -> Vec<Piece> {
    let Ok(parser) = DomParser::new() else { return Vec::new() };
    let Ok(document) = parser.parse_from_string(html, SupportedType::TextHtml) else { return Vec::new() };
    let mut pieces = Vec::new();
    if let Some(body) = document.body() {
        collect(&body, &mut pieces);
    }
    pieces
}

fn collect(node: &Node, pieces: &mut Vec<Piece>) {
    let children = node.child_nodes();
    for index in 0..children.length() {
        let Some(child) = children.item(index) else { continue };
        match child.node_type() {
            Node::TEXT_NODE => {
                let text = child.text_content().unwrap_or_default();
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                match pieces.last_mut() {
                    Some(Piece::Text(previous)) if !text.is_empty() => {
                        previous.push(' ');
                        previous.push_str(&text);
                    }
                    _ if !text.is_empty() => pieces.push(Piece::Text(text)),
                    _ => {}
                }
            }
            Node::ELEMENT_NODE => {
                let element: &Element = child.unchecked_ref();
                match element.tag_name().to_ascii_lowercase().as_str() {
                    "script" | "style" | "noscript" | "template" | "iframe" | "object" | "embed" => {}
                    "img" => {
                        if let Some(src) = safe_image(element.get_attribute("src").as_deref()) {
                            let alt = element.get_attribute("alt").unwrap_or_default();
                            pieces.push(Piece::Picture { src, alt });
                        }
                    }
                    _ => collect(&child, pieces),
                }
            }
            _ => {}
        }
    }
}

/// The safe rendering of `html`.
#[component]
pub fn SafeHtml(html: String) -> impl IntoView {
    let pieces = safe_pieces(&html).into_iter().map(|piece| match piece {
        Piece::Text(text) => Either::Left(view! { <p class="cw-bank-text">{text}</p> }),
        Piece::Picture { src, alt } => Either::Right(view! { <img class="cw-field-image" src=src alt=alt /> }),
    });
    view! { <div class="cw-bank-content">{pieces.collect_view()}</div> }
}
