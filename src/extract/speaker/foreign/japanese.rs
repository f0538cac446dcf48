//! Japanese attribution (NHK, Asahi, Kyodo copy). The quote is followed by
//! `と` and a verb of saying (`「...」と述べました`, `と話しています`, `と強調した`,
//! `としています`); the speaker is the topic or subject marked by `は` or `が`
//! nearest before the quote in its sentence: a name with its title
//! (`林官房長官は`, `東京国際大学の山田健一教授は`, `キム・ジョンウン（金正恩）総書記が`)
//! or a body (`防衛省は`). A name of one or two characters is a surname,
//! and the article's own designation (surname and title, `林官房長官`) is
//! given; a longer one is the full name, given without its title. An
//! unnamed official (`政府関係者は`), a title alone (`外務省の報道官は`) and
//! the agency that reports the words (`朝鮮中央通信は`) are nobody's names;
//! a sentence with no subject (`そのうえで「...」と強調しました`) goes on
//! about the speaker before. A headline puts the speaker right before the
//! quote (`林官房長官「極めて遺憾」`).

use super::cjk::{is_han, is_kana};
use super::{Attr, Named, Reader};

/// Verbs of saying after `と`, as they begin.
const VERBS: &[&str] = &[
    "述べ",
    "話し",
    "話す",
    "語っ",
    "語り",
    "語る",
    "強調",
    "指摘",
    "分析",
    "説明",
    "明らかに",
    "発表",
    "批判",
    "訴え",
    "主張",
    "表明",
    "答え",
    "応じ",
    "言っ",
    "言い",
    "言う",
    "述懐",
    "反論",
    "呼びかけ",
    "求め",
    "コメント",
    "記者団",
    "報道陣",
    "述べる",
    "書い",
    "投稿",
    "発言",
    "評価",
    "非難",
    "抗議",
    "警告",
    "要求",
    "し",
    "する",
];

/// What after `と` makes the quote a name or a hearsay, not the subject's
/// words (`という`, `と呼ばれる`, `とされる`, `として`).
const NOT_SAID: &[&str] = &["いう", "いった", "いわれ", "言われ", "呼ば", "され", "して", "の", "も"];

/// Titles of people (the longest that ends a run is taken).
const TITLES: &[&str] = &[
    "官房長官",
    "総理大臣",
    "副総理",
    "国務長官",
    "報道官",
    "副大統領",
    "大統領",
    "総書記",
    "国家主席",
    "書記長",
    "事務総長",
    "准教授",
    "教授",
    "首相",
    "外相",
    "防衛相",
    "財務相",
    "大臣",
    "長官",
    "次官",
    "知事",
    "市長",
    "区長",
    "町長",
    "村長",
    "議長",
    "委員長",
    "幹事長",
    "代表",
    "議員",
    "社長",
    "会長",
    "理事長",
    "総裁",
    "局長",
    "部長",
    "課長",
    "署長",
    "監督",
    "選手",
    "弁護士",
    "医師",
    "大使",
    "主席",
    "氏",
    "さん",
];

/// Ministries and offices between a surname and `大臣`, `長官` or `相`
/// (`中野国土交通大臣`, `岩屋毅外務大臣`).
const MINISTRIES: &[&str] = &[
    "国土交通",
    "経済産業",
    "厚生労働",
    "農林水産",
    "文部科学",
    "外務",
    "財務",
    "防衛",
    "総務",
    "法務",
    "環境",
    "経済再生担当",
    "デジタル",
    "復興",
    "内閣府特命担当",
    "経産",
    "国交",
    "厚労",
    "文科",
    "農水",
];

/// Heads that name no one.
const ANONYMOUS: &[&str] = &[
    "関係者",
    "専門家",
    "幹部",
    "担当者",
    "当局者",
    "消息筋",
    "筋",
    "住民",
    "市民",
    "男性",
    "女性",
    "人たち",
    "人々",
];

/// Agencies and papers reporting the words.
const REPORTERS: &[&str] = &[
    "通信",
    "通信社",
    "新聞",
    "放送",
    "テレビ",
    "メディア",
    "新華社",
    "電視台",
];

/// Ends of the names of bodies.
const BODY_ENDS: &[&str] = &[
    "省",
    "庁",
    "政府",
    "局",
    "軍",
    "党",
    "委員会",
    "本部",
    "協会",
    "連盟",
    "銀行",
    "裁判所",
    "地裁",
    "高裁",
    "警察",
    "事務所",
    "機構",
    "当局",
    "自衛隊",
    "大使館",
    "官邸",
    "会社",
];

/// Pronouns.
const PRONOUNS: &[&str] = &["彼", "彼女"];

/// How far back a full name is looked for behind a surname, in bytes.
const NAME_REACH: usize = 6000;

