//! What Russian and Ukrainian names need besides the shared rules: their
//! endings change with case (`по словам Пескова` is Песков's words, `за
//! словами Зеленського` Зеленський's), a name is often preceded by the
//! genitive of what its bearer heads (`Пресс-секретарь президента России
//! Дмитрий Песков`), and a ministry speaks as `в МИД России` (`«...», —
//! отметили в МИД России`).
//!
//! A name in another case is only ever matched against the names the
//! article gives: `Пескова` becomes `Дмитрий Песков` when the article names
//! him so, else it names no one.

use super::names;
use std::sync::LazyLock;

/// `по словам X`, `за словами X`: "according to X", X in the genitive.
pub(super) fn according_to(two: &str) -> bool {
    matches!(
        two,
        "по словам"
            | "за словами"
            | "по мнению"
            | "на думку"
            | "по оценке"
            | "за оцінкою"
            | "на взгляд"
            | "на погляд"
    )
}

/// `Как рассказала X, ...`, `Як зазначив X, ...`, `Como dijo X, ...`: the
/// subject follows the verb.
pub(super) fn is_as(l: &str) -> bool {
    matches!(l, "как" | "як" | "como" | "come" | "comme" | "wie" | "zoals" | "som")
}

/// `Цитата Зеленського: «...»`: "the words of X", X in the genitive,
/// before a colon.
pub(super) fn is_quote_of(l: &str) -> bool {
    matches!(l, "цитата" | "цитата:")
}

/// Whether a folded name token is Cyrillic, so that its ending may change
/// with case.
pub(super) fn inflects(token: &str) -> bool {
    token.chars().any(is_cyrillic)
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// Case endings of names and surnames (`-а`, `-ого`, `-ой`, `-ым`...), as
/// [`names::tokens`] folds them (`й` loses its breve), longest first.
static ENDINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = [
        "ого", "его", "ому", "ему", "ими", "ыми", "ой", "ей", "ий", "ый", "ій", "ая", "яя", "ую", "юю", "ом", "ем",
        "ым", "им", "ою", "ею", "ия", "ию", "ие", "ея", "ії", "ію", "а", "я", "у", "ю", "е", "ы", "и", "і", "й", "ь",
        "о",
    ]
    .iter()
    .filter_map(|e| names::tokens(e).pop())
    .collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
    v
});

/// The stem of a folded Cyrillic token: without its case ending, keeping
/// three letters at least.
pub(super) fn stem(t: &str) -> &str {
    if !inflects(t) {
        return t;
    }
    let len = t.chars().count();
    for e in ENDINGS.iter() {
        if let Some(s) = t.strip_suffix(e.as_str())
            && len - e.chars().count() >= 3
        {
            return s;
        }
    }
    t
}

/// Whether a mention (folded tokens `mention`) is the person `name` names,
/// as [`names::tokens_match`] tells, or with Cyrillic words compared by
/// their stems (`Пескова` and `Дмитрий Песков`).
pub(super) fn tokens_fit(mention: &[String], name: &[String]) -> bool {
    if names::tokens_match(mention, name) {
        return true;
    }
    if !name.iter().any(|t| inflects(t)) {
        return false;
    }
    let stems = |v: &[String]| v.iter().map(|t| stem(t).to_string()).collect::<Vec<_>>();
    names::tokens_match(&stems(mention), &stems(name))
}

/// Endings of cases other than the nominative, folded: a mention so
/// written (`Марии Захаровой`, `Цитата Зеленського`) is not the form to
/// give.
static OBLIQUE: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "ого", "его", "ому", "ему", "ыми", "ими", "овой", "евой", "иной", "ыной", "ской", "цкой", "ою", "ею", "ові",
        "еві",
    ]
    .iter()
    .filter_map(|e| names::tokens(e).pop())
    .collect()
});

/// Whether a folded Cyrillic name is in an oblique case by one of its words.
pub(super) fn oblique(toks: &[String]) -> bool {
    toks.iter().any(|t| {
        inflects(t)
            && (OBLIQUE.iter().any(|e| t.ends_with(e.as_str()))
                || (t.chars().count() >= 5 && (t.ends_with("ым") || t.ends_with("им"))))
    })
}

/// Of two forms of one name, whether `a` is the better one to give: more
/// words, else the shorter last word (the nominative: `Песков`, not
/// `Пескова`).
pub(super) fn better_form(a: &[String], b: &[String]) -> bool {
    let last = |v: &[String]| v.last().map_or(0, |t| t.chars().count());
    a.len() > b.len() || (a.len() == b.len() && last(a) < last(b))
}

/// Genitives of places and bodies that stand before a Russian or Ukrainian
/// name in a run of capitalized words (`президента России Дмитрий
/// Песков`): not part of the name.
const GENITIVES: &[&str] = &[
    "россии",
    "украины",
    "кремля",
    "москвы",
    "киева",
    "сша",
    "китая",
    "кндр",
    "франции",
    "германии",
    "госдумы",
    "беларуси",
    "белоруссии",
    "казахстана",
    "турции",
    "ирана",
    "израиля",
    "рф",
    "росії",
    "україни",
    "кремля",
    "києва",
    "москви",
    "франції",
    "німеччини",
    "польщі",
    "британії",
    "нідерландів",
    "мзс",
    "мид",
    "зсу",
    "сбу",
    "фсб",
    "оп",
    "ова",
    "офісу",
    "президента",
];

