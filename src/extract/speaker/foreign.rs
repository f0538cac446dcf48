//! Speakers of quotes in French, German, Spanish, Italian, Portuguese,
//! Dutch, Swedish, Danish, Norwegian, Russian, Ukrainian and Turkish copy
//! (Turkish puts the verb after the quote: see [`turkish`]).
//!
//! The rules of the parent module read English syntax. European news
//! attributes a quote with a handful of fixed shapes, so a table of verbs
//! of saying per language ([`lexicon`]) and a capitalized name next to them
//! find most speakers with little risk:
//! - a cue right after the quote: `», a déclaré Emmanuel Macron.`, `“, sagte
//!   Merz.`, `", dijo Sánchez.`, `», — заявил Песков.`, `”, säger Ulf
//!   Kristersson.`; a pronoun (`sagte er`, `zei hij`, `a-t-elle lancé`, `—
//!   добавил он`) or, where the language leaves the subject out, nothing
//!   (`», añade.`, `», ha aggiunto.`, `», disse aos jornalistas.`): the person
//!   the pronoun stands for (see [`Reader::carried`]);
//! - a clause ending in a cue before it: `Merz sagte: „...“`, `Luca
//!   Ferretti, capogruppo del Pd, ha dichiarato: «...»`, `Selon Marine Le Pen,
//!   « ... »`, `По словам Пескова, «...»`;
//! - the subject of a verb of saying or naming earlier in the quote's own
//!   sentence: `Thomas Krämer sagte, das Programm sei »Symbolpolitik«`,
//!   `Carlos Moura considerou que o Presidente «falou sobretudo para o
//!   Governo»`, `nannte das Programm »Symbolpolitik«`.
//!
//! Anything less clear-cut stays null: a title without a name (`sagte der
//! Kanzler`), a one-word name the article never gives in full, the object
//! of a preposition (`disse na Assembleia da República`, `dijo a Pedro
//! Sánchez`), a pronoun that could stand for two people.
//!
//! These rules run only for the quotes the English rules left unattributed
//! and ungoverned, and each gives up at its first word when that word is no
//! cue of these languages, so English copy pays a hash lookup per quote.

use super::{Attr, Ctx, MARK_SPACES, ceil_char, floor_char, is_quote_mark, names};

mod chinese;
mod cjk;
mod japanese;
mod korean;
mod lexicon;
mod slavic;
mod turkish;

/// The languages read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Fr,
    De,
    Es,
    It,
    Pt,
    Nl,
    Sv,
    Da,
    No,
    Ru,
    Uk,
    Tr,
}

impl Lang {
    /// Whether a verb of saying may stand without a subject (`añade`,
    /// `ha aggiunto`, `afirmou`, `добавил`): the subject is the person the
    /// text goes on about.
    fn drops_subject(self) -> bool {
        matches!(self, Lang::Es | Lang::It | Lang::Pt | Lang::Ru | Lang::Uk)
    }
}

/// Whom a cue names.
enum Named {
    Name(String),
    /// `il`, `sie`, `он`: see [`Reader::carried`].
    Pronoun,
    /// No subject at all (`», añade.`): see [`Reader::carried`].
    Zero,
    /// A role noun (`», razona el magistrado.`): see [`Reader::role_person`].
    Role(String),
    /// No one the rules may name (`한 정부 소식통은`, `有分析人士认为`,
    /// `政府関係者は`): the quote is governed, its speaker null.
    Nobody,
}

/// A word of a sentence, at its byte offset. Punctuation that matters is a
/// word of its own (`,`, `:`, `;`); a quote is the word [`QUOTE`].
#[derive(Debug, Clone, Copy)]
struct W<'t> {
    at: usize,
    w: &'t str,
}

/// The word standing for a quote inside a sentence.
const QUOTE: &str = "\u{201c}\u{201d}";

/// Most words between a cue and the name it introduces.
const MAX_BETWEEN: usize = 4;

/// Longest attribution read after or before a quote, in bytes.
const REACH: usize = 160;

/// Most words between a verb of saying and the quote it governs later in
/// its sentence (`Carlos Moura considerou que o Presidente «...»`).
const MAX_REPORTED: usize = 40;

/// How far before a name a role noun is looked for, in bytes.
const ROLE_REACH: usize = 80;

/// How far before a quote [`Reader::named_in_text`] reads, in bytes.
const NAMED_REACH: usize = 16_000;

/// Most mentions read for a Russian or Ukrainian name in another case.
const MAX_MENTIONS: usize = 400;

/// Most sentences read back for the person a pronoun or a missing subject
/// stands for.
const CARRY_SENTENCES: usize = 3;

impl Ctx<'_> {
    /// Speakers by the cues of other languages, for quotes the English
    /// rules left unattributed and ungoverned. In quote order, so that a
    /// pronoun finds the speaker of the quote before it.
    pub(super) fn foreign_speakers(&self, found: &mut [Attr]) {
        Reader { cx: self }.speakers(found);
    }
}

/// The rules of this module over one article's attribution context.
struct Reader<'c, 'a> {
    cx: &'c Ctx<'a>,
}

