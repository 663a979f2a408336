//! Reading ease of every family-facing string: Flesch reading ease 70 or more, or a
//! Flesch-Kincaid grade of 6 or less (a reading age of about 11). Syllables are counted by the
//! usual vowel-group rule, which is close enough to rank sentences.

use super::GUIDE;

fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
    if word.is_empty() {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in word.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous {
            count += 1;
        }
        previous = is_vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// (Flesch reading ease, Flesch-Kincaid grade) of a text.
pub fn scores(text: &str) -> (f64, f64) {
    let sentences = text.split(['.', '?', '!', ':']).filter(|s| !s.trim().is_empty()).count().max(1) as f64;
    let words: Vec<&str> = text.split_whitespace().collect();
    let count = words.len().max(1) as f64;
    let syllable_count = words.iter().map(|w| syllables(w)).sum::<usize>() as f64;
    let (per_sentence, per_word) = (count / sentences, syllable_count / count);
    (206.835 - 1.015 * per_sentence - 84.6 * per_word, 0.39 * per_sentence + 11.8 * per_word - 15.59)
}

fn passes(text: &str) -> bool {
    let (ease, grade) = scores(text);
    ease >= 70.0 || grade <= 6.0
}

/// Under this many words the formulas say little about one string; such strings still count
/// in the score for all the family text together.
const SHORTEST_SCORED: usize = 6;

/// Every string a family reads in Hearth's guide for families, with the reasons for tonight's answer
/// as they read in their sentence.
fn family_strings() -> Vec<String> {
    let w = &GUIDE.words;
    let a = &GUIDE.answer;
    let mut all: Vec<&str> = GUIDE.steps.iter().flat_map(|s| [s.title, s.text]).collect();
    all.extend(GUIDE.tonight.iter().map(|q| q.question));
    all.extend([a.cot, a.in_charge, a.alone, a.safer_bed, a.sofa, a.sofa_first]);
    all.extend(GUIDE.situations.iter().map(|s| s.name));
    all.extend([
        w.intro,
        w.privacy,
        w.tonight_intro,
        w.not_sure,
        w.plan_intro,
        w.plan_pick,
        w.plan_where,
        w.plan_who,
        w.plan_carer,
        w.plan_keep,
        w.plan_keep_warning,
        w.call_999,
        w.nhs_link,
        w.call_intro,
    ]);
    let mut all: Vec<String> = all.into_iter().map(str::to_owned).collect();
    all.extend(GUIDE.tonight.iter().filter_map(|q| q.because).map(|because| format!("{} {because}.", a.not_bed)));
    all
}

#[test]
fn syllables_are_counted_by_vowel_groups() {
    assert_eq!(syllables("baby"), 2);
    assert_eq!(syllables("sleep"), 1);
    assert_eq!(syllables("bottle"), 2);
    assert_eq!(syllables("dangerous"), 3);
    assert_eq!(syllables("16"), 1);
}

#[test]
fn plain_words_pass_and_officialese_fails() {
    assert!(passes("Lay your baby on their back for every sleep."));
    assert!(!passes(
        "Practitioners should undertake comprehensive multi-agency assessments incorporating predisposing vulnerabilities."
    ));
}

#[test]
fn every_family_string_is_easy_to_read() {
    let strings = family_strings();
    let everything =
        strings.iter().map(|s| s.trim_end_matches(['.', '?']).to_owned() + ".").collect::<Vec<_>>().join(" ");
    let (ease, grade) = scores(&everything);
    assert!(passes(&everything), "all family text together: reading ease {ease:.0}, grade {grade:.1}");
    let mut hard: Vec<(f64, f64, &str)> = strings
        .iter()
        .filter(|text| text.split_whitespace().count() >= SHORTEST_SCORED && !passes(text))
        .map(|text| {
            let (ease, grade) = scores(text);
            (ease, grade, text.as_str())
        })
        .collect();
    hard.sort_by(|a, b| a.0.total_cmp(&b.0));
    let report: Vec<String> =
        hard.iter().map(|(ease, grade, text)| format!("reading ease {ease:.0}, grade {grade:.1}: {text}")).collect();
    assert!(report.is_empty(), "family text too hard to read, hardest first:\n{}", report.join("\n"));
}
