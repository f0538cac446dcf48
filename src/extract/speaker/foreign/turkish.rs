//! Turkish attribution: the verb of saying ends the sentence, after the
//! quote (`Erdoğan, "..." dedi.`, `"..." ifadelerini kullandı.`, `"..."
//! şeklinde konuştu.`, `"..." olduğunu söyledi.`), and the subject opens
//! it, set off by a comma or by `ise`, `da`, `de` (`CHP Sözcüsü Murat Aksoy
//! ise ... "..." dedi.`, `Ekonomiye de değinen Erdoğan, "..."`). Two other
//! shapes: the speaker after a participle (`"..." ifadesini kullanan
//! Erdoğan, ...`) and in the genitive before `dediği` (`Ahmed Şara'nın
//! ... "..." dediği aktarıldı`).

use super::{Named, QUOTE, Reader, W, floor_char, is_quote_mark, last_sentence, starts_lower, starts_upper};

/// Verbs that end a sentence attributing the quote before them.
const VERBS: &[&str] = &[
    "dedi",
    "diyor",
    "demişti",
    "dedi.",
    "söyledi",
    "söylüyor",
    "söylemişti",
    "açıkladı",
    "belirtti",
    "kaydetti",
    "vurguladı",
    "aktardı",
    "sordu",
    "uyardı",
    "yazdı",
    "paylaştı",
    "nitelendirdi",
    "tanımladı",
    "yetindi",
    "ekledi",
    "savundu",
    "hatırlattı",
    "konuştu",
    "seslendi",
    "yanıtladı",
    "cevapladı",
    "iddia",
    "getirdi",
    "aktarıldı",
];

/// Verbs that end the sentence after a noun of speech (`ifadelerini
/// kullandı`, `değerlendirmesinde bulundu`, `ifadesine yer verdi`, `çağrısı
/// yaptı`, `ifade etti`).
const LIGHT_VERBS: &[&str] = &["kullandı", "bulundu", "verdi", "yaptı", "etti"];

/// Openings of the nouns of speech before a light verb.
const SPEECH_NOUNS: &[&str] = &[
    "ifade",
    "iddia",
    "açıklama",
    "değerlendirme",
    "çağrı",
    "yorum",
    "yanıt",
    "cevap",
    "yer",
    "mesaj",
    "paylaşım",
    "tepki",
    "uyarı",
    "söz",
    "dile",
];

/// Participles that name the speaker after them (`"..." ifadesini kullanan
/// Erdoğan, ...`).
const PARTICIPLES: &[&str] = &[
    "kullanan",
    "diyen",
    "söyleyen",
    "konuşan",
    "belirten",
    "vurgulayan",
    "kaydeden",
];

/// Words announcing the quote after a colon (`şunları söyledi:`, `şöyle
/// konuştu:`, `şu ifadeleri kullandı:`).
const ANNOUNCE: &[&str] = &["şunları", "şöyle", "şu", "şunu", "şunların"];

/// Nouns of a headline's `Erdoğan'dan ... mesajı:`.
const MESSAGES: &[&str] = &[
    "mesajı",
    "mesaj",
    "açıklaması",
    "açıklama",
    "tepkisi",
    "tepki",
    "çağrısı",
    "çağrı",
    "uyarısı",
    "uyarı",
    "yanıtı",
    "yanıt",
    "sözleri",
    "itirafı",
    "vurgusu",
];

/// Longest stretch read after a quote for its verb or participle, in bytes.
const AFTER_REACH: usize = 200;

/// How far after a headline its person's full name is looked for, in bytes.
const HEADLINE_REACH: usize = 8000;

/// Ablative endings after the apostrophe of a name (`Erdoğan'dan`).
const ABLATIVE: &[&str] = &["dan", "den", "tan", "ten", "ndan", "nden"];

/// Dative endings after the apostrophe of a name (`AB'ye`, `Şam'a`).
const DATIVE: &[&str] = &["a", "e", "ya", "ye", "na", "ne"];

/// Words that set off the subject opening a sentence.
const TOPIC: &[&str] = &["ise", "da", "de"];

/// Titles that end in a word of their own (`Genel Başkanı`, `Sözcüsü`):
/// whatever ends so is a title.
pub(super) const TITLE_ENDS: &[&str] = &[
    "başkanı",
    "bakanı",
    "sözcüsü",
    "başkanvekili",
    "müdürü",
    "sekreteri",
    "uzmanı",
    "büyükelçisi",
    "valisi",
    "komutanı",
    "milletvekili",
    "temsilcisi",
    "danışmanı",
];

