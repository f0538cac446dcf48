//! Korean attribution (Yonhap, Chosun, JoongAng copy). The quote is tied
//! to its verb by a quotative ending written onto the closing mark (`"..."라고
//! 말했다`, `"..."고 밝혔다`, `"..."며 "..."고 덧붙였다`), or it is the
//! object of a verb of saying (`"명백한 전쟁연습"으로 규정하며`, `"강력한
//! 대응"을 예고했다`); the speaker is the topic or subject opening the
//! sentence, marked by `은`/`는`/`이`/`가`/`도`: a name before its body and
//! title (`김인수 통일부 대변인은`), a surname and title for someone named
//! before (`김 부부장은`, `박 전 의원은`), a body (`통일부는`, `미국
//! 국무부도`, `대한건설 측은`), or `그는` and no subject at all for the
//! speaker before. An official without a name (`국방부 관계자는`, `한 정부
//! 소식통은`, `A씨는`), a title alone (`통일부 대변인은`) and the agency that
//! reports the words (`조선중앙통신은`) are nobody's names.
//!
//! A headline puts the speaker right before the quote (`北김여정 "..."`,
//! `법원 "증거인멸 우려"…`).

use super::cjk::is_hangul;
use super::{Attr, Named, QUOTE, Reader, W};

/// Quotative endings on a closing mark, longest first.
const QUOTATIVE: &[&str] = &[
    "이라면서",
    "라면서",
    "이라고",
    "이라며",
    "면서",
    "라고",
    "라며",
    "하고",
    "하며",
    "며",
    "고",
];

/// Particles that put a quote in the object or the manner of a verb.
const OBJECT: &[&str] = &["으로", "을", "를", "로"];

/// Verbs (their noun stems) that make such a quote the subject's words.
const SAYING_STEMS: &[&str] = &[
    "규정", "예고", "강조", "촉구", "주장", "경고", "비판", "비난", "지적", "언급", "표현", "평가", "규탄", "요구",
    "약속", "다짐", "천명", "일축", "반박", "지칭", "묘사",
];

/// Topic and subject particles, longest first.
const SUBJECT: &[&str] = &["께서는", "께서", "은", "는", "이", "가", "도"];

/// A case particle before a topic particle (`질문에는`, `정치권에서는`): an
/// adverbial, not a subject.
const ADVERBIAL_TOPIC: &[&str] = &[
    "에서는",
    "에게는",
    "에서도",
    "으로는",
    "에는",
    "에도",
    "로는",
    "와는",
    "과는",
    "까지는",
    "부터는",
    "에선",
];

/// Endings that close a phrase before the subject's noun phrase.
const PHRASE_ENDS: &[&str] = &[
    "을", "를", "에", "에서", "으로", "로", "고", "며", "서", "면", "다", "게", "지", "인", "한", "된", "던", "는",
    "은",
];

/// Titles of people (the longest that ends a word is taken).
const TITLES: &[&str] = &[
    "국무위원장",
    "부위원장",
    "위원장",
    "부부장",
    "부장판사",
    "판사",
    "대통령",
    "부총리",
    "총리",
    "부장관",
    "장관",
    "차관",
    "대변인",
    "국회의원",
    "의원",
    "원내대표",
    "최고위원",
    "대표",
    "교수",
    "연구위원",
    "검사장",
    "검사",
    "총장",
    "변호사",
    "도지사",
    "지사",
    "구청장",
    "시장",
    "청장",
    "처장",
    "원장",
    "실장",
    "국장",
    "과장",
    "팀장",
    "회장",
    "사장",
    "이사장",
    "의장",
    "감독",
    "선수",
    "대사",
    "특사",
    "기자",
    "여사",
    "박사",
    "소장",
    "단장",
    "주석",
    "총비서",
    "서기장",
    "국무장관",
    "사무총장",
    "총재",
    "관장",
    "교육감",
    "군수",
    "부장",
    "비서",
    "씨",
];

/// Heads that name no one: unnamed officials, sources, groups.
const ANONYMOUS: &[&str] = &[
    "관계자",
    "소식통",
    "당국자",
    "전문가",
    "관리",
    "인사",
    "측근",
    "주민",
    "시민",
    "네티즌",
    "누리꾼",
    "목격자",
];