/// Longest subject read, in characters.
const MAX_RUN: usize = 24;

impl Reader<'_, '_> {
    /// The speaker of quote `i` in Japanese copy; see the module docs.
    pub(super) fn japanese(&self, i: usize, found: &[Attr]) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let text = self.cx.text;
        if para.titled {
            return self.japanese_headline(i);
        }
        let rest = &text[sp.close.min(para.end)..para.end];
        let cue = said_after(rest)?;
        let s = self.cjk_sentence_start(sp.para, sp.open);
        let named = match self.japanese_subject(s, sp.open) {
            Some(Named::Pronoun) => self.earlier_speaker(i, found).map_or(Named::Nobody, Named::Name),
            Some(n) => n,
            // No subject: the speaker before, when the quote before is in
            // this paragraph or the one before.
            None => self.earlier_speaker(i, found).map_or(Named::Nobody, Named::Name),
        };
        Some((named, cue))
    }

    /// The subject nearest before `at` in `s..at`, outside quotes: the run
    /// before a `は` or `が` that names someone, no one, or the speaker before.
    fn japanese_subject(&self, s: usize, at: usize) -> Option<Named> {
        let text = self.cx.text;
        let k = self.cx.top.partition_point(|&j| self.cx.spans[j].close <= s);
        let quotes: Vec<(usize, usize)> = self.cx.top[k..]
            .iter()
            .map(|&j| (self.cx.spans[j].open, self.cx.spans[j].close))
            .take_while(|&(o, _)| o < at)
            .collect();
        let inside = |p: usize| quotes.iter().any(|&(o, c)| o <= p && p < c);
        let marks: Vec<usize> = text[s..at]
            .char_indices()
            .filter(|&(_, c)| matches!(c, 'は' | 'が'))
            .map(|(p, _)| s + p)
            .filter(|&p| !inside(p))
            .collect();
        for &m in marks.iter().rev() {
            let run = subject_run(&text[s..m]);
            if run.is_empty() {
                continue;
            }
            if let Some(named) = self.classify_ja(run, m) {
                return Some(named);
            }
        }
        None
    }

    /// What a subject run (`林官房長官`, `防衛省`, `政府関係者`) stands for.
    fn classify_ja(&self, run: &str, at: usize) -> Option<Named> {
        // (`キム・ジョンウン（金正恩）総書記`: the gloss goes.)
        let run = without_gloss(run);
        if PRONOUNS.contains(&run.as_str()) {
            return Some(Named::Pronoun);
        }
        if ANONYMOUS.iter().any(|a| run.ends_with(a)) || REPORTERS.iter().any(|r| run.ends_with(r)) {
            return Some(Named::Nobody);
        }
        if let Some(title) = TITLES.iter().filter(|t| run.ends_with(**t)).max_by_key(|t| t.len()) {
            let name = &run[..run.len() - title.len()];
            let name = MINISTRIES.iter().find_map(|m| name.strip_suffix(m)).unwrap_or(name);
            let n = name.chars().count();
            let katakana = name
                .chars()
                .all(|c| is_kana(c) && !matches!(c, '\u{3040}'..='\u{309F}'));
            let han = name.chars().all(is_han);
            if n == 0 || !(katakana || han) || BODY_ENDS.iter().any(|e| name.ends_with(e)) {
                return Some(Named::Nobody);
            }
            return Some(Named::Name(if katakana && n >= 2 || han && (3..=4).contains(&n) {
                name.to_string()
            } else if han && n <= 2 {
                self.full_name_near(name, at).unwrap_or_else(|| run.clone())
            } else {
                return Some(Named::Nobody);
            }));
        }
        if BODY_ENDS.iter().any(|e| run.ends_with(e)) && run.chars().all(|c| is_han(c) || is_kana(c)) {
            return Some(Named::Name(run));
        }
        None
    }

    /// The one full name the text before `at` gives for a surname
    /// (`金正恩総書記` before `金氏`): the surname, one or two more Han
    /// characters, a title. (`林官房長官` gives none: a title follows the
    /// surname itself.) For a headline (`at` in a titled paragraph), the
    /// text after it.
    fn full_name_near(&self, surname: &str, at: usize) -> Option<String> {
        let text = self.cx.text;
        let p = self.cx.paras.partition_point(|p| p.start <= at);
        let titled = p > 0 && self.cx.paras[p - 1].titled && at <= self.cx.paras[p - 1].end;
        let (lo, hi) = if titled {
            (at, super::floor_char(text, (at + NAME_REACH).min(text.len())))
        } else {
            (super::ceil_char(text, at.saturating_sub(NAME_REACH)), at)
        };
        let mut out: Option<&str> = None;
        for (k, _) in text[lo..hi].match_indices(surname) {
            let from = lo + k + surname.len();
            let after = &text[from..hi];
            if starts_with_title(after) {
                continue;
            }
            let Some(len) = [1, 2].into_iter().find(|&n| {
                let mut cs = after.char_indices();
                let cut = cs.nth(n).map_or(after.len(), |(b, _)| b);
                after[..cut].chars().count() == n
                    && after[..cut].chars().all(is_han)
                    && starts_with_title(&after[cut..])
            }) else {
                continue;
            };
            let cut = after.char_indices().nth(len).map_or(after.len(), |(b, _)| b);
            let name = &text[lo + k..from + cut];
            match out {
                Some(o) if o != name => return None,
                _ => out = Some(name),
            }
        }
        out.map(str::to_string)
    }

    /// A headline's `林官房長官「極めて遺憾」`, `韓国軍「...」`: the name or
    /// body right before the quote.
    fn japanese_headline(&self, i: usize) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let run = subject_run(&self.cx.text[para.start..sp.open]);
        if run.is_empty() {
            return None;
        }
        // (The cue: the words that attribute it, the name as printed.)
        match self.classify_ja(run, sp.open)? {
            Named::Name(n) => Some((Named::Name(n), run.to_string())),
            _ => Some((Named::Nobody, run.to_string())),
        }
    }
}