impl<'a> Reader<'_, 'a> {
    /// See [`Ctx::foreign_speakers`].
    fn speakers(&self, found: &mut [Attr]) {
        for w in 0..self.cx.top.len() {
            let i = self.cx.top[w];
            if found[i].speaker.is_some() || found[i].governed {
                continue;
            }
            let cued = self
                .cue_after(i)
                .or_else(|| self.turkish(i))
                .or_else(|| self.cjk(i, found))
                .or_else(|| self.cue_ahead(i, found))
                .or_else(|| self.inciso(i));
            // `заявив «Ъ», что`, `ООО «Восток-Инвест»`: a name in quote
            // marks inside a sentence is nobody's words, nor the speaker's
            // of the quote next to it; but a verb of naming names by it
            // (`nannte das Programm »Symbolpolitik«`).
            let (name, cue) = match cued {
                Some(c) => c,
                None if self.after_thing_noun(i) => {
                    found[i].governed = true;
                    continue;
                }
                // (German capitalizes its nouns: `sei »Symbolpolitik«`.)
                None => match self.said_that(i, found) {
                    Some((n, c, naming, lang)) if naming || lang == Lang::De => (n, c),
                    Some(_) | None if self.names_a_thing(i) => {
                        found[i].governed = true;
                        continue;
                    }
                    Some((n, c, _, _)) => (n, c),
                    None => {
                        // `Berger berichtete von Gesprächen. »Ein Bürgermeister
                        // hat mir gesagt: ...«`
                        if let Some(p) = self.lead_in(i, found) {
                            found[i].speaker = Some(p);
                        }
                        continue;
                    }
                },
            };
            let speaker = match name {
                Named::Name(n) => Some(n),
                Named::Nobody => None,
                Named::Role(head) => self.role_person(&head, self.cx.spans[i].open),
                Named::Pronoun | Named::Zero => {
                    // A later part of a quote continued over paragraphs: the
                    // person its first part's sentence goes on about.
                    let first = self.first_part(i);
                    let w = self.cx.top.partition_point(|&j| j < first);
                    self.carried(first, w, found)
                }
            };
            found[i].governed = true;
            found[i].cue = Some(cue);
            found[i].speaker = speaker;
        }
    }

    /// Whom a pronoun or a missing subject at quote `i` (the `w`-th top-level
    /// quote) stands for: the subject of the quote's own sentence when that
    /// is a person (`Wirtschaftsminister Guy Parmelin ... wählte seine Worte:
    /// «...», sagte er.`); else, when that sentence names nobody, the
    /// subject of the nearest sentence before it that names someone (`Carlos
    /// Moura falou aos jornalistas. «...», disse.`), back to the quote before
    /// (whose speaker it is when no sentence in between names anyone). A
    /// sentence naming people, none of them its subject, leaves it to no one.
    fn carried(&self, i: usize, w: usize, found: &[Attr]) -> Option<String> {
        let sp = self.cx.spans[i];
        let s = self.cx.sent_start(sp.para, sp.open);
        match self.sentence_subject(s, sp.open) {
            Subject::Person(p) => return Some(p),
            Subject::Others(_) | Subject::Unknown => return None,
            Subject::Nobody => {}
        }
        // The quote before, if it is in this paragraph or the one before.
        let prev = self.cx.top[..w]
            .iter()
            .rev()
            .copied()
            .find(|&j| self.cx.spans[j].close <= s)
            .filter(|&j| sp.para <= self.cx.spans[j].para + 1);
        let floor = match prev {
            Some(j) => self.cx.spans[j].close,
            None => self.cx.paras[sp.para.saturating_sub(1)].start,
        };
        let prev_speaker = prev.and_then(|j| found[j].speaker.clone());
        let mut end = s;
        let mut p = sp.para;
        for _ in 0..CARRY_SENTENCES {
            // Back over paragraph breaks (headlines skipped).
            while end <= self.cx.paras[p].start || self.cx.paras[p].headline {
                if p == 0 || self.cx.paras[p - 1].end <= floor {
                    return prev_speaker;
                }
                p -= 1;
                end = self.cx.paras[p].end;
            }
            if end <= floor {
                break;
            }
            let start = self.sentence_before(p, end).max(floor);
            match self.sentence_subject(start, end) {
                Subject::Person(x) => return Some(x),
                Subject::Unknown => return None,
                // (The attribution of the quote before names its speaker.)
                Subject::Others(people) => {
                    return prev_speaker.filter(|y| people.iter().all(|x| names::same_person(x, y)));
                }
                Subject::Nobody => {}
            }
            end = start;
        }
        prev_speaker
    }

    /// What the sentence `lo..hi` says of people: its subject, when that is
    /// a person, or whether it names others.
    fn sentence_subject(&self, lo: usize, hi: usize) -> Subject {
        let toks = self.sentence_words(lo, hi);
        let toks = last_sentence(&toks);
        // The subject ends before the first lower-case word that can be a
        // verb (`Carlos Moura falou`, `O líder do PS, Carlos Moura,
        // considerou`).
        for k in 1..toks.len().min(24) {
            // (Not at a particle inside a name: `Sophia de Mello`.)
            if !starts_lower(toks[k].w) || (starts_upper(toks[k - 1].w) && name_len_w(&toks[k - 1..]) > 1) {
                continue;
            }
            match self.subject_of(&toks[..k], toks[0].at) {
                Some(Named::Name(n)) => return Subject::Person(n),
                // `Il presidente ha poi affrontato`: the one person the
                // article gives that role, else someone the rules cannot
                // tell.
                Some(Named::Role(head)) => {
                    return self
                        .role_person(&head, toks[0].at)
                        .map_or(Subject::Unknown, Subject::Person);
                }
                _ => {}
            }
        }
        // `– Regeringen borde ..., säger Karin Ekdahl (S).`: the speaker of
        // a quote set off by a dash is who the sentence is about.
        for k in 1..toks.len() {
            if !matches!(toks[k - 1].w, "," | "\u{2014}" | "\u{2013}") {
                continue;
            }
            if let Some((_, n, _)) = match_cue_w(&toks[k..]) {
                let words: Vec<&str> = toks[k + n..].iter().take(MAX_BETWEEN + 3).map(|t| t.w).collect();
                if words.first().is_some_and(|w| lexicon::is_pronoun(&w.to_lowercase())) {
                    return Subject::Nobody;
                }
                if let Some(p) = self.name_after(&words, toks[k].at) {
                    return Subject::Person(p);
                }
            }
        }
        let people = self.people_in(toks);
        if people.is_empty() {
            Subject::Nobody
        } else {
            Subject::Others(people)
        }
    }

    /// The distinct people (resolved to two words or more) named in `toks`.
    fn people_in(&self, toks: &[W]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut k = 0;
        while k < toks.len() {
            let n = name_len_w(&toks[k..]);
            if n == 0 {
                k += 1;
                continue;
            }
            let words: Vec<&str> = toks[k..k + n].iter().map(|t| t.w).collect();
            if let Some(p) = self.person(&words, toks[k].at, false)
                && !out.iter().any(|o| names::same_person(o, &p))
            {
                out.push(p);
            }
            k += n;
        }
        out
    }

    /// `», a déclaré Emmanuel Macron.`, `“, sagte er.`, `», a-t-elle lancé.`,
    /// `», añade.`
    fn cue_after(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        // (A quote continued over paragraphs closes past its first one.)
        let end = self.cx.paras[sp.para].end.min(sp.close + REACH).max(sp.close);
        let rest = &self.cx.text[sp.close..floor_char(self.cx.text, end)];
        // The closing mark and its spaces (` »`), then a comma or dash,
        // which may also stand inside the marks (`« Jamais, » a dit X`).
        let rest = rest.trim_start_matches(|c: char| is_quote_mark(c) || is_space(c));
        let rest = rest.trim_start_matches(|c: char| matches!(c, ',' | '\u{2014}' | '\u{2013}') || is_space(c));
        // Most quotes are followed by no cue of these languages: one word
        // tells.
        let first = rest.split(is_space).next()?.trim_end_matches([',', '.']).to_lowercase();
        if !(lexicon::opens_cue(&first) || first.ends_with("-il") || first.ends_with("-elle")) {
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
        let (cue, n, lang) = match_cue(&words)?;
        // `, so Merz.`: `so` only before a name that ends the sentence.
        if cue == "so" && !ends_sentence_after_name(&words[n..]) {
            return None;
        }
        if let Some(w) = words.get(n)
            && lexicon::is_pronoun(&w.to_lowercase())
        {
            return Some((Named::Pronoun, cue));
        }
        if is_plural(&cue, lang)
            && let Some(body) = slavic::body_after_in(&words[n..])
        {
            return Some((Named::Name(body), cue));
        }
        if let Some(name) = self.name_after(&words[n..], sp.close) {
            return Some((Named::Name(name), cue));
        }
        if lang.drops_subject() && no_subject(&words[n..], lang) && !is_plural(&cue, lang) {
            return Some((Named::Zero, cue));
        }
        // `», razona el magistrado.`, `», – додав президент.`
        let role = words[n..].split(|w| *w == ",").next().unwrap_or(&[]);
        let head = match role {
            [a, h, ..] if lexicon::is_article(&a.to_lowercase()) => h,
            [h, ..] => h,
            [] => return None,
        };
        let l = head.to_lowercase();
        if starts_lower(head) && is_title(head) && !is_function_word(&l) && !is_plural(&cue, lang) {
            return Some((Named::Role(l), cue));
        }
        None
    }

    /// `Merz sagte: „...“`, `Il a ajouté : « ... »`, `Selon Marine Le Pen,
    /// « ... »`, `Luca Ferretti, capogruppo del Pd, ha dichiarato: «...»`,
    /// `I ett uttalande skrev Kristersson: ”...”`: the clause before the
    /// quote, ending with a colon or comma.
    fn cue_ahead(&self, i: usize, found: &[Attr]) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        // A quote opening its paragraph after a paragraph ending on a colon
        // (`Erdoğan, konuşmasında şunları söyledi:`): that paragraph's end.
        let (p, end) = self.lead_in_colon(sp.para, sp.open).unwrap_or((sp.para, sp.open));
        let para = self.cx.paras[p];
        let from = ceil_char(self.cx.text, para.start.max(end.saturating_sub(REACH)));
        // (Without the opening mark and its spaces: `a déclaré : « `.)
        let before = self.cx.text[from..end].trim_end_matches(|c: char| is_quote_mark(c) || is_space(c));
        if let Some(found) = self.selon(before, end) {
            return Some(found);
        }
        if !before.ends_with([':', ',']) {
            return None;
        }
        let s = self
            .cx
            .sent_start(p, floor_char(self.cx.text, end.saturating_sub(1)).max(para.start));
        let toks = self.sentence_words(s, end);
        let toks = last_sentence(&toks);
        let (last, toks) = toks.split_last()?;
        if !matches!(last.w, ":" | ",") {
            return None;
        }
        // The cue ends the clause (`... sagte:`, `... a ajouté :`), or a few
        // words of its object follow it (`escribió en redes sociales:`).
        let clause = toks
            .iter()
            .rposition(|t| matches!(t.w, "," | ":" | ";"))
            .map_or(0, |k| k + 1);
        let (k, n, cue, lang, _) = (clause..toks.len())
            .rev()
            .take(7)
            .find_map(|k| match_verb(&toks[k..]).map(|(c, n, l, naming)| (k, n, c, l, naming)))?;
        if matches!(cue.as_str(), "so" | "selon" | "según" | "secondo" | "segundo" | "aldus" | "enligt" | "ifølge")
            || toks[k + n..].iter().any(|t| t.w == QUOTE)
            // (After a comma, only a cue ending the clause: `Merz sagte, „...“`.)
            || (last.w == "," && k + n != toks.len())
        {
            return None;
        }
        // The subject: the clause's words before the cue, or when those are
        // none (or only a predicate: `se ha limitado a escribir`), the
        // sentence's.
        let own = &toks[clause..k];
        let predicate = !own.is_empty()
            && own
                .iter()
                .all(|t| !starts_upper(t.w) && !lexicon::is_pronoun(&t.w.to_lowercase()));
        let upto = if predicate { clause } else { k };
        let named = self.verb_subject(toks, upto, k + n, lang, &cue, i, found)?;
        Some((named, cue))
    }

    /// A sentence before the quote that opens with `Selon X,` (`Según X,`,
    /// `Laut X,`, `По словам X,`, `Цитата X:`): `Selon Marine Le Pen, c'est
    /// « une mascarade »`.
    fn selon(&self, before: &str, at: usize) -> Option<(Named, String)> {
        let sentence_at = before
            .rfind(['.', '!', '?', ';', '»', '”', '"', '\n'])
            .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
        let sentence = before[sentence_at..].trim_start();
        let (first, rest) = sentence.split_once(' ')?;
        let first = first.to_lowercase();
        let (cue, rest) = if lexicon::is_according_to(&first) || slavic::is_quote_of(&first) {
            (first, rest)
        } else {
            let (second, rest) = rest.split_once(' ')?;
            let two = format!("{first} {}", second.to_lowercase());
            if !slavic::according_to(&two) {
                return None;
            }
            (two, rest)
        };
        let (subject, _) = rest.split_once(if slavic::is_quote_of(&cue) { ':' } else { ',' })?;
        let words: Vec<&str> = subject.split_whitespace().collect();
        if words.is_empty() || name_len(&words) != words.len() {
            return None;
        }
        let name = self.name_after(&words, at)?;
        Some((Named::Name(name), cue))
    }

    /// `Carlos Moura considerou que o Presidente «falou sobretudo para o
    /// Governo»`, `Thomas Krämer sagte, das Programm sei »Symbolpolitik«`,
    /// `Der Sprecher der Union, Thomas Krämer (CDU), nannte das Programm
    /// »Symbolpolitik«`: the subject of the first verb of saying or naming in
    /// the quote's sentence, when nothing after the verb brings in another
    /// speaker. Also whether the verb is one of naming (`nannte`), and its
    /// language.
    fn said_that(&self, i: usize, found: &[Attr]) -> Option<(Named, String, bool, Lang)> {
        let sp = self.cx.spans[i];
        let s = self.cx.sent_start(sp.para, sp.open);
        let toks = self.sentence_words(s, sp.open);
        let toks = last_sentence(&toks);
        // `die sogenannte »Ampel«`, `la chamada «bazuca»`: a term.
        if toks.last().is_some_and(|t| is_so_called(&t.w.to_lowercase())) {
            return None;
        }
        let (k, n, cue, lang, naming) = (0..toks.len()).find_map(|k| {
            let w = toks[k].w.to_lowercase();
            if lexicon::shared_with_english(&w) || lexicon::is_according_to(&w) {
                return None;
            }
            match_verb(&toks[k..]).map(|(c, n, l, naming)| (k, n, c, l, naming))
        })?;
        let after = &toks[k + n..];
        if after.len() > MAX_REPORTED || after.iter().any(|t| matches!(t.w, ":" | ";")) {
            return None;
        }
        // Another verb of saying in between brings in its own speaker,
        // unless it is joined to the first (`назвал ... и заявил, что`); a
        // quote in between is followed by `and` or a comma (`de «tibieza»
        // e de «fazer o jogo do sistema»`), not by a clause of its own (`la
        // defensa «...» que sustente la tesis de una «causa general»`),
        // unless it names a thing (`il libro "Lessico famigliare" di ...`).
        let mut broken = false;
        for (m, t) in after.iter().enumerate() {
            let l = t.w.to_lowercase();
            if let Some((_, _, _, _)) = match_verb(&after[m..]).filter(|_| !lexicon::shared_with_english(&l)) {
                // (A gerund after a comma shares the subject: `сказал он,
                // добавив, что`.)
                let joined = m > 0 && {
                    let p = after[m - 1].w.to_lowercase();
                    is_and(&p) || is_but(&p) || (p == "," && lexicon::verb_form(&l).is_some())
                };
                if !joined {
                    return None;
                }
                broken = false;
            }
            if m > 0
                && after[m - 1].w == QUOTE
                && !(is_and(&l) || is_but(&l) || t.w == ",")
                && !self.quote_at(after[m - 1].at).is_some_and(|q| self.names_a_thing(q))
                && !(m > 1 && is_so_called(&after[m - 2].w.to_lowercase()))
            {
                broken = true;
            }
        }
        if broken {
            return None;
        }
        let named = self.verb_subject(toks, k, k + n, lang, &cue, i, found)?;
        Some((named, cue, naming, lang))
    }

    /// Who the subject of the verb at words `verb..after` of the sentence
    /// `toks` (before quote `i`) is, given the words `toks[..upto]` before
    /// it: no one (`Afirmó: «...»`, [`Named::Zero`]), a body (`В МИД России
    /// отметили`), the speaker of a quote before it in the sentence (`«...»,
    /// — сказал он, добавив, что «...»`), the subject of [`Reader::subject_of`],
    /// the subject of the clause a second verb is joined to (`Marcelo evitou
    /// ..., mas insistiu`), or the name or pronoun after the verb when an
    /// adverbial opens the sentence (`I ett uttalande skrev Kristersson:`,
    /// `Как рассказала «Ъ» адвокат Мария Соколова,`).
    #[allow(clippy::too_many_arguments)]
    fn verb_subject(
        &self,
        toks: &[W],
        upto: usize,
        after: usize,
        lang: Lang,
        cue: &str,
        i: usize,
        found: &[Attr],
    ) -> Option<Named> {
        let subject = &toks[..upto];
        let rest = &toks[after..];
        let at = toks.first().map_or(0, |t| t.at);
        if subject.is_empty() {
            return (lang.drops_subject() && !is_plural(cue, lang)).then_some(Named::Zero);
        }
        if is_plural(cue, lang) {
            let words: Vec<&str> = subject.iter().map(|t| t.w).collect();
            return slavic::body_after_in(&words).map(Named::Name);
        }
        // The attribution of a quote before: its speaker.
        if subject[0].w == QUOTE
            && subject[1..]
                .iter()
                .all(|t| matches!(t.w, "," | "\u{2014}" | "\u{2013}"))
        {
            let q = self.quote_at(subject[0].at)?;
            return found[q].speaker.clone().map(Named::Name);
        }
        if let Some(named) = self.subject_of(subject, at) {
            return Some(named);
        }
        // After an adverbial, the subject follows the verb.
        let first = subject[0].w.to_lowercase();
        let adverbial = subject.len() == 1 && slavic::is_as(&first)
            || lexicon::is_preposition(&first)
            || lexicon::is_adverb(&first)
            || is_time_word(&first);
        if adverbial {
            if let Some(p) = rest.first()
                && lexicon::is_pronoun(&p.w.to_lowercase())
            {
                return Some(Named::Pronoun);
            }
            let upto = rest.iter().position(|t| matches!(t.w, "," | ":")).unwrap_or(rest.len());
            let words: Vec<&str> = rest[..upto].iter().map(|t| t.w).collect();
            if let Some(n) = self.name_after(&words, at) {
                return Some(Named::Name(n));
            }
        }
        // A second verb sharing the first's subject: `Marcelo evitou ...,
        // mas insistiu na necessidade de «...»`, `..., ajoutant que «...»`,
        // `usou a mensagem para apelar à «...»`.
        let last = subject.last()?.w.to_lowercase();
        let coordinated = lexicon::is_clause_word(&last) || is_but(&last) || last == "," || is_to(&last);
        if !coordinated {
            return None;
        }
        if let Subject::Person(p) = self.sentence_subject(at, subject[subject.len() - 1].at) {
            return Some(Named::Name(p));
        }
        // `«...», a-t-il dit, ajoutant que «...»`: the speaker of the quote
        // before, in the same sentence.
        let k = self.cx.top.partition_point(|&j| self.cx.spans[j].open < at);
        let upto = self.cx.top.partition_point(|&j| j < i);
        self.cx.top[k..upto.max(k)]
            .iter()
            .rev()
            .find_map(|&j| found[j].speaker.clone())
            .map(Named::Name)
    }

    /// The one person the article names before `at` with the role `head`
    /// (lower case) in front of or inside the name (`El magistrado
    /// instructor, Andrés Palomar,` for `el magistrado`, `Президент України
    /// Володимир Зеленський` for `президент`); none when two fit.
    fn role_person(&self, head: &str, at: usize) -> Option<String> {
        let key = |w: &str| names::tokens(w).first().map(|t| slavic::stem(t).to_string());
        let h = key(head)?;
        let text = self.cx.text;
        let k = self.cx.reg.mentions.partition_point(|m| m.pos < at);
        let mut people: Vec<String> = Vec::new();
        for m in self.cx.reg.mentions[..k].iter().rev().take(MAX_MENTIONS) {
            let lo = floor_char(text, m.pos.saturating_sub(ROLE_REACH));
            let before = text[lo..m.pos]
                .rsplit(['.', '!', '?', '\n', ';', ':'])
                .next()
                .unwrap_or("");
            let own: Vec<&str> = m.name.split(' ').collect();
            let inside = &own[..own.len().saturating_sub(2)];
            let hit = before
                .split_whitespace()
                .rev()
                .take(6)
                .chain(inside.iter().copied())
                .any(|w| key(w).is_some_and(|k| k == h));
            let name = self.mention_name(m);
            if hit && name.contains(' ') && !people.iter().any(|p| names::same_person(p, &name)) {
                people.push(name);
            }
        }
        match people.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// `«Vamos a ir al Constitucional —afirmó Ortuño—, porque ...»`: the
    /// narrator's aside between dashes inside the quote names its speaker.
    fn inciso(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let inner = &self.cx.text[sp.open..sp.close];
        let mut from = 0;
        while let Some(d) = inner[from..].find(['\u{2014}', '\u{2013}']) {
            let start = from + d + '\u{2014}'.len_utf8();
            from = start;
            let rest = &inner[start..];
            let end = rest
                .find(['\u{2014}', '\u{2013}', ','])
                .unwrap_or(rest.len())
                .min(ROLE_REACH);
            let words = words_of(&rest[..floor_char(rest, end)]);
            let Some((cue, n, _)) = match_cue(&words) else { continue };
            if let Some(name) = self.name_after(&words[n..], sp.open) {
                return Some((Named::Name(name), cue));
            }
        }
        None
    }

    /// The first part of the quote continued over paragraphs that `i` is
    /// part of.
    fn first_part(&self, mut i: usize) -> usize {
        while let Some(p) = self.cx.spans[i].continues {
            i = p;
        }
        i
    }

    /// A quote that is a whole sentence, right after a sentence of its
    /// paragraph whose verb is one of saying (`Berger berichtete auch von
    /// Gesprächen mit Betroffenen. »Ein Bürgermeister hat mir gesagt:
    /// ...«`): that verb's subject, when a name.
    fn lead_in(&self, i: usize, found: &[Attr]) -> Option<String> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let s = self.cx.sent_start(sp.para, sp.open);
        if para.headline || s <= para.start || sp.parent.is_some() {
            return None;
        }
        let opens = self.cx.text[s..sp.open]
            .chars()
            .all(|c| is_quote_mark(c) || c.is_whitespace());
        let close = sp.close.min(para.end);
        let e = self.cx.sent_end(sp.para, close).max(close);
        if !opens || self.cx.text[close..e].chars().any(char::is_alphanumeric) {
            return None;
        }
        let toks = self.sentence_words(self.sentence_before(sp.para, s), s);
        let toks = last_sentence(&toks);
        if toks.iter().any(|t| t.w == QUOTE) {
            return None;
        }
        let (k, n, cue, lang) = (0..toks.len()).find_map(|k| {
            let w = toks[k].w.to_lowercase();
            if lexicon::shared_with_english(&w) || lexicon::is_according_to(&w) {
                return None;
            }
            match_verb(&toks[k..]).map(|(c, n, l, _)| (k, n, c, l))
        })?;
        match self.verb_subject(toks, k, k + n, lang, &cue, i, found)? {
            Named::Name(p) => Some(p),
            _ => None,
        }
    }

    /// `Мельник` after `Голова Сумської ОВА Василь Мельник`, a run the
    /// registry does not keep (too long): the name a capitalized word
    /// before the one-word name makes where the article prints them
    /// before `at`, when it makes one only.
    fn named_in_text(&self, word: &str, at: usize) -> Option<String> {
        // (Within [`NAMED_REACH`] before `at`: once per quote, so never the
        // whole of a long text.)
        let at = floor_char(self.cx.text, at);
        let lo = ceil_char(self.cx.text, at.saturating_sub(NAMED_REACH));
        let text = &self.cx.text[..at];
        let t = names::tokens(word);
        let [tok] = t.as_slice() else { return None };
        // (A Russian or Ukrainian name as printed up to its stem.)
        let key: String = if slavic::inflects(tok) {
            word.chars().take(slavic::stem(tok).chars().count().max(3)).collect()
        } else {
            word.to_string()
        };
        let mut out: Vec<String> = Vec::new();
        for (p, _) in text[lo..].match_indices(key.as_str()) {
            let p = lo + p;
            let Some(prev) = text[..p].strip_suffix(' ') else {
                continue;
            };
            let (rest, w) = prev.rsplit_once(char::is_whitespace).unwrap_or(("", prev));
            let end = text[p..]
                .find(|c: char| !c.is_alphanumeric() && c != '-')
                .map_or(text.len(), |k| p + k);
            if !is_given_name(w) {
                continue;
            }
            // `Genel Başkanı Recep Tayyip Erdoğan`: a second given name,
            // when a title, a lower-case word or punctuation bounds the three.
            let (rest, w2) = rest.trim_end_matches(' ').rsplit_once(' ').unwrap_or(("", rest));
            let w3 = rest.rsplit(char::is_whitespace).next().unwrap_or("");
            // (Not in Russian or Ukrainian, whose given name has a patronymic
            // after it, not a second name before: `секретарь Кремля Дмитрий
            // Песков`.)
            let cand = if is_given_name(w2) && !slavic::inflects(tok) && (!starts_upper(w3) || is_title(w3)) {
                format!("{w2} {w} {}", &text[p..end])
            } else {
                format!("{w} {}", &text[p..end])
            };
            let ct = names::tokens(&cand);
            if slavic::oblique(&ct) || !slavic::tokens_fit(&ct, &t) {
                continue;
            }
            if !out.iter().any(|o| names::same_person(o, &cand)) {
                out.push(cand);
            }
        }
        match out.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// Where the sentence before the one starting at `s` in paragraph `p`
    /// starts (`s` itself at the paragraph's start).
    fn sentence_before(&self, p: usize, s: usize) -> usize {
        let e = self.cx.text[..s].trim_end().len();
        if e <= self.cx.paras[p].start {
            return s.min(self.cx.paras[p].start.max(e));
        }
        self.cx.sent_start(p, floor_char(self.cx.text, e - 1))
    }

    /// When the quote at `open` opens paragraph `p` and the paragraph
    /// before ends on a colon: that paragraph and its end.
    fn lead_in_colon(&self, p: usize, open: usize) -> Option<(usize, usize)> {
        let para = self.cx.paras[p];
        let opens = self.cx.text[para.start..open]
            .chars()
            .all(|c| is_quote_mark(c) || c.is_whitespace() || c == '>');
        let q = p.checked_sub(1)?;
        let prev = self.cx.paras[q];
        (opens && !prev.headline && self.cx.text[prev.start..prev.end].ends_with(':')).then_some((q, prev.end))
    }

    /// The top-level quote opening at byte `at`.
    fn quote_at(&self, at: usize) -> Option<usize> {
        let k = self.cx.top.partition_point(|&j| self.cx.spans[j].open < at);
        self.cx.top.get(k).copied().filter(|&j| self.cx.spans[j].open == at)
    }

    /// Whether quote `i` reads as the name of a thing (`ООО «Восток-Инвест»`,
    /// `ансамбль «Березка»`, `caso «Lonja»`): one to three words, each
    /// capitalized, inside a sentence, or after a noun naming works and
    /// firms.
    fn names_a_thing(&self, i: usize) -> bool {
        if self.after_thing_noun(i) {
            return true;
        }
        let sp = self.cx.spans[i];
        let s = self.cx.sent_start(sp.para, sp.open);
        if self.cx.text[s..sp.open]
            .trim_end_matches(|c: char| is_quote_mark(c) || is_space(c))
            .trim()
            .is_empty()
            || self.cx.text[s..sp.open].trim_end().ends_with(':')
        {
            return false;
        }
        let inner = self.cx.text[sp.open..sp.close]
            .trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace() || matches!(c, ',' | '.'));
        let words: Vec<&str> = inner.split_whitespace().collect();
        !words.is_empty() && words.len() <= 3 && words.iter().all(|w| starts_upper(w) || w.parse::<u32>().is_ok())
    }

    /// Whether quote `i` comes right after a noun naming works and firms
    /// (`фільму «20 днів у Маріуполі»`, `caso «Lonja»`).
    fn after_thing_noun(&self, i: usize) -> bool {
        let sp = self.cx.spans[i];
        let before = self.cx.text[self.cx.paras[sp.para].start..sp.open]
            .trim_end_matches(|c: char| is_quote_mark(c) || is_space(c));
        // (The noun, or in apposition the noun and an adjective after it:
        // `sus memorias políticas, «Contra el viento»`.)
        let mut words = before.rsplit(char::is_whitespace);
        let last = words.next().unwrap_or_default();
        let apposition = last.ends_with(',');
        let bare = |w: &str| w.trim_matches([',', ';']).to_lowercase();
        is_thing_noun(&bare(last)) || (apposition && words.next().is_some_and(|w| is_thing_noun(&bare(w))))
    }

    /// The subject in `toks` (the words before a verb): a pronoun; a name,
    /// perhaps after an article and titles (`Bundeskanzler Friedrich
    /// Merz`, `La presidente del Consiglio Giorgia Meloni`); a name and an
    /// appositive between commas (`Luca Ferretti, capogruppo del Pd,`,
    /// `Javier Ortuño, en un comunicado,`); a role and the name after it
    /// (`Der Sprecher der Union, Thomas Krämer (CDU),`); a body named after
    /// an article (`O Chega,`, `Die Union`, `El PSPV-PSOE,`); a role noun
    /// (`Il presidente`). `at` is where the sentence starts.
    fn subject_of(&self, toks: &[W], at: usize) -> Option<Named> {
        // Adverbs, auxiliaries and a phrase after a preposition between the
        // subject and its verb (`Marcelo ainda`, `Mette Frederiksen har
        // tidigare`, `Прокурор Игорь Малышев в прениях`, `Il Movimento 5
        // Stelle in una nota`).
        let mut toks = toks;
        loop {
            while let Some((last, rest)) = toks.split_last()
                && starts_lower(last.w)
                && (lexicon::is_adverb(&last.w.to_lowercase()) || is_auxiliary(&last.w.to_lowercase()))
            {
                toks = rest;
            }
            let tail = toks.iter().rposition(|t| !starts_lower(t.w)).map_or(0, |k| k + 1);
            let prep = (tail..toks.len()).find(|&k| lexicon::is_preposition(&toks[k].w.to_lowercase()));
            match prep {
                Some(k) if k > 0 && toks.len() - k <= 4 => toks = &toks[..k],
                _ => break,
            }
        }
        let lower = |t: &W| t.w.to_lowercase();
        // `Наприкінці звернення він`: an adverbial, then the pronoun.
        if let Some((last, rest)) = toks.split_last()
            && lexicon::is_pronoun(&lower(last))
            && rest.iter().all(|t| starts_lower(t.w) || t.at == at)
        {
            return Some(Named::Pronoun);
        }
        let mut segs: Vec<&[W]> = toks.split(|t| matches!(t.w, "," | "\u{2014}" | "\u{2013}")).collect();
        while segs.last().is_some_and(|s| s.is_empty()) {
            segs.pop();
        }
        let (first, rest) = segs.split_first()?;
        let at_start = |seg: &[W]| seg.first().is_some_and(|t| t.at == at);
        if rest.is_empty() {
            return self
                .np_name(first, at_start(first))
                .map(Named::Name)
                .or_else(|| body(first).map(Named::Name))
                .or_else(|| role_noun(first).map(Named::Role));
        }
        // A name, then appositives: each opens with a lower-case word (a
        // relative clause too), a number or a title, or is a quote
        // (`Ibarra, que ... publicó sus memorias, «Contra el viento»,`).
        let appositive = |seg: &&[W]| {
            seg.first().is_some_and(|t| {
                let l = lower(t);
                (starts_lower(t.w) && !is_and(&l) && !is_but(&l))
                    || t.w.starts_with(|c: char| c.is_ascii_digit())
                    || lexicon::is_title_lower(&l)
                    || t.w == QUOTE
            })
        };
        if rest.iter().all(appositive)
            && let Some(n) = self.np_name(first, at_start(first)).or_else(|| body(first))
        {
            return Some(Named::Name(n));
        }
        // A role, then the name: `El magistrado instructor, Andrés Palomar,`.
        if let [name] = rest
            && first.iter().all(|t| t.w != QUOTE)
            && self.np_name(first, false).is_none()
        {
            let words: Vec<&str> = name.iter().map(|t| t.w).collect();
            if name_len(&words) == words.len() {
                return self.person(&words, name[0].at, false).map(Named::Name);
            }
        }
        None
    }

    /// The person a noun phrase names: the capitalized run ending it, after
    /// articles, titles and the lower-case words of a role (`La presidente
    /// del Consiglio Giorgia Meloni`, `Burgemeester Jan Verhoeven`,
    /// `Danmarks statsminister Mette Frederiksen`, `Експерт Центру оборонних
    /// стратегій Тарас Бойко`). `opens`: the phrase opens its sentence, so
    /// that its first word is capitalized whatever it is.
    fn np_name(&self, seg: &[W], opens: bool) -> Option<String> {
        let words: Vec<&str> = seg.iter().map(|t| t.w).collect();
        if words.is_empty() || words.contains(&QUOTE) {
            return None;
        }
        // The run: from the first capitalized word whose run reaches the end.
        let p = (0..words.len()).find(|&p| starts_upper(words[p]) && name_len(&words[p..]) == words.len() - p)?;
        let prefix = &words[..p];
        // What comes before the run is a role: articles, titles and
        // lower-case words (`La presidente del Consiglio`: a department
        // opens the run), ending on a title, an article or a preposition
        // (`criticó a Pedro Sánchez`, `citou ainda Sophia`: an object).
        if let Some((last, role)) = prefix.split_last() {
            let l = last.to_lowercase();
            let fits = is_title(last)
                || lexicon::is_article(&l)
                || lexicon::is_preposition(&l)
                || l == "de"
                || slavic::inflects(&l);
            let object = role.iter().any(|w| {
                let l = w.to_lowercase();
                matches!(
                    l.as_str(),
                    "a" | "à" | "al" | "ao" | "aos" | "au" | "aux" | "zu" | "zum" | "zur" | "к" | "до"
                ) || lexicon::cue(&l).is_some()
                    || lexicon::naming(&l).is_some()
            });
            if !fits || object || l == "a" {
                return None;
            }
        }
        // Capitalized words of the role: articles, titles, a word opening
        // the sentence that is no name (`В нем`, `Сам господин`), the
        // modifier of a title (`Danmarks`), and anything after a title
        // opening the phrase (`Експерт Центру оборонних стратегій`).
        let led_by_title = prefix.iter().position(|w| is_title(w));
        let odd = prefix.iter().enumerate().any(|(k, w)| {
            let l = w.to_lowercase();
            let role_word = !starts_upper(w)
                || is_title(w)
                || lexicon::is_article(&l)
                || (k == 0 && opens && is_function_word(&l))
                || prefix.get(k + 1).is_some_and(|n| is_title(n))
                || led_by_title.is_some_and(|t| t < k);
            !role_word
        });
        if odd {
            return None;
        }
        let mut run = &words[p..];
        let after_preposition = prefix
            .last()
            .is_some_and(|w| lexicon::is_preposition(&w.to_lowercase()) || *w == "de");
        if after_preposition {
            // `presidente della Repubblica Sergio Mattarella`.
            if run.len() < 3 {
                return None;
            }
            run = &run[1..];
        }
        // A name opening its sentence with nothing before it: with
        // particles inside it (`Fonte do Palácio de Belém`) a description,
        // alone a noun as often; either counts only when the article names
        // the person again.
        let bare = opens && p == 0 && !is_title(words[0]);
        let doubtful = bare && (run.iter().any(|w| starts_lower(w)) || run.len() == 1);
        let name = self.person(run, seg[p].at, doubtful)?;
        Some(name)
    }

    /// The person `words` (a capitalized run, titles and all) names, in
    /// the fullest form the article gives: two words or more. `confirm`:
    /// only when the article names the person elsewhere too.
    fn person(&self, words: &[&str], at: usize, confirm: bool) -> Option<String> {
        let mut words: Vec<&str> = words.to_vec();
        while words.len() > 1 && (is_title(words[0]) || is_article(words[0])) {
            words.remove(0);
        }
        slavic::trim_name(&mut words);
        if words.is_empty() || words.iter().all(|w| is_title(w)) || !looks_like_name(&words) {
            return None;
        }
        // `da República`: a department left over from a title.
        if starts_lower(words[0]) {
            return None;
        }
        let joined = words.join(" ");
        let (full, seen_elsewhere) = self.fullest_foreign(&joined, at);
        if confirm && !seen_elsewhere {
            return None;
        }
        full
    }

    /// The name opening `words` (after up to [`MAX_BETWEEN`] lower-case
    /// words), in its fullest form in the article, without its titles. A
    /// one-word name counts only when the article gives it in full
    /// somewhere (`Merz` after `Friedrich Merz`): alone it may be a noun.
    /// A name after a preposition (`disse na Assembleia`, `dijo ante el
    /// Tribunal Supremo`, `a déclaré à Olaf Scholz`) or a conjunction (`dijo
    /// que Pedro Sánchez`) names whom or what the words concern, never who
    /// spoke.
    fn name_after(&self, words: &[&str], at: usize) -> Option<String> {
        // (Lower-case words only: articles, titles, a time: `a affirmé jeudi
        // matin Karim Benali`, `dijo el presidente Pedro Sánchez`, `заявила
        // «Ъ» госпожа Соколова`.)
        let skip = words
            .iter()
            .take(MAX_BETWEEN + 1)
            .take_while(|w| **w != ",")
            .position(|w| starts_upper(w) || is_elided_particle_name(w))?;
        for (k, w) in words[..skip].iter().enumerate() {
            let l = w.to_lowercase();
            let before_name = k + 1 == skip;
            let before_article_and_name = k + 2 == skip && lexicon::is_article(&words[k + 1].to_lowercase());
            if lexicon::is_clause_word(&l)
                || lexicon::is_preposition(&l)
                || ((before_name || before_article_and_name) && matches!(l.as_str(), "a" | "de"))
            {
                return None;
            }
        }
        let words = &words[skip..];
        let n = name_len(words);
        // `dijo Pedro Sánchez y Feijóo`: two people.
        if words.get(n).is_some_and(|w| lexicon::is_clause_word(&w.to_lowercase()))
            && words.get(n + 1).is_some_and(|w| starts_upper(w))
        {
            return None;
        }
        let mut name: Vec<&str> = words[..n].to_vec();
        // An appositive name after a title: `el ministro de Economía, Carlos Cuerpo`.
        while name.len() > 1 && is_title(name[0]) {
            name.remove(0);
        }
        if name.is_empty() || name.iter().all(|w| is_title(w)) {
            return None;
        }
        self.person(&name, at, false)
    }

    /// The fullest form of `name` in the article, titles dropped: the
    /// nearest longer mention before `at` holding it, else the first after;
    /// `name` itself when it has two words or more and no mention is
    /// longer; none when two people fit (`Berger` with Katrin Berger and
    /// Hans Berger named). Also whether some mention other than the one at
    /// `at` names the person.
    fn fullest_foreign(&self, name: &str, at: usize) -> (Option<String>, bool) {
        let toks = names::tokens(name);
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return (None, false);
        };
        // Russian and Ukrainian names change their ending (`Пескова`): any
        // mention whose words have the same stems, in the nominative.
        let cyrillic = slavic::inflects(first) || slavic::inflects(last);
        let mut distinct: Vec<(String, Vec<String>)> = Vec::new();
        let mut elsewhere = false;
        let mut look = |m: usize| {
            let men = &self.cx.reg.mentions[m];
            let clean = self.mention_name(men);
            let ct = names::tokens(&clean);
            if ct.len() < toks.len().max(2) || !slavic::tokens_fit(&ct, &toks) || (cyrillic && slavic::oblique(&ct)) {
                return;
            }
            if men.pos != at {
                elsewhere = true;
            }
            match distinct
                .iter()
                .position(|(_, t)| slavic::tokens_fit(t, &ct) || slavic::tokens_fit(&ct, t))
            {
                // (The longer, or nominative, form of one person.)
                Some(d) => {
                    if slavic::better_form(&ct, &distinct[d].1) {
                        distinct[d] = (clean, ct);
                    }
                }
                None => distinct.push((clean, ct)),
            }
        };
        if cyrillic {
            for m in 0..self.cx.reg.mentions.len().min(MAX_MENTIONS) {
                look(m);
            }
        } else {
            let keys: &[&String] = if first == last { &[first] } else { &[first, last] };
            for key in keys {
                for &m in self.cx.reg.by_token.get(*key).into_iter().flatten() {
                    look(m);
                }
            }
        }
        let own = || {
            (toks.len() >= 2 && !(cyrillic && slavic::oblique(&toks)))
                .then(|| clean_mention(name))
                .filter(|c| c.contains(' '))
        };
        let picked = match distinct.as_slice() {
            [] => own()
                .or_else(|| self.middle_name_of(name, at))
                .or_else(|| self.named_in_text(name, at)),
            [(one, _)] => Some(one.clone()),
            // Two people fit (`Berger` with Katrin Berger and Hans Berger
            // named): only a name of two words or more stays.
            _ => own(),
        };
        (picked, elsewhere)
    }

    /// A registered name as [`clean_mention`] gives it, and without the
    /// department opening it when a preposition comes before it (`il
    /// presidente della Repubblica Sergio Mattarella`, `la presidente del
    /// Consiglio Giorgia Meloni`).
    fn mention_name(&self, men: &super::Mention) -> String {
        let clean = clean_mention(&men.name);
        let before = self.cx.text[..men.pos].trim_end();
        let prev = before.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
        if (lexicon::is_preposition(&prev) || prev == "de")
            && clean.matches(' ').count() >= 2
            && let Some((_, rest)) = clean.split_once(' ')
        {
            return rest.to_string();
        }
        clean
    }

    /// `disse Lula` after `Luiz Inácio Lula da Silva`: the one full name
    /// named before `at` that holds the one-word name inside it (the
    /// registry finds a name by its first and last words only).
    fn middle_name_of(&self, word: &str, at: usize) -> Option<String> {
        let key = names::tokens(word);
        let [key] = key.as_slice() else { return None };
        let mentions = &self.cx.reg.mentions;
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
        found.map(clean_mention).filter(|c| c.contains(' '))
    }

    /// The words of `lo..hi` (a sentence or part of one): top-level quotes
    /// are one word ([`QUOTE`]) each, a parenthesis is left out (`Thomas
    /// Krämer (CDU)`), commas, colons and semicolons are words of their own.
    fn sentence_words(&self, lo: usize, hi: usize) -> Vec<W<'a>> {
        let mut out = Vec::new();
        let k = self.cx.top.partition_point(|&i| self.cx.spans[i].close <= lo);
        let mut quotes = self.cx.top[k..]
            .iter()
            .map(|&i| self.cx.spans[i])
            .take_while(|s| s.open < hi);
        let mut next = quotes.next();
        let mut x = lo;
        let mut depth = 0usize;
        while x < hi {
            if let Some(q) = next
                && q.open <= x
            {
                if q.open >= lo && depth == 0 {
                    out.push(W { at: q.open, w: QUOTE });
                }
                x = x.max(q.close);
                next = quotes.next();
                continue;
            }
            let end = next.map_or(hi, |q| q.open.clamp(x, hi));
            split_words(self.cx.text, x, end, &mut depth, &mut out);
            x = end;
        }
        out
    }
}