/// Heads that are the agency or paper reporting the words.
const REPORTERS: &[&str] = &["통신", "뉴스", "신문", "방송", "일보", "매체", "언론", "외신", "통신사"];

/// Words for a statement standing for its author (`담화는 또 "..."`).
const STATEMENTS: &[&str] = &["담화", "성명", "논평", "성명서", "발표문", "서한", "입장문", "담화문"];

/// Pronouns.
const PRONOUNS: &[&str] = &["그", "그녀", "그들"];

/// Bodies by their last syllables (three syllables or more), and short
/// bodies by name.
const BODY_ENDS: &[&str] = &[
    "부",
    "처",
    "청",
    "본부",
    "위원회",
    "당",
    "성",
    "대사관",
    "사무국",
    "협회",
    "재단",
    "은행",
    "그룹",
    "전자",
    "건설",
    "지검",
    "지법",
    "법원",
    "연구원",
    "교육청",
    "대통령실",
    "기구",
    "공사",
];
const BODIES: &[&str] = &[
    "검찰",
    "경찰",
    "법원",
    "정부",
    "국회",
    "군",
    "합참",
    "청와대",
    "백악관",
    "크렘린",
    "유엔",
    "통일부",
    "외교부",
    "국방부",
    "국정원",
    "여당",
    "야당",
    "與",
    "野",
    "北",
    "美",
    "中",
    "日",
    "靑",
];

/// Places that open the name of a body (`미국 국무부`).
const PLACES: &[&str] = &[
    "미국",
    "북한",
    "중국",
    "일본",
    "러시아",
    "한국",
    "우리",
    "유럽연합",
    "영국",
    "프랑스",
    "독일",
];

/// Common Korean surnames: a name is one of these and two syllables.
const SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

/// Three-syllable words that a surname opens and that are no names.
const NOT_NAMES: &[&str] = &[
    "전문가",
    "관계자",
    "대변인",
    "위원장",
    "부부장",
    "연구원",
    "정치권",
    "지난해",
    "당국자",
    "소식통",
    "국무부",
    "외교부",
    "통일부",
    "국방부",
    "조선중앙",
    "이번주",
    "오는날",
    "정부는",
    "한미간",
    "이날오",
    "주민들",
    "이사장",
];

/// Longest stretch read after a quote for its subject, in bytes.
const SENTENCE_AFTER: usize = 300;

/// How far back a full name is looked for behind a surname and title, in bytes.
const NAME_REACH: usize = 6000;