/// The cue when the text after a quote (`rest`) says it was said: `と`, a
/// comma maybe, and a verb of saying.
fn said_after(rest: &str) -> Option<String> {
    let r = rest.strip_prefix('と')?;
    let r = r.trim_start_matches(['、', ' ']);
    // (`としています`, `としております`: the subject's position.)
    let position = r.starts_with("してい") || r.starts_with("しており");
    if !position && NOT_SAID.iter().any(|n| r.starts_with(n)) {
        return None;
    }
    let v = VERBS.iter().find(|v| r.starts_with(**v))?;
    // (`と述べました`: the verb and its ending, to the next punctuation.)
    let end = r
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '、' | '」' | '「'))
        .map_or(r.len(), |(k, _)| k)
        .max(v.len());
    let end = r.char_indices().nth(12).map_or(end, |(k, _)| end.min(k));
    Some(format!("と{}", &r[..end]))
}

/// The run of characters a name or body is written in, ending `s`:
/// Han, katakana, the middle dot, a gloss in full-width parentheses, and
/// `さん`; after the last particle or punctuation.
fn subject_run(s: &str) -> &str {
    let mut start = s.len();
    let mut depth = 0usize;
    let mut count = 0;
    for (k, c) in s.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ if is_han(c) || is_kana(c) && !is_hiragana(c) || c == 'ー' || c == '・' => {}
            'ん' | 'さ' if s[k..].starts_with("さん") || s[..k].ends_with('さ') => {}
            _ => break,
        }
        count += 1;
        if count > MAX_RUN {
            return "";
        }
        start = k;
    }
    if depth > 0 {
        return "";
    }
    &s[start..]
}

/// Whether `s` opens with a title, or a ministry and a title.
fn starts_with_title(s: &str) -> bool {
    let s = MINISTRIES.iter().find_map(|m| s.strip_prefix(m)).unwrap_or(s);
    TITLES.iter().any(|t| s.starts_with(t))
}

/// Hiragana.
fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}')
}

/// `キム・ジョンウン（金正恩）総書記` without its gloss.
fn without_gloss(run: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in run.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{some, speakers};

    #[test]
    fn japanese_titles_surnames_and_bodies() {
        let text = "# 松本官房長官「遺憾だ」\n\n\
                    松本官房長官は午前の記者会見で「極めて遺憾だ」と述べました。\n\n\
                    そのうえで「警戒に万全を期す」と強調しました。\n\n\
                    防衛省は「被害の報告はない」としています。\n\n\
                    東京大学の佐藤浩一教授は「交渉を有利に進める狙いだ」と分析しています。\n\n\
                    朝鮮中央通信によりますと、金正恩総書記は視察した。金氏は「国防力を強化する」と述べたということです。";
        assert_eq!(
            speakers(text),
            [
                some("松本官房長官"),
                some("松本官房長官"),
                some("松本官房長官"),
                some("防衛省"),
                some("佐藤浩一"),
                some("金正恩")
            ]
        );
    }

    #[test]
    fn japanese_nobody_named() {
        // An unnamed official, the agency reporting, a title alone, a name
        // called, a term.
        let text = "政府関係者は「発射は予想されていた」と話しています。\n\n\
                    朝鮮中央通信は「成功した」と伝えました。\n\n\
                    外務省の報道官は「抗議した」と述べました。\n\n\
                    いわゆる「グアム・キラー」と呼ばれるミサイルです。";
        assert_eq!(speakers(text), [None, None, None, None]);
    }
}