/// What a sentence says of people (see [`Reader::sentence_subject`]).
enum Subject {
    Person(String),
    /// A role or body the rules cannot tell.
    Unknown,
    /// The people it names, none of them its subject.
    Others(Vec<String>),
    Nobody,
}

/// Splits `text[lo..hi]` into [`W`] words, appending to `out`; `depth`
/// counts the parentheses open (their words are left out).
fn split_words<'t>(text: &'t str, lo: usize, hi: usize, depth: &mut usize, out: &mut Vec<W<'t>>) {
    let s = &text[lo..hi];
    let mut at = 0;
    for chunk in s.split(|c: char| c.is_whitespace() || MARK_SPACES.contains(&c)) {
        let start = at;
        at += chunk.len() + s[at + chunk.len()..].chars().next().map_or(0, char::len_utf8);
        let mut w = chunk;
        let mut off = start;
        // Brackets: `(CDU),` leaves only its comma.
        while let Some(r) = w.strip_prefix(['(', '[']) {
            *depth += 1;
            off += 1;
            w = r;
        }
        let mut closes = 0;
        let mut body = w;
        if let Some(k) = body.find([')', ']']) {
            closes = body[k..].chars().filter(|c| matches!(c, ')' | ']')).count();
            body = &body[..k];
        }
        let inside = *depth > 0;
        *depth = depth.saturating_sub(closes);
        let tail = if closes > 0 {
            &w[w.rfind([')', ']']).map_or(w.len(), |k| k + 1)..]
        } else {
            ""
        };
        let (body, punct) = if closes > 0 { (body, tail) } else { split_punct(body) };
        if !inside {
            let dash_or_mark = |c: char| matches!(c, '\u{2014}' | '\u{2013}') || is_quote_mark(c);
            // `body` is a prefix of `w`: the word starts where its dashes and
            // marks end (where `w.find(body)` found it, without a search).
            let lead = body.len() - body.trim_start_matches(dash_or_mark).len();
            let body = body.trim_matches(dash_or_mark);
            if !body.is_empty() {
                let b_at = lo + off + lead;
                out.push(W { at: b_at, w: body });
            } else if chunk.chars().all(|c| matches!(c, '\u{2014}' | '\u{2013}')) && !chunk.is_empty() {
                out.push(W {
                    at: lo + start,
                    w: "\u{2014}",
                });
            }
        }
        if *depth == 0 || closes > 0 {
            for c in [",", ":", ";"] {
                if punct.contains(c) {
                    out.push(W {
                        at: lo + start + chunk.len(),
                        w: c,
                    });
                }
            }
            // A sentence's end (`einem «Versagen». Fraktionschef ...`).
            if punct.contains(['.', '!', '?']) && !punct.contains("...") {
                out.push(W {
                    at: lo + start + chunk.len(),
                    w: ".",
                });
            }
        }
    }
}

