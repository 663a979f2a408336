use yew::prelude::*;

use super::qr_code::QrCodeImage;
use crate::browser;

#[derive(Properties, PartialEq)]
pub struct FollowOnPhoneProps {
    /// The route to follow, such as "/trainer/willow-lane/3".
    pub route: AttrValue,
    pub large: bool,
}

/// A QR code of this slide's address, for participants to follow on their phones. The address
/// holds only the scenario and the slide; the fragment after "#" is never sent to a server.
#[component]
pub fn FollowOnPhone(props: &FollowOnPhoneProps) -> Html {
    let (address, reachable) = browser::address_for(&props.route);
    html! {
        <section class={classes!("hearth-qr", props.large.then_some("hearth-qr--large"))} aria-labelledby="follow-title">
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
