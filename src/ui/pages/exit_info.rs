use yew::prelude::*;

pub fn exit_info() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-xl">{ "What Exit this page can and cannot hide" }</h1>
            <p class="govuk-body">
                { "Use the red Exit this page button, or press the Shift key 3 times within 5 seconds, if you \
                   need to leave Hearth quickly." }
            </p>

            <h2 class="govuk-heading-m">{ "What it does" }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ "Blanks the screen straight away." }</li>
                <li>{ "Clears everything you entered from this tab's memory, and every box on the page: text typed but not yet added, passphrases and chosen files." }</li>
                <li>{ "Opens a neutral website in place of this page, so pressing Back does not bring your answers back." }</li>
            </ul>

            <h2 class="govuk-heading-m">{ "What it cannot hide" }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ "Your browser history: it will still show that Hearth was visited. Earlier Hearth pages may still be a press of Back away, though your answers will not be." }</li>
                <li>{ "History synced to an account, such as a Google, Apple or Microsoft account, on other devices." }</li>
                <li>{ "Spyware or monitoring apps on this device, and anyone watching the screen." }</li>
                <li>{ "Anything already printed, copied or saved as a file." }</li>
                <li>{ "A sleep plan kept with \"Keep my plan on this phone\". It stays on this device, and anyone who uses the device can read it. Remove it on the My sleep plan page, or with Forget everything on this device on the About page." }</li>
                <li>{ "Records saved on this device. They stay, encrypted with their passphrase, but anyone who uses the device can see that they are there and when they were saved." }</li>
            </ul>

            <h2 class="govuk-heading-m">{ "Safer ways to browse" }</h2>
            <p class="govuk-body">
                { "A private or incognito window keeps visits out of the browser history once it is closed. \
                   If you think someone is monitoring your device, use a device they cannot get to, such as a \
                   friend's phone or a library computer." }
            </p>
        </>
    }
}
