//! Speakers of quotes in French, German, Spanish, Italian, Portuguese and
//! Dutch copy.
//!
//! The rules of the parent module read English syntax. European news
//! attributes a quote with a handful of fixed shapes, nearly always right
//! after it (`», a déclaré Emmanuel Macron.`, `“, sagte Merz.`, `", dijo
//! Sánchez.`, `", ha detto Meloni.`) or right before it after a colon
//! (`Merz sagte: „...“`, `Selon Marine Le Pen, « ... »`), so a table of
//! cue words per language and a capitalized name next to them find most
//! speakers with little risk. Anything less clear-cut stays null: a
//! title without a name (`sagte der Kanzler`), a one-word name the article
//! never gives in full, a pronoun with no quote of a named speaker just
//! before it.

use super::{Attr, Ctx, MARK_SPACES, ceil_char, floor_char, is_quote_mark, names};

/// Cue words that follow a quote and come before its speaker (`», a
/// déclaré X`, `“, sagte X`), lower case, longest first where one starts
/// another. The auxiliaries of French and Italian compound tenses are part
/// of the cue.
const CUES_AFTER: &[&str] = &[
    // French
    "a déclaré",
    "a dit",
    "a affirmé",
    "a ajouté",
    "a expliqué",
    "a souligné",
    "a estimé",
    "a assuré",
    "a indiqué",
    "a précisé",
    "a lancé",
    "a confié",
    "a martelé",
    "a insisté",
    "a répondu",
    "a reconnu",
    "a averti",
    "a prévenu",
    "a jugé",
    "a commenté",
    "a résumé",
    "a écrit",
    "a tweeté",
    "a déploré",
    "a dénoncé",
    "a poursuivi",
    "a conclu",
    "a rappelé",
    "a raconté",
    "a témoigné",
    "a plaidé",
    "déclare",
    "affirme",
    "ajoute",
    "explique",
    "souligne",
    "estime",
    "assure",
    "indique",
    "précise",
    "lance",
    "confie",
    "martèle",
    "insiste",
    "répond",
    "reconnaît",
    "commente",
    "résume",
    "écrit",
    "déplore",
    "dénonce",
    "poursuit",
    "conclut",
    "rappelle",
    "raconte",
    "témoigne",
    "selon",
    // German
    "sagte",
    "sagt",
    "erklärte",
    "erklärt",
    "betonte",
    "betont",
    "meinte",
    "meint",
    "schrieb",
    "schreibt",
    "warnte",
    "warnt",
    "kritisierte",
    "kritisiert",
    "versicherte",
    "versichert",
    "ergänzte",
    "ergänzt",
    "bekräftigte",
    "erläuterte",
    "so",
    // Spanish
    "dijo",
    "afirmó",
    "aseguró",
    "señaló",
    "explicó",
    "declaró",
    "añadió",
    "agregó",
    "indicó",
    "sostuvo",
    "apuntó",
    "advirtió",
    "subrayó",
    "destacó",
    "manifestó",
    "expresó",
    "comentó",
    "reconoció",
    "insistió",
    "respondió",
    "escribió",
    "afirma",
    "asegura",
    "señala",
    "explica",
    "añade",
    "agrega",
    "según",
    // Italian
    "ha detto",
    "ha dichiarato",
    "ha spiegato",
    "ha aggiunto",
    "ha sottolineato",
    "ha affermato",
    "ha commentato",
    "ha scritto",
    "ha ribadito",
    "ha osservato",
    "ha concluso",
    "dice",
    "spiega",
    "aggiunge",
    "sottolinea",
    "secondo",
    // Portuguese
    "disse",
    "afirmou",
    "declarou",
    "explicou",
    "acrescentou",
    "ressaltou",
    "destacou",
    "garantiu",
    "escreveu",
    "segundo",
    // Dutch
    "zei",
    "zegt",
    "aldus",
    "verklaarde",
    "schreef",
];

/// Whether `cue` (lower case) is one of [`CUES_AFTER`].
fn is_cue(cue: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| CUES_AFTER.iter().copied().collect());
    SET.contains(cue)
}