/// The words after the last sentence end in `toks`.
fn last_sentence<'s, 't>(toks: &'s [W<'t>]) -> &'s [W<'t>] {
    let mut toks = toks;
    while let Some((last, rest)) = toks.split_last()
        && last.w == "."
    {
        toks = rest;
    }
    let k = toks.iter().rposition(|t| t.w == ".").map_or(0, |k| k + 1);
    &toks[k..]
}

/// A word and the punctuation after it (`Moura,` -> `Moura`, `,`); a
/// period stays on a title written short (`M.`, `Dr.`).
fn split_punct(w: &str) -> (&str, &str) {
    let body = w.trim_end_matches([',', ':', ';', '.', '!', '?', '»', '«', '"', '”', '“']);
    if is_abbreviated_title(body) && w[body.len()..].starts_with('.') {
        return (&w[..body.len() + 1], &w[body.len() + 1..]);
    }
    (body, &w[body.len()..])
}

/// The words of `s` up to its first sentence or clause end, without their
/// punctuation (`Macron.` -> `Macron`, `l’ancien` stays whole); a comma is
/// a word of its own, so that a name is never looked for past one. A short
/// quoted name (`«Ъ»`, the paper spoken to) is one word.
fn words_of(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let end = clause_end(rest);
        for w in rest[..end].split([' ', '\u{00A0}', '\u{202F}', '\n']) {
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
        // `заявила «Ъ» госпожа Соколова`: past a short quoted name.
        let after = &rest[end..];
        let Some(open) = after.chars().next().filter(|&c| matches!(c, '«' | '„')) else {
            return out;
        };
        let inner = &after[open.len_utf8()..];
        let Some(close) = inner.find(['»', '“']).filter(|&k| k <= 24 && !inner[..k].contains(' ')) else {
            return out;
        };
        out.push(QUOTE);
        let next = &inner[close..];
        rest = &next[next.chars().next().map_or(0, char::len_utf8)..];
    }
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
        "M" | "Mme" | "Mlle" | "Me" | "Pr" | "Dr" | "Prof" | "Hr" | "Sr" | "Sra" | "Dña" | "Dott" | "Doç"
    )
}