/// Genitive endings after the apostrophe of a name (`Şara'nın`).
const GENITIVE: &[&str] = &["nın", "nin", "nun", "nün", "ın", "in", "un", "ün"];

impl Reader<'_, '_> {
    /// The speaker and cue of quote `i` by the Turkish shapes, if one fits.
    pub(super) fn turkish(&self, i: usize) -> Option<(Named, String)> {
        self.turkish_verb(i)
            .or_else(|| self.turkish_colon(i))
            .or_else(|| self.turkish_headline(i))
            .or_else(|| self.turkish_participle(i))
    }

    /// `Erdoğan, "..." dedi.`: the verb of saying that ends the quote's
    /// sentence, and the speaker its sentence gives.
    fn turkish_verb(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let close = sp.close.min(para.end);
        // The words after the quote, to the sentence's end.
        let rest = &self.cx.text[close..para.end];
        let rest = rest.trim_start_matches(|c: char| is_quote_mark(c) || c == ' ');
        // (A few words: a long paragraph is not read again for each quote.)
        let rest = &rest[..super::ceil_char(rest, AFTER_REACH)];
        if !rest.starts_with(char::is_lowercase) {
            return None;
        }
        let end = rest
            .find(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»'])
            .unwrap_or(rest.len());
        let words: Vec<&str> = rest[..end].split_whitespace().collect();
        if words.is_empty() || words.len() > 5 || words.iter().any(|w| !starts_lower(w) || w.contains(',')) {
            return None;
        }
        let last = words.last()?.to_lowercase();
        let light = words.len() >= 2 && LIGHT_VERBS.contains(&last.as_str()) && {
            let noun = words[words.len() - 2].to_lowercase();
            SPEECH_NOUNS.iter().any(|n| noun.starts_with(n))
        };
        if !(VERBS.contains(&last.as_str()) || light) {
            return None;
        }
        let cue = words.join(" ");
        // `"..." dediği aktarıldı`: the speaker in the genitive.
        let reported = words
            .first()
            .is_some_and(|w| w.starts_with("dediğ") || w.starts_with("söylediğ"));
        let s = self.cx.sent_start(sp.para, sp.open);
        let toks = self.sentence_words(s, sp.open);
        let toks = last_sentence(&toks);
        let name = if reported {
            self.genitive_name(toks)
        } else {
            self.topic_name(toks)
        };
        Some((Named::Name(name?), cue))
    }

    /// `Erdoğan, konuşmasında şunları söyledi: "..."` (in the quote's
    /// paragraph or ending the one before): `şunları`, `şöyle` or `şu`
    /// announce the words, and the sentence's subject says them.
    fn turkish_colon(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let (p, end) = self.lead_in_colon(sp.para, sp.open).unwrap_or((sp.para, sp.open));
        let para = self.cx.paras[p];
        let before = self.cx.text[para.start..end.max(para.start)]
            .trim_end_matches(|c: char| is_quote_mark(c) || c.is_whitespace())
            .strip_suffix(':')?;
        let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
        let (verb, lead) = words.split_first()?;
        let verb = verb.to_lowercase();
        let k = lead.iter().position(|w| ANNOUNCE.contains(w))?;
        let light =
            k == 1 && SPEECH_NOUNS.iter().any(|n| lead[0].starts_with(n)) && LIGHT_VERBS.contains(&verb.as_str());
        if !(VERBS.contains(&verb.as_str()) || light || (k == 0 && verb.ends_with("etti"))) {
            return None;
        }
        let cue = words[..=k + 1].iter().rev().copied().collect::<Vec<_>>().join(" ");
        let s = self
            .cx
            .sent_start(p, floor_char(self.cx.text, end.saturating_sub(1)).max(para.start));
        let toks = self.sentence_words(s, end);
        let name = self.topic_name(last_sentence(&toks))?;
        Some((Named::Name(name), cue))
    }

    /// A headline's `Erdoğan'dan 'kalıcı barış' mesajı: "..."`: a message
    /// (statement, reply, call) from the person in the ablative before
    /// it, in the fullest form the article gives.
    fn turkish_headline(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        if !para.headline {
            return None;
        }
        let before = self.cx.text[para.start..sp.open.max(para.start)]
            .trim_end_matches(|c: char| is_quote_mark(c) || c.is_whitespace())
            .strip_suffix(':')?;
        // (The phrase before the colon: a few words.)
        let mut words: Vec<&str> = before.split_whitespace().rev().take(8).collect();
        words.reverse();
        let (noun, rest) = words.split_last()?;
        if !MESSAGES.contains(noun) {
            return None;
        }
        // The ablative opens the phrase, or follows nothing but the
        // headline's marks; a quoted label may stand between it and the noun.
        let mut first = rest.iter().position(|w| w.chars().any(char::is_alphanumeric))?;
        // (`Bakan Şimşek'ten`: a title before the name.)
        if is_title(rest[first]) {
            first += 1;
        }
        let (stem, suffix) = rest.get(first)?.split_once(['\'', '\u{2019}'])?;
        if !starts_upper(stem) || !ABLATIVE.contains(&suffix) {
            return None;
        }
        // (`Erdoğan'dan AB'ye çağrı:`: whom the message is to may come between.)
        let between = &rest[first + 1..];
        let addressee = |w: &str| {
            w.split_once(['\'', '\u{2019}'])
                .is_some_and(|(_, s)| DATIVE.contains(&s.trim_end_matches(',')))
        };
        if between.len() > 4 || between.iter().any(|w| starts_upper(w) && !addressee(w)) {
            return None;
        }
        // (The body after the headline names the person in full.)
        let text = self.cx.text;
        let name = self.person(
            &[stem],
            super::floor_char(text, (para.end + HEADLINE_REACH).min(text.len())),
            false,
        )?;
        Some((Named::Name(name), format!("{suffix} {noun}")))
    }

    /// `"..." ifadesini kullanan Erdoğan, ...`: the name after a
    /// participle of saying right after the quote.
    fn turkish_participle(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let rest = &self.cx.text[sp.close.min(para.end)..para.end];
        let rest = rest.trim_start_matches(|c: char| is_quote_mark(c) || c == ' ');
        // (A few words: a long paragraph is not read again for each quote.)
        let rest = &rest[..super::ceil_char(rest, AFTER_REACH)];
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        let k = words.iter().take(3).position(|w| PARTICIPLES.contains(w))?;
        // (The name ends at its comma, or before a word with a case ending:
        // `kullanan Erdoğan, Brüksel'e`.)
        let mut after: Vec<&str> = Vec::new();
        for w in &words[k + 1..] {
            if !starts_upper(w) || w.contains(['\'', '\u{2019}']) {
                break;
            }
            after.push(w.trim_end_matches(','));
            if w.ends_with(',') {
                break;
            }
        }
        if after.is_empty() {
            return None;
        }
        let name = self.person(&after, sp.close, false)?;
        Some((Named::Name(name), words[..=k].join(" ")))
    }

    /// The subject opening a sentence (`toks`, before the quote): the last
    /// run of capitalized words set off by a comma, `ise`, `da` or `de`.
    fn topic_name(&self, toks: &[W]) -> Option<String> {
        let mut found: Option<String> = None;
        let mut k = 0;
        while k < toks.len() {
            if !starts_upper(toks[k].w) || toks[k].w == QUOTE {
                k += 1;
                continue;
            }
            let e = (k..toks.len())
                .find(|&e| !starts_upper(toks[e].w) || toks[e].w.contains(['\'', '\u{2019}']))
                .unwrap_or(toks.len());
            let set_off = toks.get(e).is_some_and(|t| t.w == "," || TOPIC.contains(&t.w));
            if e > k && set_off {
                let words: Vec<&str> = toks[k..e].iter().map(|t| t.w.trim_end_matches('.')).collect();
                found = self.turkish_name(&words, toks[k].at).or(found);
            }
            k = e.max(k + 1);
        }
        found
    }

    /// The name in the genitive in `toks` (`Ahmed Şara'nın`).
    fn genitive_name(&self, toks: &[W]) -> Option<String> {
        for k in 0..toks.len() {
            let w = toks[k].w;
            let Some((stem, suffix)) = w.split_once(['\'', '\u{2019}']) else {
                continue;
            };
            if !starts_upper(stem) || !GENITIVE.contains(&suffix) {
                continue;
            }
            let a = (0..k)
                .rev()
                .take_while(|&j| starts_upper(toks[j].w))
                .last()
                .unwrap_or(k);
            let mut words: Vec<&str> = toks[a..k].iter().map(|t| t.w).collect();
            words.push(stem);
            return self.turkish_name(&words, toks[a].at);
        }
        None
    }

    /// A person or body a run of capitalized words names, titles dropped
    /// (`CHP Sözcüsü Murat Aksoy`, `Dışişleri Bakanlığı`).
    fn turkish_name(&self, words: &[&str], at: usize) -> Option<String> {
        let t = words.iter().rposition(|w| is_title(w)).map_or(0, |t| t + 1);
        let words = &words[t..];
        if words.is_empty() {
            return None;
        }
        self.person(words, at, false)
    }
}

/// Whether a word is a Turkish title (`Cumhurbaşkanı`, `Sözcüsü`, `Doç.`).
fn is_title(w: &str) -> bool {
    let l = w.trim_end_matches('.').to_lowercase();
    matches!(
        l.as_str(),
        "doç" | "dr" | "prof" | "av" | "bay" | "bayan" | "bakan" | "vali"
    ) || TITLE_ENDS.iter().any(|e| l.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{some, speakers};

    #[test]
    fn turkish() {
        let text = "Cumhurbaşkanı ve AK Parti Genel Başkanı Recep Tayyip Erdoğan, grup toplantısında konuştu. \
                    Erdoğan, \"Bölgemizde yeni bir sayfa açılıyor\" dedi.\n\n\
                    Ekonomiye de değinen Erdoğan, \"2025 dezenflasyon yılı olacak\" ifadelerini kullandı.\n\n\
                    CHP Sözcüsü Murat Aksoy ise basın toplantısında, \"Başarı hikâyesi anlatılıyor\" dedi. \
                    Aksoy, \"Milyonlar inanmıyor\" diye konuştu.";
        assert_eq!(
            speakers(text),
            [
                some("Recep Tayyip Erdoğan"),
                some("Recep Tayyip Erdoğan"),
                some("Murat Aksoy"),
                some("Murat Aksoy")
            ]
        );
        let text = "Suriye'deki yönetimin lideri Ahmed Şara'nın Erdoğan'a gönderdiği mesajda, \
                    \"Kardeşliğinizi unutmayacağız\" dediği aktarıldı.";
        assert_eq!(speakers(text), [some("Ahmed Şara")]);
        // A body; a group named by no one; a poem read, not said.
        let text = "Dışişleri Bakanlığı da yazılı açıklamasında, \"Katkıya hazırız\" ifadesine yer verdi. \
                    Diplomatik kaynaklar ise temasların \"yakında artacağını\" belirtti. \
                    Erdoğan, konuşmasının sonunda Kısakürek'in \"Sakarya Türküsü\" şiirinden dizeler okudu.";
        assert_eq!(speakers(text), [some("Dışişleri Bakanlığı"), None, None]);
        // A colon lead-in paragraph.
        let text = "Recep Tayyip Erdoğan konuştu. Erdoğan, konuşmasında şunları söyledi:\n\n\"Sınır kapılarında yoğunluk var.\"";
        assert_eq!(speakers(text), [some("Recep Tayyip Erdoğan")]);
        // A quote over two paragraphs after the colon; a name the registry
        // does not keep (too long a run) in full.
        let text = "Cumhurbaşkanı ve AK Parti Genel Başkanı Recep Tayyip Erdoğan, grup toplantısında konuştu.\n\n\
                    Erdoğan, konuşmasında şunları söyledi:\n\n\"Adımları atıyoruz.\n\n\"Kimse beklemesin.\"";
        assert_eq!(
            speakers(text),
            [some("Recep Tayyip Erdoğan"), some("Recep Tayyip Erdoğan")]
        );
        // A colon without `şunları` or `şöyle` announces nothing.
        let text = "Recep Tayyip Erdoğan konuştu. Erdoğan, konuşmasında iki konuya değindi:\n\n\"Sınır kapılarında yoğunluk var.\"";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn turkish_headlines_and_participles() {
        let text = "# Erdoğan'dan AB'ye çağrı: \"Kapılar kapanmadı\"\n\n\
                    Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'da konuştu. \
                    \"Güvenlik bizsiz düşünülemez\" ifadesini kullanan Erdoğan, Brüksel'e çağrı yaptı.";
        assert_eq!(
            speakers(text),
            [some("Recep Tayyip Erdoğan"), some("Recep Tayyip Erdoğan")]
        );
        // A headline's ablative that is a place, not a person; no message noun.
        let text = "# Ankara'dan Şam'a mesaj: \"Kapılar açık\"\n\nDışişleri Bakanlığı açıklama yaptı.";
        assert_eq!(speakers(text), [None]);
        let text = "# Erdoğan'dan yeni hamle: \"Kapılar açık\"\n\nCumhurbaşkanı Recep Tayyip Erdoğan konuştu.";
        assert_eq!(speakers(text), [None]);
    }
}