/// Whether `w` (lower case) opens one of [`CUES_AFTER`] (`a` of `a
/// déclaré`, `sagte`).
fn is_cue_word(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| CUES_AFTER.iter().filter_map(|c| c.split(' ').next()).collect());
    SET.contains(w)
}

/// Cue words between a speaker and the quote after them (`Merz sagte:
/// „...“`): the cues of [`CUES_AFTER`] that are verbs.
fn cue_before(w: &str) -> bool {
    !matches!(w, "selon" | "según" | "secondo" | "segundo" | "aldus" | "so") && is_cue(w)
}

/// Prepositions that open a speaker before the quote (`Selon Marine Le Pen,
/// « ... »`, `Según Sánchez, "..."`).
const ACCORDING_TO: &[&str] = &["selon", "según", "secondo", "segundo", "laut", "volgens"];

/// Subject pronouns of a cue: the speaker is the named speaker of the quote
/// just before.
const PRONOUNS: &[&str] = &[
    "il", "elle", "er", "sie", "él", "ella", "lui", "lei", "ele", "ela", "hij", "zij", "ze",
];

/// Title words of these languages, dropped from the front of a name
/// (`Bundeskanzler Friedrich Merz`, `la ministre Rachida Dati`).
const TITLES: &[&str] = &[
    "bundeskanzler",
    "bundeskanzlerin",
    "kanzler",
    "kanzlerin",
    "bundespräsident",
    "bundespräsidentin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "hauptgeschäftsführer",
    "geschäftsführer",
    "vorsitzende",
    "vorsitzender",
    "fraktionschef",
    "fraktionschefin",
    "président",
    "présidente",
    "ministre",
    "porte-parole",
    "député",
    "députée",
    "maire",
    "presidente",
    "ministro",
    "ministra",
    "portavoz",
    "portavoce",
    "alcalde",
    "alcaldesa",
    "sindaco",
    "premier",
    "premiê",
    "woordvoerder",
    "burgemeester",
    // Swiss parliament and government.
    "ständerat",
    "ständerätin",
    "nationalrat",
    "nationalrätin",
    "bundesrat",
    "bundesrätin",
    "regierungsrat",
    "regierungsrätin",
];

/// Prepositions before the person addressed or spoken with.
const TO_WHOM: &[&str] = &[
    "à", "au", "aux", "avec", "pour", "contre", "sur", "a", "al", "con", "para", "contra", "ai", "alla", "per", "ao",
    "zu", "zum", "mit", "gegen", "über", "aan", "tegen", "met",
];

/// Articles before a name that the registry may take into it (`Le Pen`
/// aside): dropped from the front of the fullest form.
const ARTICLES: &[&str] = &["le", "la", "les", "der", "die", "el", "il", "lo", "de", "het"];

/// Words inside a name in lower case (`Marine Le Pen` aside, whose `Le` is
/// capitalized): `Lula da Silva`, `Ursula von der Leyen`.
const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "di", "van", "von", "der", "den", "y",
];

/// Most words between a cue and the name it introduces.
const MAX_BETWEEN: usize = 4;

/// Longest attribution read after or before a quote, in bytes.
const REACH: usize = 160;