/// The longest cue opening `words`, how many words it takes and its
/// language.
fn match_cue(words: &[&str]) -> Option<(String, usize, Lang)> {
    let one = words.first()?.to_lowercase();
    if let Some(second) = words.get(1) {
        let two = format!("{one} {}", second.to_lowercase());
        if let Some(l) = lexicon::cue(&two) {
            return Some((two, 2, l));
        }
    }
    lexicon::cue(&one).map(|l| (one, 1, l))
}

/// [`match_cue`] on sentence words.
fn match_cue_w(toks: &[W]) -> Option<(String, usize, Lang)> {
    let first = toks.first()?.w.to_lowercase();
    if !lexicon::opens_cue(&first) {
        return None;
    }
    let words: Vec<&str> = toks.iter().take(2).map(|t| t.w).collect();
    match_cue(&words)
}

/// The verb of saying or naming opening `toks`: a cue, a naming verb,
/// an auxiliary and participle around an adverb (`ha invece ricordato`),
/// an infinitive, participle or gerund (`para apelar`, `har tidigare
/// sagt`, `добавив`). Also whether it names (`nannte`).
fn match_verb(toks: &[W]) -> Option<(String, usize, Lang, bool)> {
    if let Some((c, n, l)) = match_cue_w(toks) {
        return Some((c, n, l, false));
    }
    if let Some((c, n, l)) = match_naming_w(toks) {
        return Some((c, n, l, true));
    }
    let first = toks.first()?.w.to_lowercase();
    if is_auxiliary(&first)
        && let (Some(adverb), Some(participle)) = (toks.get(1), toks.get(2))
        && lexicon::is_adverb(&adverb.w.to_lowercase())
    {
        let two = format!("{first} {}", participle.w.to_lowercase());
        if let Some(l) = lexicon::cue(&two) {
            return Some((two, 3, l, false));
        }
        if let Some(l) = lexicon::naming(&two) {
            return Some((two, 3, l, true));
        }
    }
    lexicon::verb_form(&first).map(|l| (first, 1, l, false))
}

