use yew::prelude::*;

use super::qr_code::QrCodeImage;
use crate::browser;

/// A QR code of this slide's address, for participants to follow on their phones. The address
/// holds only the scenario and the slide; the fragment after "#" is never sent to a server.
///
/// `route` is the route to follow, such as "/trainer/willow-lane/3"; `large` draws the code
/// larger.
pub fn follow_on_phone(route: &str, large: bool) -> Html {
    let (address, reachable) = browser::address_for(route);
    html! {
        <section class={classes!("hearth-qr", large.then_some("hearth-qr--large"))} aria-labelledby="follow-title">
            <h2 class="hearth-qr__title" id="follow-title">{ "Follow on your phone" }</h2>
            <QrCodeImage text={address.clone()} label="QR code for this slide's address" />
            <p class="hearth-qr__address">{ address }</p>
            if !reachable {
                <p class="hearth-qr__note">
                    { "Phones cannot open this address: Hearth is running from this computer only. \
                       Host Hearth on your organisation's website for participants to follow." }
                </p>
            }
        </section>
    }
}