impl Ctx<'_> {
    /// Speakers by the cues of other languages, for quotes the English
    /// rules left unattributed and ungoverned. In quote order, so that a
    /// pronoun finds the speaker of the quote before it.
    pub(super) fn foreign_speakers(&self, found: &mut [Attr]) {
        for w in 0..self.top.len() {
            let i = self.top[w];
            if found[i].speaker.is_some() || found[i].governed {
                continue;
            }
            let before = w.checked_sub(1).map(|v| self.top[v]);
            let Some((name, cue)) = self.cue_after(i).or_else(|| self.cue_ahead(i)) else {
                continue;
            };
            let speaker = match name {
                Named::Name(n) => Some(n),
                // `Wirtschaftsminister Guy Parmelin ... wählte seine Worte:
                // «...», sagte er.`: a person the quote's own sentence names
                // before it is whom the pronoun means; else the named
                // speaker of the quote before.
                Named::Pronoun => match self.people_in_sentence_before(i).as_slice() {
                    [one] => Some(one.clone()),
                    [] => before
                        .filter(|&j| self.spans[i].para <= self.spans[j].para + 1)
                        .and_then(|j| found[j].speaker.clone()),
                    _ => None,
                },
            };
            found[i].governed = true;
            found[i].cue = Some(cue);
            found[i].speaker = speaker;
        }
    }

    /// `disse Lula` after `Luiz Inácio Lula da Silva`: the one full name
    /// named before `at` that holds the one-word name inside it (the
    /// registry finds a name by its first and last words only).
    fn middle_name_of(&self, word: &str, at: usize) -> Option<String> {
        let key = names::tokens(word);
        let [key] = key.as_slice() else { return None };
        let mentions = &self.reg.mentions;
        let k = mentions.partition_point(|m| m.pos < at);
        let mut found: Option<&str> = None;
        for m in &mentions[..k] {
            if m.toks.len() > 2 && m.toks[1..m.toks.len() - 1].contains(key) {
                match found {
                    Some(f) if !names::same_person(f, &m.name) => return None,
                    _ => found = Some(&m.name),
                }
            }
        }
        found.map(str::to_string)
    }

    /// The distinct people (names of two words or more, titles dropped)
    /// that the registry saw in the sentence of quote `i`, before it.
    fn people_in_sentence_before(&self, i: usize) -> Vec<String> {
        let sp = self.spans[i];
        let from = self.sent_start(sp.para, sp.open);
        let mentions = &self.reg.mentions;
        let k = mentions.partition_point(|m| m.pos < from);
        let mut out: Vec<String> = Vec::new();
        for m in mentions[k..].iter().take_while(|m| m.pos < sp.open) {
            let words: Vec<&str> = m.name.split(' ').skip_while(|w| is_title(w) || is_article(w)).collect();
            if words.len() < 2 {
                continue;
            }
            let name = words.join(" ");
            if !out.iter().any(|o| names::same_person(o, &name)) {
                out.push(name);
            }
        }
        out
    }

    /// `», a déclaré Emmanuel Macron.`, `“, sagte er.`, `», a-t-elle lancé.`
    fn cue_after(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.spans[i];
        // (A quote continued over paragraphs closes past its first one.)
        let end = self.paras[sp.para].end.min(sp.close + REACH).max(sp.close);
        let rest = &self.text[sp.close..floor_char(self.text, end)];
        // The closing mark and its spaces (` »`), then a comma or dash,
        // which may also stand inside the marks (`« Jamais, » a dit X`).
        let rest = rest.trim_start_matches(|c: char| is_quote_mark(c) || is_space(c));
        let rest = rest.trim_start_matches(|c: char| matches!(c, ',' | '\u{2014}' | '\u{2013}') || is_space(c));
        // Most quotes are followed by no cue of these languages: one word
        // tells.
        let first = rest.split(is_space).next()?.trim_end_matches(',').to_lowercase();
        if !(is_cue_word(&first) || first.ends_with("-il") || first.ends_with("-elle")) {
            return None;
        }
        let words = words_of(rest);
        // `a-t-il déclaré`, `a-t-elle lancé`, `dit-il`, `ajoute-t-elle`.
        if first.ends_with("-il") || first.ends_with("-elle") {
            let verb = first.split('-').next().unwrap_or("");
            let cue = if verb == "a" {
                words.get(1).map_or(first.clone(), |w| format!("{first} {w}"))
            } else {
                first.clone()
            };
            return Some((Named::Pronoun, cue));
        }
        let (cue, n) = match_cue(&words)?;
        // `, so Merz.`: `so` only before a name that ends the sentence.
        if cue == "so" && !ends_sentence_after_name(&words[n..]) {
            return None;
        }
        if let Some(w) = words.get(n)
            && PRONOUNS.contains(&w.to_lowercase().as_str())
        {
            return Some((Named::Pronoun, cue));
        }
        let name = self.name_after(&words[n..], sp.close)?;
        Some((Named::Name(name), cue))
    }

    /// `Merz sagte: „...“`, `Il a ajouté : « ... »`, `Selon Marine Le Pen,
    /// « ... »`: the clause before the quote, ending with a colon or comma.
    fn cue_ahead(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.spans[i];
        let para = self.paras[sp.para];
        let from = ceil_char(self.text, para.start.max(sp.open.saturating_sub(REACH)));
        // (Without the opening mark and its spaces: `a déclaré : « `.)
        let before = self.text[from..sp.open].trim_end_matches(|c: char| is_quote_mark(c) || is_space(c));
        if let Some(found) = self.selon(before, sp.open) {
            return Some(found);
        }
        let before = before
            .strip_suffix(':')
            .or_else(|| before.strip_suffix(','))?
            .trim_end();
        // The clause: after the last sentence end, comma or closing quote
        // mark (`Preguntada por esas críticas, Ortega respondió:`).
        let clause_at = before
            .rfind(['.', '!', '?', ';', ',', '»', '“', '”', '"'])
            .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
        let clause = &before[clause_at..];
        let words = words_of(clause);
        // The cue ends the clause: `... sagte:`, `... a ajouté :`.
        let n = words.len();
        let last = words.last()?.to_lowercase();
        let auxiliary = n >= 2 && matches!(words[n - 2], "a" | "ha");
        let (cue_at, cue) = if auxiliary {
            (n - 2, format!("{} {last}", words[n - 2]))
        } else {
            (n - 1, last)
        };
        if !cue_before(&cue) {
            return None;
        }
        let subject = &words[..cue_at];
        if subject.len() == 1 && PRONOUNS.contains(&subject[0].to_lowercase().as_str()) {
            return Some((Named::Pronoun, cue));
        }
        // The subject is the clause's whole start: a name, perhaps after a
        // title (`Bundeskanzler Friedrich Merz sagte:`).
        if subject.is_empty() || name_len(subject) != subject.len() {
            return None;
        }
        let name = self.name_after(subject, sp.open)?;
        Some((Named::Name(name), cue))
    }

    /// A sentence before the quote that opens with `Selon X,` (`Según X,`,
    /// `Laut X,`): `Selon Marine Le Pen, c'est « une mascarade »`.
    fn selon(&self, before: &str, at: usize) -> Option<(Named, String)> {
        let sentence_at = before
            .rfind(['.', '!', '?', ';', '»', '”', '"', '\n'])
            .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
        let sentence = before[sentence_at..].trim_start();
        let (first, rest) = sentence.split_once(' ')?;
        let first = first.to_lowercase();
        if !ACCORDING_TO.contains(&first.as_str()) {
            return None;
        }
        let (subject, _) = rest.split_once(',')?;
        let words: Vec<&str> = subject.split_whitespace().collect();
        if words.is_empty() || name_len(&words) != words.len() {
            return None;
        }
        let name = self.name_after(&words, at)?;
        Some((Named::Name(name), first))
    }

    /// The name opening `words` (after up to [`MAX_BETWEEN`] lower-case
    /// words), in its fullest form in the article, without its
    /// titles. A one-word name counts only when the article gives it in full
    /// somewhere (`Merz` after `Friedrich Merz`): alone it may be a noun.
    fn name_after(&self, words: &[&str], at: usize) -> Option<String> {
        // (Lower-case words only: articles, titles, a time: `a affirmé jeudi
        // matin Karim Benali`, `dijo el presidente Pedro Sánchez`.)
        let skip = words
            .iter()
            .take(MAX_BETWEEN + 1)
            .take_while(|w| **w != ",")
            .position(|w| starts_upper(w) || is_elided_particle_name(w))?;
        // Whom the words were said to is not who said them: `a déclaré à
        // Olaf Scholz`, `sagte er zu Merz`, `dijo a Pedro Sánchez`.
        if skip > 0 && TO_WHOM.contains(&words[skip - 1].to_lowercase().as_str()) {
            return None;
        }
        let words = &words[skip..];
        let n = name_len(words);
        let mut name: Vec<&str> = words[..n].to_vec();
        // An appositive name after a title: `el ministro de Economía, Carlos Cuerpo`.
        while name.len() > 1 && is_title(name[0]) {
            name.remove(0);
        }
        if name.is_empty() || name.iter().all(|w| is_title(w)) {
            return None;
        }
        let joined = name.join(" ");
        let mut full = self.reg.fullest(&joined, at);
        if !full.contains(' ') {
            full = self.middle_name_of(&full, at).unwrap_or(full);
        }
        let mut full: Vec<&str> = full.split(' ').collect();
        // (The registry takes a sentence's first word into the name after
        // it: `Selon Marine Le Pen`, `Laut Merz`, `L'économiste Jean`.)
        while full.len() > 1
            && (is_title(full[0]) || is_article(full[0]) || is_according_to(full[0]) || is_elided_noun(full[0]))
        {
            full.remove(0);
        }
        // A description up to its last title: `Tessiner Ständerat Marco Chiesa`.
        if let Some(t) = full[..full.len() - 1].iter().rposition(|w| is_title(w))
            && full.len() - t > 2
        {
            full.drain(..=t);
        }
        (full.len() >= 2).then(|| full.join(" "))
    }
}