impl Reader<'_, '_> {
    /// The speaker of quote `i` in Korean copy; see the module docs.
    pub(super) fn korean(&self, i: usize, found: &[Attr]) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        if para.titled {
            return self.korean_headline(i);
        }
        let rest = &self.cx.text[sp.close.min(para.end)..para.end];
        let cue = quotative(rest)?;
        let s = self.cjk_sentence_start(sp.para, sp.open);
        let toks = self.sentence_words(s, sp.open);
        // (The subject after the quote when none comes before: `"..."라고
        // 조선중앙통신이 보도했다`.)
        let subject = self.korean_subject(&toks, sp.open).or_else(|| {
            let end = sentence_end(&self.cx.text[sp.close.min(para.end)..para.end]);
            let after = self.sentence_words(sp.close.min(para.end), sp.close.min(para.end) + end);
            after
                .split_first()
                .and_then(|(_, rest)| self.korean_subject(rest, sp.open))
        });
        let named = match subject {
            Some(Subject::Named(n)) => Named::Name(n),
            Some(Subject::Nobody) => Named::Nobody,
            Some(Subject::Earlier) => self.earlier_speaker(i, found).map_or(Named::Nobody, Named::Name),
            // No subject: the sentence goes on about the speaker before, in
            // this paragraph only.
            None => self
                .earlier_speaker(i, found)
                .filter(|_| self.earlier_in_paragraph(i))
                .map_or(Named::Nobody, Named::Name),
        };
        Some((named, cue))
    }

    /// Whether a quote before quote `i` opens in its paragraph.
    fn earlier_in_paragraph(&self, i: usize) -> bool {
        let sp = self.cx.spans[i];
        let w = self.cx.top.partition_point(|&j| self.cx.spans[j].open < sp.open);
        w > 0 && self.cx.spans[self.cx.top[w - 1]].para == sp.para
    }

    /// The subject of the sentence whose words before the quote are `toks`:
    /// the first topic or subject that names someone, no one, or the
    /// speaker before.
    fn korean_subject(&self, toks: &[W], at: usize) -> Option<Subject> {
        for k in 0..toks.len() {
            let w = toks[k].w;
            if w == QUOTE || k > 0 && toks[k - 1].w == QUOTE && toks[k - 1].at + 3 >= toks[k].at {
                continue;
            }
            if ADVERBIAL_TOPIC.iter().any(|e| w.ends_with(e)) {
                continue;
            }
            let Some(head) = SUBJECT.iter().find_map(|p| w.strip_suffix(p)) else {
                continue;
            };
            if head.is_empty() || !head.chars().all(|c| is_hangul(c) || c.is_ascii_alphanumeric()) && !is_body(head) {
                continue;
            }
            let np = noun_phrase(&toks[..k]);
            if let Some(found) = self.classify(np, head, at) {
                return Some(found);
            }
        }
        None
    }

    /// What a subject noun phrase (`np`, then `head` with its particle
    /// taken off) stands for, if the rules can tell.
    fn classify(&self, np: &[W], head: &str, at: usize) -> Option<Subject> {
        if PRONOUNS.contains(&head) || STATEMENTS.contains(&head) {
            return Some(Subject::Earlier);
        }
        // `A씨`: an initial for a name kept back.
        if head.ends_with('씨') && head.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Some(Subject::Nobody);
        }
        if ANONYMOUS.iter().any(|a| head.ends_with(a)) || REPORTERS.iter().any(|r| head.ends_with(r)) {
            return Some(Subject::Nobody);
        }
        if head.chars().count() > 1 && head.ends_with('들') {
            return Some(Subject::Nobody);
        }
        // (The longest title: `이사장`, not `사장`.)
        if let Some(title) = TITLES.iter().filter(|t| head.ends_with(*t)).max_by_key(|t| t.len()) {
            let own = head.strip_suffix(title).unwrap_or("");
            return Some(self.titled_person(np, own, title, at));
        }
        // `대한건설 측은`: the body before `측`.
        let (np, head) = match (head, np.split_last()) {
            ("측", Some((last, rest))) => (rest, last.w),
            _ => (np, head.strip_suffix('측').unwrap_or(head)),
        };
        if is_body(head) {
            let mut name = head.to_string();
            if let Some(place) = np.last().filter(|t| PLACES.contains(&t.w)) {
                name = format!("{} {name}", place.w);
            }
            return Some(Subject::Named(name));
        }
        None
    }

    /// The person a title names: the name in its phrase (`김인수 통일부
    /// 대변인`, `미래개혁당 김소연 대변인`), or the full name given before of
    /// the surname before it (`김 부부장`, `박 전 의원`); nobody when the
    /// title stands alone (`통일부 대변인`).
    fn titled_person(&self, np: &[W], own: &str, title: &str, at: usize) -> Subject {
        if is_name(own) {
            return Subject::Named(own.to_string());
        }
        let words: Vec<&str> = np.iter().map(|t| clean(t.w)).collect();
        if let Some(name) = words.iter().rev().find(|w| is_name(w)) {
            return Subject::Named((*name).to_string());
        }
        // (`박 전 의원`: `전`, `前` is `former`.)
        let mut k = words.len();
        if k > 0 && matches!(words[k - 1], "전" | "前") {
            k -= 1;
        }
        let surname = if own.is_empty() {
            k.checked_sub(1).map(|j| words[j])
        } else {
            Some(own)
        };
        match surname.filter(|s| s.chars().count() == 1 && SURNAMES.contains(*s)) {
            Some(s) => self.named_before(s, title, at).map_or(Subject::Nobody, Subject::Named),
            None => Subject::Nobody,
        }
    }

    /// The one full name with `surname` that the text before `at` prints
    /// with `title` (or a title ending in it: `국회의원` for `의원`) a few
    /// words after it.
    fn named_before(&self, surname: &str, title: &str, at: usize) -> Option<String> {
        let text = self.cx.text;
        let lo = super::ceil_char(text, at.saturating_sub(NAME_REACH));
        let words: Vec<&str> = text[lo..at].split_whitespace().collect();
        let mut out: Option<String> = None;
        for (k, w) in words.iter().enumerate() {
            let name = clean(w);
            let anonymized = name.chars().count() == 2 && name.ends_with('모');
            if !name.starts_with(surname) || !(is_name(name) || anonymized) {
                continue;
            }
            // (`정모(45)씨가`: the title in the same word, after the parenthesis.)
            let own = w[name.len()..].rsplit([')', '）']).next().unwrap_or("");
            let titled = std::iter::once(&own).chain(words[k + 1..].iter().take(4)).any(|t| {
                let t = t.trim_end_matches(|c: char| !is_hangul(c));
                SUBJECT
                    .iter()
                    .chain(&["의"])
                    .any(|p| t.strip_suffix(p).is_some_and(|h| h.ends_with(title)))
                    || t.ends_with(title)
            });
            if titled {
                match &out {
                    Some(o) if o != name => return None,
                    _ => out = Some(name.to_string()),
                }
            }
        }
        out
    }

    /// A headline's `김여정 "..."`, `법원 "증거인멸 우려"…`, `與 "..."`: the
    /// name or body right before the quote, a name only when the article
    /// prints it again.
    fn korean_headline(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let before = &self.cx.text[para.start..sp.open];
        if !before.ends_with(' ') {
            return None;
        }
        let word = before.split_whitespace().next_back()?;
        // (After `…`, a second clause: `담화 발표…통일부 "..."`.)
        let word = word.rsplit(['\u{2026}', '#', ']', '[', '(']).next().unwrap_or(word);
        // `北김여정`: a one-character place in Han before the name.
        let name = word.trim_start_matches(|c: char| !is_hangul(c) && word.chars().any(is_hangul));
        if is_body(name) || is_name(name) && self.cx.text[para.end..].contains(name) {
            // (The cue: the words that attribute it, the name as printed.)
            return Some((Named::Name(name.to_string()), word.to_string()));
        }
        None
    }
}

