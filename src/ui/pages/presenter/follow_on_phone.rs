use yew::prelude::*;

use super::qr_code::QrCodeImage;
use crate::browser;

/// A QR code of this slide's address, large enough to read from the back of a room, for
/// participants to follow on their phones. The address holds only the scenario and the slide;
/// the fragment after "#" is never sent to a server.
///
/// `route` is the route to follow, such as "/trainer/willow-lane/3".
pub fn follow_on_phone(route: &str) -> Html {
    let (address, _) = browser::address_for(route);
    html! {
        <section class="hearth-qr" aria-labelledby="follow-title">
            <QrCodeImage text={address.clone()} label="QR code for this slide's address" />
            <div>
                <h1 class="hearth-slide__title" id="follow-title">{ "Follow on your phone" }</h1>
                <p class="hearth-qr__address">{ address }</p>
            </div>
        </section>
    }
}