/// Whom a cue names.
enum Named {
    Name(String),
    /// `il`, `sie`, `a-t-il`: the speaker of the quote before.
    Pronoun,
}

/// The words of `s` up to its first sentence or clause end, without their
/// punctuation (`Macron.` -> `Macron`, `l’ancien` stays whole); a comma is
/// a word of its own, so that a name is never looked for past one.
fn words_of(s: &str) -> Vec<&str> {
    let end = clause_end(s);
    let mut out = Vec::new();
    for w in s[..end].split([' ', '\u{00A0}', '\u{202F}', '\n']) {
        let w = w.trim_matches(|c: char| c == '\u{2014}' || c == '\u{2013}');
        // `M.` of `M. Macron` stays a word (a title) without its period.
        let w = w.strip_suffix('.').filter(|a| is_abbreviated_title(a)).unwrap_or(w);
        let bare = w.trim_end_matches(',');
        if !bare.is_empty() {
            out.push(bare);
        }
        if bare.len() < w.len() {
            out.push(",");
        }
    }
    out
}

/// Where the sentence or clause opening `s` ends: at its first stop,
/// colon, bracket or quote mark, but not at the period of a title
/// (`a déclaré M. Macron.`, `sagte Dr. Müller.`).
fn clause_end(s: &str) -> usize {
    let stops = ['.', ';', ':', '!', '?', '(', '«', '»', '„', '“', '”', '"'];
    let mut from = 0;
    while let Some(k) = s[from..].find(stops).map(|k| from + k) {
        let word = s[..k].rsplit([' ', '\u{00A0}', '\n']).next().unwrap_or("");
        if s[k..].starts_with('.') && is_abbreviated_title(word) {
            from = k + 1;
            continue;
        }
        return k;
    }
    s.len()
}