/// Whom a subject stands for.
enum Subject {
    Named(String),
    /// No one the rules may name.
    Nobody,
    /// The speaker of the quote before.
    Earlier,
}

/// The quotative ending or object particle that ties the text after a
/// quote (`rest`) to a verb of saying, as the cue.
fn quotative(rest: &str) -> Option<String> {
    let boundary = |r: &str| r.is_empty() || r.starts_with(|c: char| c.is_whitespace() || c == ',');
    if let Some(q) = QUOTATIVE.iter().find(|q| rest.strip_prefix(**q).is_some_and(boundary)) {
        // (`"..."며 "..."고`: the next quote is no verb.)
        let verb = rest[q.len()..]
            .split_whitespace()
            .next()
            .filter(|v| !v.starts_with(super::is_quote_mark))
            .unwrap_or("");
        return Some(format!("{q} {verb}").trim_end().to_string());
    }
    // `"..."는 입장이다`: the position the subject takes.
    if let Some(r) = rest.strip_prefix("는 입장") {
        return Some(format!("는 입장{}", r.split_whitespace().next().unwrap_or("")));
    }
    let p = OBJECT
        .iter()
        .find(|p| rest.strip_prefix(**p).is_some_and(|r| r.starts_with(' ')))?;
    let verb = rest[p.len()..].split_whitespace().next()?;
    // (A statement or a clause going on, not a question or a modifier:
    // `요구하느냐는 질문`.)
    let ends = verb.trim_end_matches(['.', ',']);
    let finite = ["다", "며", "고", "면서", "서", "기도"]
        .iter()
        .any(|e| ends.ends_with(e))
        && !ends.contains("느냐");
    (finite && SAYING_STEMS.iter().any(|s| verb.starts_with(s))).then(|| format!("{p} {verb}"))
}