/// A naming verb of the lexicon opening `toks`.
fn match_naming_w(toks: &[W]) -> Option<(String, usize, Lang)> {
    let one = toks.first()?.w.to_lowercase();
    if !lexicon::opens_naming(&one) {
        return None;
    }
    if let Some(second) = toks.get(1) {
        let two = format!("{one} {}", second.w.to_lowercase());
        if let Some(l) = lexicon::naming(&two) {
            return Some((two, 2, l));
        }
    }
    lexicon::naming(&one).map(|l| (one, 1, l))
}

/// Whether the words after a cue leave it without a subject: nothing, a
/// comma, or adverbs and phrases opened by prepositions only (`», disse
/// aos jornalistas na Assembleia da República.`).
fn no_subject(words: &[&str], lang: Lang) -> bool {
    let mut k = 0;
    while k < words.len() && lexicon::is_adverb(&words[k].to_lowercase()) {
        k += 1;
    }
    let Some(first) = words.get(k) else { return true };
    let l = first.to_lowercase();
    let preposition = lexicon::is_preposition(&l) || (l == "a" && matches!(lang, Lang::Es | Lang::It));
    if *first == "," {
        return true;
    }
    if !preposition {
        return false;
    }
    // Up to the clause's end, every article or title follows a
    // preposition (`na Assembleia da República`, not `aos jornalistas o
    // ministro`).
    let end = words[k..].iter().position(|w| *w == ",").map_or(words.len(), |e| k + e);
    (k + 1..end).all(|m| {
        let l = words[m].to_lowercase();
        let governed = lexicon::is_preposition(&words[m - 1].to_lowercase()) || words[m - 1] == "a";
        !(lexicon::is_article(&l) || is_title(words[m])) || governed
    })
}

/// Whether a cue is plural (`сообщили`, `отметили`): unnamed people, whom
/// no earlier speaker stands for.
fn is_plural(cue: &str, lang: Lang) -> bool {
    matches!(lang, Lang::Ru | Lang::Uk) && cue.ends_with("ли")
}

/// Whether `words` is a name and nothing else (`, so Merz.`).
fn ends_sentence_after_name(words: &[&str]) -> bool {
    !words.is_empty() && name_len(words) == words.len()
}

/// How many words at the start of `words` make a name: capitalized words,
/// with lower-case particles between them (`Lula da Silva`, `Ursula von
/// der Leyen`, `Kees van den Berg`, `Ana de la Fuente`).
fn name_len(words: &[&str]) -> usize {
    let mut n = 0;
    while n < words.len() {
        let w = words[n];
        if starts_upper(w) || is_elided_particle_name(w) {
            n += 1;
            continue;
        }
        let p = if n > 0 { particles_before_name(&words[n..]) } else { 0 };
        if p == 0 {
            break;
        }
        n += p;
    }
    n
}