/// Titles written short with a period: French `M.`, `Mme`, `Mlle`, `Me`,
/// `Pr`; German `Dr.`, `Prof.`, `Hr.`; Spanish `Sr.`, `Sra.`.
fn is_abbreviated_title(w: &str) -> bool {
    matches!(
        w,
        "M" | "Mme" | "Mlle" | "Me" | "Pr" | "Dr" | "Prof" | "Hr" | "Sr" | "Sra" | "Dña" | "Dott"
    )
}

/// The longest cue of [`CUES_AFTER`] opening `words`, and how many words it
/// takes.
fn match_cue(words: &[&str]) -> Option<(String, usize)> {
    let one = words.first()?.to_lowercase();
    if let Some(second) = words.get(1) {
        let two = format!("{one} {}", second.to_lowercase());
        if is_cue(&two) {
            return Some((two, 2));
        }
    }
    is_cue(&one).then_some((one, 1))
}

/// Whether `words` is a name and nothing else (`, so Merz.`).
fn ends_sentence_after_name(words: &[&str]) -> bool {
    !words.is_empty() && name_len(words) == words.len()
}

/// How many words at the start of `words` make a name: capitalized words,
/// with lower-case particles between them.
fn name_len(words: &[&str]) -> usize {
    let mut n = 0;
    while n < words.len() {
        let w = words[n];
        // (`der`, `den` only after `von`, `van`: `Ursula von der Leyen`,
        // but `sagte Dubois der NZZ` tells whom.)
        let particle = n > 0
            && PARTICLES.contains(&w)
            && (!matches!(w, "der" | "den") || matches!(words[n - 1], "von" | "van"))
            && words
                .get(n + 1)
                .is_some_and(|v| starts_upper(v) || matches!(*v, "der" | "den"));
        if !(starts_upper(w) || particle || is_elided_particle_name(w)) {
            break;
        }
        n += 1;
    }
    n
}