/// Drops from a run of Cyrillic capitalized words what is no part of the
/// name (genitives of places and bodies, acronyms) and, of a longer run,
/// keeps the given name and surname (`Сергея Котова Дмитрий Гусев`: the
/// last two; a patronymic stays, and so do Korean and Chinese names of
/// short syllables, `Ким Чен Ын`).
pub(super) fn trim_name(words: &mut Vec<&str>) {
    if !words.iter().any(|w| w.chars().any(is_cyrillic)) {
        return;
    }
    while words.len() > 1 && {
        let l = words[0].to_lowercase();
        GENITIVES.contains(&l.as_str()) || words[0].chars().filter(|c| c.is_uppercase()).count() >= 2
    } {
        words.remove(0);
    }
    if words.len() > 2 {
        let patronymic = words[1..words.len() - 1].iter().any(|w| {
            let l = w.to_lowercase();
            ["ович", "евич", "овна", "евна", "ьич", "івна", "ївна", "йович"]
                .iter()
                .any(|e| l.ends_with(e))
        });
        let syllables = words.iter().all(|w| w.chars().count() <= 3);
        if !patronymic && !syllables {
            words.drain(..words.len() - 2);
        }
    }
}

/// `в МИД России`, `у МЗС`: a body named by its acronym after `в` or `у`,
/// the impersonal subject of a plural verb (`«...», — отметили в МИД
/// России`). The acronym and the capitalized words after it.
pub(super) fn body_after_in(words: &[&str]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    if !matches!(first.to_lowercase().as_str(), "в" | "во" | "у") {
        return None;
    }
    let acronym = rest
        .first()
        .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() && is_cyrillic(c)));
    if !acronym {
        return None;
    }
    let n = rest.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
    Some(rest[..n].join(" "))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{some, speakers};
    use super::*;

    #[test]
    fn stems_match_across_cases() {
        let t = |s: &str| names::tokens(s);
        assert!(tokens_fit(&t("Дмитрий Песков"), &t("Пескова")));
        assert!(tokens_fit(&t("Мария Захарова"), &t("Марии Захаровой")));
        assert!(tokens_fit(&t("Володимир Зеленський"), &t("Зеленського")));
        assert!(tokens_fit(&t("Андрій Сибіга"), &t("Сибіги")));
        assert!(!tokens_fit(&t("Дмитрий Песков"), &t("Путина")));
        assert!(!tokens_fit(&t("Мария Захарова"), &t("Мариной")));
    }

    #[test]
    fn runs_keep_the_name() {
        let mut w = vec!["России", "Дмитрий", "Песков"];
        trim_name(&mut w);
        assert_eq!(w, ["Дмитрий", "Песков"]);
        let mut w = vec!["Сергея", "Котова", "Дмитрий", "Гусев"];
        trim_name(&mut w);
        assert_eq!(w, ["Дмитрий", "Гусев"]);
        let mut w = vec!["КНДР", "Ким", "Чен", "Ын"];
        trim_name(&mut w);
        assert_eq!(w, ["Ким", "Чен", "Ын"]);
    }

    #[test]
    fn russian() {
        let lead = "Пресс-секретарь президента России Дмитрий Песков ответил журналистам. ";
        let text = format!("{lead}«Послание очень теплое», — заявил Песков. «Путин пожелал здоровья», — добавил он.");
        assert_eq!(speakers(&text), [some("Дмитрий Песков"), some("Дмитрий Песков")]);
        let text = format!("{lead}По словам Пескова, «ответ уже направлен».");
        assert_eq!(speakers(&text), [some("Дмитрий Песков")]);
        let text = format!("{lead}Песков заявил: «Визит обсуждается».");
        assert_eq!(speakers(&text), [some("Дмитрий Песков")]);
        // A body speaks for itself; a plural verb names nobody else.
        let text = format!("{lead}«Сотрудничество законно», — отметили в МИД России.");
        assert_eq!(speakers(&text), [some("МИД России")]);
        let text = format!("{lead}«Мы удовлетворены», — сообщили в пресс-службе компании.");
        assert_eq!(speakers(&text), [None]);
        // A name in another case than the article's: nobody.
        let text = "По словам Захаровой, «это провокация».";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn ukrainian() {
        let text = "«Партнери мають це розуміти», – заявив Володимир Зеленський. За словами Зеленського, \
                    росіяни випустили «понад 80 дронів».";
        assert_eq!(
            speakers(text),
            [some("Володимир Зеленський"), some("Володимир Зеленський")]
        );
        // A quote in narration with no verb of saying: nobody.
        let text = "Зеленський згадав розмову з Діком Схоофом. У грудні в Пхеньяні виступив ансамбль «Березка».";
        assert_eq!(speakers(text), [None]);
    }
}
