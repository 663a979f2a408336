use yew::prelude::*;

use super::qr_code::qr_code_image;

/// A QR code of this slide's address, large enough to read from the back of a room, for
/// participants to follow on their phones. The address holds only the scenario and the slide;
/// the fragment after "#" is never sent to a server.
///
/// `address` is the slide's full address and `drawn` its code, from `qr_path`.
pub fn follow_on_phone(address: &str, drawn: &Option<(i32, String)>) -> Html {
    html! {
        <section class="hearth-qr" aria-labelledby="follow-title">
            { qr_code_image(drawn, "QR code for this slide's address") }
            <div>
                <h1 class="hearth-slide__title" id="follow-title">{ "Follow on your phone" }</h1>
                <p class="hearth-qr__address">{ address.to_owned() }</p>
            </div>
        </section>
    }
}