/// [`name_len`] of sentence words.
fn name_len_w(toks: &[W]) -> usize {
    let words: Vec<&str> = toks.iter().take(8).map(|t| t.w).collect();
    name_len(&words)
}

/// How many words at the start of `words` are name particles followed by
/// a capitalized word (`van den` of `van den Berg`, `de la` of `de la
/// Fuente`, `von der` of `von der Leyen`, `van 't` of `van 't Hek`): 0 when
/// they are not. (`der` and `den` only after `von`, `van`: `sagte Dubois
/// der NZZ` tells whom.)
pub(super) fn particles_before_name(words: &[&str]) -> usize {
    let Some(first) = words.first() else { return 0 };
    if !lexicon::is_particle(first) {
        return 0;
    }
    let mut n = 1;
    while n < 3 && words.get(n).is_some_and(|w| lexicon::is_particle_second(w)) {
        n += 1;
    }
    if words.get(n).is_some_and(|w| starts_upper(w)) {
        n
    } else {
        0
    }
}

/// Whether the words may be a person's name: no word is a function word
/// capitalized because it opens a sentence (`Am Donnerstag`, `Já a`), an
/// acronym, or a number.
fn looks_like_name(words: &[&str]) -> bool {
    let opener = words
        .first()
        .is_some_and(|w| starts_upper(w) && is_function_word(&w.to_lowercase()));
    !opener
        && words.iter().all(|w| {
            let caps = w.chars().filter(|c| c.is_uppercase()).count();
            let acronym = caps >= 2 && caps * 2 > w.chars().filter(|c| c.is_alphabetic()).count();
            !acronym && !w.chars().any(|c| c.is_ascii_digit())
        })
}

/// Articles, prepositions, conjunctions, pronouns and adverbs: words that
/// never start a name or end a subject.
fn is_function_word(l: &str) -> bool {
    lexicon::is_article(l)
        || lexicon::is_preposition(l)
        || lexicon::is_clause_word(l)
        || lexicon::is_pronoun(l)
        || lexicon::is_adverb(l)
        || is_but(l)
        || matches!(
            l,
            "a" | "de" | "já" | "ya" | "già" | "schon" | "al" | "auch" | "ook" | "även" | "også"
        )
}

/// An article and one capitalized name of a body that is no title, or its
/// acronym, or capitalized words and numbers (`O Chega`, `Die Union`, `El
/// PSPV-PSOE`, `Il Movimento 5 Stelle`): the body.
fn body(seg: &[W]) -> Option<String> {
    let (art, rest) = seg.split_first()?;
    if !lexicon::is_article(&art.w.to_lowercase()) || rest.is_empty() || rest.len() > 4 {
        return None;
    }
    let ok = rest.iter().all(|t| {
        (starts_upper(t.w) && !is_title(t.w) && !is_function_word(&t.w.to_lowercase()))
            || t.w.chars().all(|c| c.is_ascii_digit())
    }) && starts_upper(rest[0].w);
    // (One word alone is a body's name only as its subject, never a
    // person's: `O Presidente` is a title.)
    ok.then(|| rest.iter().map(|t| t.w).collect::<Vec<_>>().join(" "))
}

/// A title after an article (`Il presidente`, `O Presidente`, `el
/// magistrado`): its head, lower case.
fn role_noun(seg: &[W]) -> Option<String> {
    let [art, head, ..] = seg else { return None };
    let l = head.w.to_lowercase();
    let fits = lexicon::is_article(&art.w.to_lowercase())
        && is_title(head.w)
        && !is_function_word(&l)
        && seg[2..].iter().all(|t| starts_lower(t.w) || is_title(t.w));
    fits.then_some(l)
}

/// Auxiliaries of compound tenses: `ha`, `hat`, `heeft`, `har`, `a`...
fn is_auxiliary(l: &str) -> bool {
    matches!(
        l,
        "ha" | "a"
            | "hat"
            | "hatte"
            | "heeft"
            | "had"
            | "har"
            | "hade"
            | "tem"
            | "tinha"
            | "há"
            | "habe"
            | "hebben"
            | "avait"
            | "aveva"
            | "había"
    )
}

/// Words of time that open a sentence before its verb (`Heute sagte`,
/// `Ayer dijo`).
fn is_time_word(l: &str) -> bool {
    matches!(
        l,
        "heute"
            | "gestern"
            | "dann"
            | "danach"
            | "später"
            | "zuvor"
            | "vorher"
            | "damals"
            | "nun"
            | "jetzt"
            | "ayer"
            | "hoy"
            | "luego"
            | "ieri"
            | "oggi"
            | "ontem"
            | "hoje"
            | "gisteren"
            | "vandaag"
            | "daarna"
            | "igår"
            | "idag"
            | "sedan"
            | "senere"
            | "i går"
            | "i dag"
            | "tidligere"
            | "tidigare"
            | "вчера"
            | "сегодня"
            | "вчора"
            | "сьогодні"
            | "затем"
            | "потом"
            | "потім"
            | "hier"
            | "aujourd'hui"
            | "ensuite"
            | "puis"
    )
}

/// What stands before an infinitive sharing its clause's subject (`para
/// apelar`, `limitou-se a responder`, `um ... zu sagen`).
fn is_to(l: &str) -> bool {
    matches!(
        l,
        "para" | "per" | "pour" | "zu" | "om" | "att" | "a" | "de" | "di" | "à" | "te" | "чтобы" | "щоб"
    )
}

/// `and` in these languages.
fn is_and(l: &str) -> bool {
    matches!(
        l,
        "y" | "e" | "et" | "ed" | "und" | "en" | "och" | "og" | "и" | "і" | "та" | "й"
    )
}

/// `mas`, `pero`, `ma`, `aber`, `maar`, `men`, `но`, `але`, `mais`.
fn is_but(l: &str) -> bool {
    matches!(
        l,
        "mas" | "pero" | "ma" | "aber" | "maar" | "men" | "но" | "але" | "mais" | "sino" | "però"
    )
}

/// `so-called` in these languages: the quote after it is a term.
fn is_so_called(l: &str) -> bool {
    matches!(
        l,
        "sogenannte"
            | "sogenannten"
            | "sogenannter"
            | "sogenanntes"
            | "cosiddetto"
            | "cosiddetta"
            | "cosiddetti"
            | "cosiddette"
            | "chamada"
            | "chamado"
            | "chamadas"
            | "chamados"
            | "llamado"
            | "llamada"
            | "llamados"
            | "llamadas"
            | "denominado"
            | "denominada"
            | "zogenaamde"
            | "zogenoemde"
            | "så kallade"
            | "kallade"
            | "soi-disant"
            | "prétendu"
            | "prétendue"
            | "звані"
            | "званий"
            | "звана"
            | "называемые"
            | "называемый"
            | "называемая"
            | "называемое"
            | "называемых"
            | "называемой"
    )
}

