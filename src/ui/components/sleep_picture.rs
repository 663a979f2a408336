use yew::prelude::*;

const INK: &str = "#1d3b53";
const SOFT: &str = "#f3f2f1";
const WARN: &str = "#d4351c";

fn baby(x: i32, y: i32) -> Html {
    html! {
        <>
            <circle cx={(x + 12).to_string()} cy={(y + 12).to_string()} r="10" fill={SOFT} stroke={INK} stroke-width="3" />
            <rect x={(x + 24).to_string()} y={(y + 2).to_string()} width="40" height="20" rx="10" fill="#b7d7f0" stroke={INK} stroke-width="3" />
        </>
    }
}

fn cot() -> Html {
    html! {
        <>
            <rect x="8" y="40" width="104" height="8" fill={INK} />
            <path d="M8 20 V70 M112 20 V70 M24 24 V40 M40 24 V40 M56 24 V40 M72 24 V40 M88 24 V40 M8 24 H112" stroke={INK} stroke-width="3" fill="none" />
        </>
    }
}

fn bed() -> Html {
    html! {
        <>
            <rect x="6" y="22" width="8" height="48" rx="2" fill={INK} />
            <rect x="14" y="44" width="100" height="14" rx="3" fill={SOFT} stroke={INK} stroke-width="3" />
            <path d="M20 58 V70 M108 58 V70" stroke={INK} stroke-width="3" />
            <rect x="18" y="34" width="22" height="10" rx="5" fill="#ffffff" stroke={INK} stroke-width="3" />
        </>
    }
}

fn cross() -> Html {
    html! { <path d="M10 10 L110 70 M110 10 L10 70" stroke={WARN} stroke-width="6" stroke-linecap="round" /> }
}

/// Simple pictures drawn for Hearth, one per safer sleep step. Decorative: each step's words
/// say everything the picture shows. `kind` is one of the pictures `content/family.toml` may name
/// (checked at build time).
pub fn sleep_picture(kind: &str) -> Html {
    let inner = match kind {
        "back" => html! { <>{ cot() }{ baby(24, 14) }</> },
        "cot" => html! { <>{ cot() }<rect x="18" y="34" width="84" height="6" fill="#b7d7f0" /></> },
        "room" => html! {
            <>
                <rect x="6" y="30" width="56" height="30" rx="4" fill="#b7d7f0" stroke={INK} stroke-width="3" />
                <rect x="74" y="36" width="40" height="24" fill="none" stroke={INK} stroke-width="3" />
                <circle cx="20" cy="24" r="8" fill={SOFT} stroke={INK} stroke-width="3" />
                <circle cx="94" cy="30" r="6" fill={SOFT} stroke={INK} stroke-width="3" />
            </>
        },
        "sofa" => html! {
            <>
                <rect x="14" y="30" width="92" height="26" rx="6" fill="#c2b8a3" stroke={INK} stroke-width="3" />
                <rect x="6" y="24" width="14" height="36" rx="5" fill="#c2b8a3" stroke={INK} stroke-width="3" />
                <rect x="100" y="24" width="14" height="36" rx="5" fill="#c2b8a3" stroke={INK} stroke-width="3" />
                { cross() }
            </>
        },
        "no-bed" => html! { <>{ bed() }{ cross() }</> },
        "bed" => html! { <>{ bed() }{ baby(50, 20) }</> },
        "smoke" => html! {
            <>
                <rect x="20" y="36" width="70" height="10" fill={SOFT} stroke={INK} stroke-width="3" />
                <rect x="90" y="36" width="12" height="10" fill="#f47738" />
                <path d="M96 30 C90 22 102 18 96 10" stroke="#6f777b" stroke-width="3" fill="none" />
                { cross() }
            </>
        },
        "warm" => html! {
            <>
                <rect x="52" y="8" width="16" height="50" rx="8" fill={SOFT} stroke={INK} stroke-width="3" />
                <circle cx="60" cy="62" r="12" fill="#00703c" stroke={INK} stroke-width="3" />
                <rect x="56" y="30" width="8" height="28" fill="#00703c" />
                <text x="80" y="40" font-size="16" fill={INK}>{ "16–20°" }</text>
            </>
        },
        "feet" => html! {
            <>
                { cot() }
                { baby(50, 14) }
                <path d="M60 40 H110" stroke={INK} stroke-width="3" />
            </>
        },
        _ => html! {},
    };
    html! {
        <svg class="hearth-picture" viewBox="0 0 120 80" width="120" height="80" aria-hidden="true" focusable="false">
            { inner }
        </svg>
    }
}
