use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

/// The dark modules of a QR code as one SVG path, and the code's width in modules.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some((size, path))
}

/// A QR code drawn as SVG on this device from `drawn`, what `qr_path` made of the text; the text
/// never goes to any service.
pub fn qr_code_image(drawn: &Option<(i32, String)>, label: &'static str) -> Html {
    let Some((size, path)) = drawn.clone() else {
        return html! {};
    };
    // Four modules of quiet zone on every side, as readers need.
    let view_box = format!("-4 -4 {} {}", size + 8, size + 8);
    html! {
        <svg class="hearth-qr__image" viewBox={view_box} role="img" aria-label={label} shape-rendering="crispEdges">
            <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#ffffff" />
            <path d={path} fill="#0b0c0c" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trainer_link_fits_a_small_code_with_its_finder_patterns() {
        let (size, path) = qr_path("https://hearth.example.org/#/trainer/willow-lane/3/swapped").unwrap();
        assert!((25..=45).contains(&size), "{size} modules");
        assert!(path.starts_with("M0 0h1v1h-1z"), "the top-left finder pattern starts dark");
        assert!(path.contains(&format!("M{} 0h1v1h-1z", size - 1)), "and so does the top-right one");
    }
}