/// Nouns that name what a quote after them names (`caso «Lonja»`, `ООО
/// «Восток-Инвест»`, `ансамбля «Березка»`, `il libro "Lessico famigliare"`),
/// and verbs of an outlet reporting (`передає «Українська правда»`).
fn is_thing_noun(l: &str) -> bool {
    matches!(
        l,
        "caso"
            | "operación"
            | "operazione"
            | "operação"
            | "operation"
            | "libro"
            | "livro"
            | "buch"
            | "boek"
            | "poema"
            | "poème"
            | "poesia"
            | "rapport"
            | "rapporto"
            | "informe"
            | "relatório"
            | "bericht"
            | "lagebericht"
            | "film"
            | "filme"
            | "película"
            | "rapporten"
            | "programa"
            | "programma"
            | "programm"
            | "projeto"
            | "proyecto"
            | "progetto"
            | "ооо"
            | "ао"
            | "пао"
            | "зао"
            | "оао"
            | "тов"
            | "пат"
            | "ансамбль"
            | "ансамбля"
            | "поезд"
            | "поезде"
            | "газета"
            | "газеты"
            | "журнал"
            | "журнала"
            | "фильм"
            | "фільм"
            | "фільму"
            | "проект"
            | "проекта"
            | "операция"
            | "операции"
            | "премию"
            | "премія"
            | "memorias"
            | "memórias"
            | "memorie"
            | "memoiren"
            | "novela"
            | "romanzo"
            | "roman"
            | "romance"
            | "canción"
            | "canzone"
            | "álbum"
            | "album"
            | "documental"
            | "documentário"
            | "documentario"
            | "serie"
            | "série"
            | "obra"
            | "компания"
            | "компании"
            | "компанії"
            // A verb of an outlet reporting: `..., передає «Українська правда»`.
            | "передає"
            | "передает"
            | "сообщает"
            | "повідомляє"
            | "informa"
            | "riporta"
            | "meldet"
    )
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

/// Whether a word may be a given name before a surname in
/// [`Reader::named_in_text`]: one capitalized word of letters, no title,
/// function word, time word or `according to`.
fn is_given_name(w: &str) -> bool {
    let l = w.to_lowercase();
    starts_upper(w)
        && w.chars().filter(|c| c.is_uppercase()).count() == 1
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_title(w)
        && !is_function_word(&l)
        && !is_time_word(&l)
        && !lexicon::is_according_to(&l)
}

/// A space between a quote mark and the words or cue beside it.
fn is_space(c: char) -> bool {
    MARK_SPACES.contains(&c)
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
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
    lexicon::is_article(&w.to_lowercase())
}

fn is_title(w: &str) -> bool {
    if is_abbreviated_title(w.trim_end_matches('.')) {
        return true;
    }
    let l = w.to_lowercase();
    lexicon::is_title_lower(&l) || names::is_title(&l) || turkish::TITLE_ENDS.iter().any(|e| l.ends_with(e))
}

/// A registered name without what the registry may have taken into it:
/// titles, articles and the first word of a sentence before it (`Selon
/// Marine Le Pen`, `L'économiste Jean`, `Bundesinnenministerin Katrin
/// Berger`), a description up to its last title (`Tessiner Ständerat Marco
/// Chiesa`), a department after a title (`Presidente da República Marcelo
/// Rebelo de Sousa`).
fn clean_mention(name: &str) -> String {
    let mut full: Vec<&str> = name.split(' ').collect();
    let strip =
        |w: &str| is_title(w) || is_article(w) || lexicon::is_according_to(&w.to_lowercase()) || is_elided_noun(w);
    while full.len() > 1 && strip(full[0]) {
        full.remove(0);
    }
    if let Some(t) = full[..full.len() - 1].iter().rposition(|w| is_title(w))
        && full.len() - t > 2
    {
        full.drain(..=t);
    }
    // `da República Marcelo Rebelo de Sousa`: the particle and the
    // department go.
    while full.len() > 3 && starts_lower(full[0]) {
        full.drain(..2);
    }
    slavic::trim_name(&mut full);
    full.join(" ")
}

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

    #[test]
    fn a_place_or_person_after_a_preposition_is_not_the_speaker() {
        // A1: the object of a preposition; with no subject, the person the
        // text goes on about.
        let text = "Carlos Moura falou aos jornalistas. «O Governo tem culpa», disse na Assembleia da República.";
        assert_eq!(speakers(text), [some("Carlos Moura")]);
        let text = "«El Gobierno tiene la culpa», dijo ante el Tribunal Supremo.";
        assert_eq!(speakers(text), [None]);
        let text =
            "«O Governo tem culpa», afirmou no Palácio de Belém. «Não», afirmou perante o Tribunal Constitucional.";
        assert_eq!(speakers(text), [None, None]);
        let text = "«Es injusto», dijo a Pedro Sánchez. «Basta», ha detto alla Camera dei Deputati.";
        assert_eq!(speakers(text), [None, None]);
        // A2: a title with its department, no name: nobody.
        let text = "«O Governo tem culpa», afirmou o Presidente da República.";
        assert_eq!(speakers(text), [None]);
        // A clause after the cue names what was said, not who said it.
        let text = "«Es injusto», dijo que Pedro Sánchez lo sabía.";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn names_keep_their_particles() {
        let text = "\"Het is oneerlijk\", zegt Kees van den Berg (67).\n\n«Es injusto», dijo Ana de la Fuente.\n\n\
                    „Wir sind vereint“, sagte Ursula von der Leyen. \"Ja\", zegt Jan ter Horst.";
        assert_eq!(
            speakers(text),
            [
                some("Kees van den Berg"),
                some("Ana de la Fuente"),
                some("Ursula von der Leyen"),
                some("Jan ter Horst")
            ]
        );
        // `y` joins two people, not two parts of a name.
        let text = "«Basta», dijo Pedro Sánchez y Alberto Núñez Feijóo.";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn the_subject_of_a_verb_of_saying_earlier_in_the_sentence() {
        let text = "Thomas Krämer sagte, das Programm sei »Symbolpolitik«.\n\n\
                    Luca Ferretti ha detto che il governo è «in ritardo».\n\n\
                    O líder parlamentar do PS, Carlos Moura, considerou que o Presidente «falou para o Governo».";
        assert_eq!(
            speakers(text),
            [some("Thomas Krämer"), some("Luca Ferretti"), some("Carlos Moura")]
        );
        // Another verb of saying in between brings in its own speaker; a
        // quote in narration with no verb of saying is nobody's.
        let text = "Pedro Sánchez dijo que Alberto Feijóo había calificado de «traición» el pacto.\n\n\
                    En el Congreso se habló de «vivienda asequible».";
        assert_eq!(speakers(text), [None, None]);
        // A second quote after a clause of its own is not the first's.
        let text = "El magistrado Andrés Palomar recuerda que la defensa «no ha aportado nada» que sustente la tesis de una «causa general».";
        assert_eq!(speakers(text), [some("Andrés Palomar"), None]);
    }

    #[test]
    fn pronouns_and_missing_subjects() {
        let text = "Gerhard Lohmann sprach vor der Presse. »Die Täter sind professionell«, sagte er.\n\n\
                    Jan Verhoeven reageerde vanmiddag. \"We doen dat\", zei hij.";
        assert_eq!(speakers(text), [some("Gerhard Lohmann"), some("Jan Verhoeven")]);
        let text = "Javier Ortuño habló. «No vamos a dimitir», afirmó Ortuño. «Es injusto», añade.\n\n\
                    Sergio Mattarella ha parlato. «Siamo grati», ha detto Mattarella. «Grazie a tutti», ha aggiunto.";
        assert_eq!(
            speakers(text),
            [
                some("Javier Ortuño"),
                some("Javier Ortuño"),
                some("Sergio Mattarella"),
                some("Sergio Mattarella")
            ]
        );
        // A sentence naming someone who is not its subject leaves a missing
        // subject to no one.
        let text = "O Presidente citou Sophia de Mello Breyner Andresen: «Como escreveu Sophia, é assim», disse.";
        assert_eq!(speakers(text), [None]);
        // A later part of a quote continued over paragraphs: its first
        // part's sentence tells.
        let text = "Berger zeigte sich selbstkritisch. Katrin Berger sprach. »Wir haben die Kommunen allein gelassen.\n\n»Das ist ein Versäumnis«, sagte sie.";
        assert_eq!(speakers(text), [some("Katrin Berger"), some("Katrin Berger")]);
    }

    #[test]
    fn a_phrase_between_the_name_and_the_verb() {
        let text = "Luca Ferretti, capogruppo del Pd, ha dichiarato: «Condividiamo ogni parola».\n\n\
                    Javier Ortuño, en un comunicado, afirmó: «Es una vergüenza».\n\n\
                    Ibarra, que publicó sus memorias, «Contra el viento», se ha limitado a escribir: «Confío en la justicia».";
        let found = speakers(text);
        assert_eq!(found[..2], [some("Luca Ferretti"), some("Javier Ortuño")]);
        // (`Ibarra` alone: the article never names her in full.)
        assert_eq!(found[2..], [None, None]);
        let text = "La ex consejera Marta Ibarra habló. Ibarra, que publicó sus memorias, «Contra el viento», se ha limitado a escribir: «Confío en la justicia».";
        assert_eq!(speakers(text), [None, some("Marta Ibarra")]);
    }

    #[test]
    fn more_verbs_titles_and_bodies() {
        let text = "«Es injusto», razonó Javier Ortuño.\n\n\"Het is oneerlijk\", vertelt Jan Verhoeven.\n\n\
                    »Das Geld reicht nicht«, erklärte Städtetag-Hauptgeschäftsführerin Anja Winter.\n\n\
                    \"Het geld is niet genoeg\", zegt D66-Kamerlid Anja Winter.";
        assert_eq!(
            speakers(text),
            [
                some("Javier Ortuño"),
                some("Jan Verhoeven"),
                some("Anja Winter"),
                some("Anja Winter")
            ]
        );
        // One person with two titles is one person.
        let text = "Innenministerin Katrin Berger kündigt ein Programm an.\n\n\
                    Bundesinnenministerin Katrin Berger sprach am Donnerstag. »Wir werden jede Lücke schließen«, sagte Berger.";
        assert_eq!(speakers(text), [some("Katrin Berger")]);
        // A body after an article speaks for itself.
        let text = "O Chega, em comunicado, acusou o chefe de Estado de «tibieza» e de «fazer o jogo do sistema».";
        assert_eq!(speakers(text), [some("Chega"), some("Chega")]);
        // The name of a case, a book, a film: nobody's words.
        let text = "La investigación, bautizada por la UCO como caso «Lonja», arrancó ayer. Mattarella ha ricordato il libro \"Lessico famigliare\".";
        assert_eq!(speakers(text), [None, None]);
    }

    #[test]
    fn roles_asides_and_lead_ins() {
        let text = "El magistrado instructor, Andrés Palomar, recuerda la resolución. «La coincidencia no permite inferir nada», razona el magistrado.";
        assert_eq!(speakers(text), [some("Andrés Palomar")]);
        // Two people with the role: nobody.
        let text = "El ministro Pedro Sánchez habló con el ministro Carlos Cuerpo. «Basta», dijo el ministro.";
        assert_eq!(speakers(text), [None]);
        // The narrator's aside between dashes inside the quote.
        let text = "«Vamos a ir al Constitucional —afirmó Javier Ortuño—, porque se vulneran derechos».";
        assert_eq!(speakers(text), [some("Javier Ortuño")]);
        // A quote sentence after a sentence reporting someone's words.
        let text = "Innenministerin Katrin Berger sprach. Berger berichtete auch von Gesprächen mit Betroffenen. »Ein Bürgermeister hat mir geschrieben.«";
        assert_eq!(speakers(text), [some("Katrin Berger")]);
    }

    #[test]
    fn swedish_danish_norwegian() {
        let text = "”Vi står bakom Danmark”, säger Ulf Kristersson. ”Det är allvarligt”, sa han.\n\n\
                    I ett uttalande på X skrev Kristersson under onsdagskvällen: ”Danmark är en nära vän.”";
        assert_eq!(
            speakers(text),
            [
                some("Ulf Kristersson"),
                some("Ulf Kristersson"),
                some("Ulf Kristersson")
            ]
        );
        let text = "Mette Frederiksen talte. ”Grønland er ikke til salg”, siger Mette Frederiksen.\n\n\
                    ”Det er alvorligt”, sier Jonas Gahr Støre til NRK.";
        assert_eq!(speakers(text), [some("Mette Frederiksen"), some("Jonas Gahr Støre")]);
        // Whom he spoke to is not who spoke.
        let text = "”Vi står bakom er”, sa han till Mette Frederiksen.";
        assert_eq!(speakers(text), [None]);
    }
}