/// Where the sentence `rest` opens ends: at a full stop before a space or
/// the end, or at the next quote.
fn sentence_end(rest: &str) -> usize {
    let b = rest.as_bytes();
    rest.char_indices()
        .take_while(|&(k, _)| k < SENTENCE_AFTER)
        .find(|&(k, c)| {
            (matches!(c, '.' | '!' | '?') && b.get(k + 1).is_none_or(|x| x.is_ascii_whitespace()))
                || k > 0 && super::is_quote_mark(c)
        })
        .map(|(k, _)| k)
        .unwrap_or_else(|| super::ceil_char(rest, SENTENCE_AFTER.min(rest.len())))
}

/// The words of the noun phrase ending just before the subject word:
/// back to the first word that closes a phrase of its own (an object, an
/// adverbial, a verb), at most four.
fn noun_phrase<'s, 't>(toks: &'s [W<'t>]) -> &'s [W<'t>] {
    let mut a = toks.len();
    while a > 0 && toks.len() - a < 4 {
        let w = toks[a - 1].w;
        let genitive = w.ends_with('의') && w.chars().count() > 1;
        if w == QUOTE || matches!(w, "," | ":" | ";" | ".") {
            break;
        }
        let ends_phrase = PHRASE_ENDS.iter().any(|e| w.ends_with(e)) && !is_name(w) && !is_body(w);
        if ends_phrase && !genitive {
            break;
        }
        a -= 1;
    }
    &toks[a..]
}

/// A word without what a parenthesis added to it (`박모(61)`).
fn clean(w: &str) -> &str {
    w.split(['(', '（']).next().unwrap_or(w)
}

/// Whether a word is a Korean personal name: three syllables, a common
/// surname first.
fn is_name(w: &str) -> bool {
    let mut cs = w.chars();
    let first = cs.next();
    w.chars().count() == 3
        && w.chars().all(is_hangul)
        && first.is_some_and(|c| SURNAMES.contains(c))
        && !NOT_NAMES.contains(&w)
        && !TITLES.iter().chain(ANONYMOUS).any(|t| w.ends_with(t))
        && !is_body(w)
}

/// Whether a word names a body (`통일부`, `합동참모본부`, `검찰`).
fn is_body(w: &str) -> bool {
    BODIES.contains(&w) || w.chars().count() >= 3 && BODY_ENDS.iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{some, speakers};

    #[test]
    fn korean_subjects_titles_and_surnames() {
        let text = "(서울=연합뉴스) 박성호 외교부 대변인은 정례브리핑에서 \"일본 측에 유감을 표명했다\"며 \
                    \"필요한 조치를 취할 것\"이라고 말했다.\n\n\
                    박 대변인은 \"대화의 문은 열려 있다\"고 덧붙였다. 그는 \"협의는 계속된다\"고 밝혔다.\n\n\
                    국방부는 \"특이 동향은 없다\"고 밝혔다.";
        assert_eq!(
            speakers(text),
            [
                some("박성호"),
                some("박성호"),
                some("박성호"),
                some("박성호"),
                some("국방부")
            ]
        );
    }

    #[test]
    fn korean_nobody_named() {
        // An unnamed official, a title without a name, an initial, the
        // agency that reports the words, a surname no full name explains.
        let text = "국방부 관계자는 \"훈련은 예정대로 진행된다\"고 말했다.\n\n\
                    외교부 대변인은 \"정해진 것은 없다\"고 말했다.\n\n\
                    업체 직원 A씨는 \"지시를 받았다\"고 진술했다.\n\n\
                    조선중앙통신은 \"적들의 도발\"이라고 보도했다.\n\n\
                    윤 대통령은 \"국민께 죄송하다\"고 말했다.";
        assert_eq!(speakers(text), [None, None, None, None, None]);
        // A quoted title is nobody's words.
        let text = "조선중앙통신은 '김여정 동지의 담화'라는 제목을 달았다.";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn korean_objects_headlines_and_missing_subjects() {
        let text = "# 北김여정 \"전쟁연습에 강력 대응\"\n\n\
                    김여정 노동당 부부장은 훈련을 \"명백한 전쟁연습\"으로 규정했다.\n\n\
                    김 부부장은 담화에서 \"좌시하지 않겠다\"고 밝혔다. '훈련 중단'을 요구하느냐는 \
                    질문에는 \"당연하다\"고 답했다.";
        assert_eq!(
            speakers(text),
            [some("김여정"), some("김여정"), some("김여정"), None, some("김여정")]
        );
    }
}