/// `d'Ormesson`, `d’Alembert`, `D'Alema`: a name behind an elided particle.
fn is_elided_particle_name(w: &str) -> bool {
    let rest = w
        .strip_prefix("d'")
        .or_else(|| w.strip_prefix("d\u{2019}"))
        .or_else(|| w.strip_prefix("D'"))
        .or_else(|| w.strip_prefix("D\u{2019}"));
    rest.is_some_and(starts_upper)
}

/// A space between a quote mark and the words or cue beside it.
fn is_space(c: char) -> bool {
    MARK_SPACES.contains(&c)
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `L'économiste`, `l'ancien`: an elided article before a common noun,
/// capitalized only because it opens the sentence.
fn is_elided_noun(w: &str) -> bool {
    let rest = ["L'", "L\u{2019}", "l'", "l\u{2019}"]
        .iter()
        .find_map(|p| w.strip_prefix(p));
    rest.is_some_and(|r| r.chars().next().is_some_and(char::is_lowercase))
}

fn is_article(w: &str) -> bool {
    ARTICLES.contains(&w.to_lowercase().as_str())
}

fn is_according_to(w: &str) -> bool {
    ACCORDING_TO.contains(&w.to_lowercase().as_str())
}

fn is_title(w: &str) -> bool {
    if is_abbreviated_title(w) {
        return true;
    }
    let l = w.to_lowercase();
    TITLES.contains(&l.as_str()) || names::is_title(&l) || COMPOUND_TITLE_ENDS.iter().any(|end| l.ends_with(end))
}

/// German titles are compounds (`Wirtschaftsminister`,
/// `Finanzministerin`, `Bundesratspräsident`): the last part tells.
const COMPOUND_TITLE_ENDS: &[&str] = &[
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "sprecher",
    "sprecherin",
    // Nouns of profession are capitalized like names (`Der Ökonom Dubois`).
    "ökonom",
    "ökonomin",
    "experte",
    "expertin",
    "analyst",
    "analystin",
    "politiker",
    "politikerin",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "professor",
    "professorin",
    "abgeordnete",
    "abgeordneter",
    "anwalt",
    "anwältin",
];

#[cfg(test)]
mod tests {
    use super::super::tests::{some, speakers};

    #[test]
    fn french() {
        let text = "« Nous ne céderons pas », a déclaré Emmanuel Macron. Le président a ajouté : « La France tiendra ses engagements. »\n\nSelon Marine Le Pen, c'est « une mascarade ». « Les Français méritent mieux », a-t-elle lancé.";
        assert_eq!(
            speakers(text),
            [
                some("Emmanuel Macron"),
                None,
                some("Marine Le Pen"),
                some("Marine Le Pen")
            ]
        );
        let text = "Emmanuel Macron a déclaré : « Nous ne céderons pas. » « Jamais », a-t-il ajouté.";
        assert_eq!(speakers(text), [some("Emmanuel Macron"), some("Emmanuel Macron")]);
        // A title abbreviated with a period.
        let text = "« Nous tiendrons », a déclaré Mme Rachida Dati. „Wir auch“, sagte Dr. Anna Müller.";
        assert_eq!(speakers(text), [some("Rachida Dati"), some("Anna Müller")]);
        // `M.` and `Mme` before a surname alone: the person named in full.
        let text = "Emmanuel Macron a reçu Élisabeth Borne. « Nous sommes prêts », a déclaré M. Macron. Mme Borne a ajouté : « Rien ne change. »";
        assert_eq!(speakers(text), [some("Emmanuel Macron"), some("Élisabeth Borne")]);
    }

    #[test]
    fn german() {
        let text = "Bundeskanzler Friedrich Merz hat die EU aufgefordert. »Wir schaffen das nicht allein«, sagte Merz am Freitag. »Europa muss liefern«, sagte er.\n\nDer Städtetag begrüßte das. »Die Kommunen sind am Limit«, sagte Hauptgeschäftsführer Christian Schuchardt. „Wir brauchen Hilfe“, so Schuchardt.";
        assert_eq!(
            speakers(text),
            [
                some("Friedrich Merz"),
                some("Friedrich Merz"),
                some("Christian Schuchardt"),
                some("Christian Schuchardt")
            ]
        );
        // A title without a name, a noun alone, the person spoken to: nobody.
        let text = "»Wir schaffen das«, sagte der Kanzler am Freitag. „Nein“, so Berlin. „Ja“, sagte der Minister zu Friedrich Merz.";
        assert_eq!(speakers(text), [None, None, None]);
    }

    #[test]
    fn spanish_italian_portuguese_dutch() {
        let text = "\"No vamos a dejar a nadie atrás\", dijo el presidente Pedro Sánchez. Según Alberto Núñez Feijóo, es \"puro marketing\".";
        assert_eq!(speakers(text), [some("Pedro Sánchez"), some("Alberto Núñez Feijóo")]);
        let text = "\"Andiamo avanti\", ha detto Giorgia Meloni. \"Vamos vencer\", disse Luiz Inácio Lula da Silva. \"We gaan door\", aldus Dick Schoof.";
        assert_eq!(
            speakers(text),
            [
                some("Giorgia Meloni"),
                some("Luiz Inácio Lula da Silva"),
                some("Dick Schoof")
            ]
        );
    }

    #[test]
    fn a_pronoun_means_the_person_its_own_sentence_names() {
        let text = "\u{ab}Wir verhandeln nicht unter Druck\u{bb}, sagte Bundesr\u{e4}tin Karin Keller-Sutter.\n\n\
                    Wirtschaftsminister Guy Parmelin, der die Gespr\u{e4}che f\u{fc}hrt, w\u{e4}hlte seine Worte: \
                    \u{ab}Nous ne c\u{e9}derons pas\u{bb}, sagte er.";
        assert_eq!(speakers(text), vec![some("Karin Keller-Sutter"), some("Guy Parmelin")]);
    }

    #[test]
    fn names_with_particles_and_the_person_told() {
        // `der NZZ` is whom he told, not part of his name.
        let text = "Der \u{d6}konom Dubois sprach. \u{ab}Die Lage ist robust\u{bb}, sagte Dubois der NZZ.";
        assert_eq!(speakers(text), vec![None]);
        // An elided particle (`d\u{2019}Ormesson`) is inside the name; an elided article
        // opening the sentence (`L\u{2019}\u{e9}conomiste`) is not.
        let text = "L'\u{e9}conomiste Jean d'Ormesson a r\u{e9}agi. \u{ab} Les tarifs frappent fort \u{bb}, \
                    a d\u{e9}clar\u{e9} Jean d'Ormesson.";
        assert_eq!(speakers(text), vec![some("Jean d'Ormesson")]);
        // A one-word name that is the middle of the full one.
        let text = "O presidente Luiz In\u{e1}cio Lula da Silva falou. \u{201c}\u{c9} um compromisso\u{201d}, \
                    disse Lula durante evento.";
        assert_eq!(speakers(text), vec![some("Luiz In\u{e1}cio Lula da Silva")]);
        // A description up to its title.
        let text = "\u{ab}Per il Ticino \u{e8} grave\u{bb}, sagte der Tessiner St\u{e4}nderat Marco Chiesa.";
        assert_eq!(speakers(text), vec![some("Marco Chiesa")]);
    }

    #[test]
    fn english_is_left_to_the_english_rules() {
        let text = "\"We will win,\" Joe Biden said. \"It is over,\" so the story goes. \"Yes,\" dice Kim.";
        assert_eq!(speakers(text), [some("Joe Biden"), None, None]);
    }
}
