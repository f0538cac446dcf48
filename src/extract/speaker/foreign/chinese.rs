//! Chinese attribution (Xinhua, People's Daily, CCTV copy). The verb of
//! saying comes right before the quote, after a colon or comma (`毛宁说：“...”`,
//! `习近平指出，“...”`, `他表示：“...”`), or after it (`“...”，王毅说。`);
//! its subject is the run of characters that opens the clause, after a
//! time or a place (`外交部发言人毛宁14日在例行记者会上表示：`). A name
//! follows its title with no space (`国家主席习近平`); without a title it
//! counts when it opens a clause before a verb somewhere in the article.
//! `他`/`她` stand for the person named last at the opening of a clause;
//! the unnamed (`有分析人士认为`, `有记者问`, `发言人回答`) and reporting
//! agencies (`据新华社报道`) are nobody's names; a body (`外交部`, `中方`)
//! is its own.

use super::cjk::is_han;
use super::{Attr, Named, Reader};

/// Verbs of saying, longest first.
const VERBS: &[&str] = &[
    "补充说",
    "回应称",
    "表示称",
    "对记者说",
    "告诉记者",
    "接着说",
    "表示",
    "指出",
    "强调",
    "认为",
    "介绍",
    "透露",
    "坦言",
    "直言",
    "回应",
    "回答",
    "宣布",
    "重申",
    "提到",
    "写道",
    "表明",
    "呼吁",
    "警告",
    "说道",
    "问道",
    "称",
    "说",
    "问",
];

/// Words between the subject and its verb, dropped from the end of the run.
const ADVERBS: &[&str] = &[
    "进一步",
    "再次",
    "同时",
    "随后",
    "当天",
    "日前",
    "此前",
    "就此",
    "对此",
    "明确",
    "特别",
    "也",
    "还",
    "又",
    "则",
    "曾",
    "并",
    "更",
    "均",
    "都",
    "亦",
    "今天",
    "昨天",
    "当日",
];

/// Titles, longest first where one ends another.
const TITLES: &[&str] = &[
    "国家主席",
    "副主席",
    "主席",
    "副总统",
    "总统",
    "副总理",
    "总理",
    "外交部长",
    "部长",
    "外长",
    "发言人",
    "大使",
    "教授",
    "总书记",
    "书记",
    "委员长",
    "主任",
    "局长",
    "院长",
    "市长",
    "省长",
    "秘书长",
    "国务卿",
    "首相",
    "议员",
    "董事长",
    "总裁",
    "研究员",
    "专家",
    "记者",
    "司令",
    "将军",
    "代表",
];

/// Heads that name no one.
const ANONYMOUS: &[&str] = &[
    "人士",
    "专家",
    "学者",
    "记者",
    "官员",
    "网友",
    "民众",
    "消息人士",
    "知情人士",
    "负责人",
];

/// Agencies and papers reporting the words.
const REPORTERS: &[&str] = &[
    "新华社",
    "新华网",
    "人民日报",
    "央视",
    "中新社",
    "媒体",
    "报道",
    "通讯社",
    "电视台",
    "港媒",
    "外媒",
];

/// Pronouns.
const PRONOUNS: &[&str] = &["他", "她"];

/// Ends of the names of bodies.
const BODY_ENDS: &[&str] = &[
    "部",
    "委",
    "局",
    "署",
    "办公室",
    "政府",
    "法院",
    "检察院",
    "大使馆",
    "使馆",
    "中方",
    "美方",
    "外交部",
];

/// Most characters in a name after its title.
const MAX_NAME: usize = 4;

/// How far back the person a pronoun stands for is looked for, in bytes.
const PRONOUN_REACH: usize = 1500;

/// How far from a name another mention of it is looked for, in bytes.
const NAME_REACH: usize = 3000;

/// Most clauses read back for the person a pronoun stands for.
const MAX_CLAUSES: usize = 16;

impl Reader<'_, '_> {
    /// The speaker of quote `i` in Chinese copy; see the module docs.
    pub(super) fn chinese(&self, i: usize, _found: &[Attr]) -> Option<(Named, String)> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let text = self.cx.text;
        let before = text[para.start..sp.open].trim_end();
        // `毛宁说：“`, `习近平指出，“`.
        if let Some(b) = before.strip_suffix(['\u{FF1A}', '\u{FF0C}', ':', ',']) {
            if let Some((verb, run_end)) = ends_with_verb(b) {
                let clause = clause_run(&b[..run_end]);
                let named = self.chinese_subject(clause, para.start + run_end, i)?;
                return Some((named, verb.to_string()));
            }
            return None;
        }
        // `“...”，王毅说。`
        let after = &text[sp.close.min(para.end)..para.end];
        let after = after.trim_start_matches(['\u{FF0C}', ',', ' ']);
        let end = after.find(['\u{3002}', '\u{FF01}', '\u{FF1F}', '\u{FF0C}', '\u{201C}'])?;
        let clause = &after[..end];
        let (verb, run_end) = ends_with_verb(clause)?;
        let run = &clause[..run_end];
        if run.chars().count() > 12 {
            return None;
        }
        let at = sp.close + (clause.as_ptr() as usize - after.as_ptr() as usize);
        let named = self.chinese_subject(run, at, i)?;
        Some((named, verb.to_string()))
    }

    /// Whom the run before a verb (`外交部发言人毛宁14日在例行记者会上`) names.
    fn chinese_subject(&self, run: &str, at: usize, i: usize) -> Option<Named> {
        let run = strip_circumstance(run);
        if run.is_empty() {
            return None;
        }
        if PRONOUNS.contains(&run) {
            return Some(self.chinese_pronoun(at, i).map_or(Named::Nobody, Named::Name));
        }
        if run.starts_with('有') || ANONYMOUS.iter().any(|a| run.ends_with(a)) {
            return Some(Named::Nobody);
        }
        if run.starts_with('据') || REPORTERS.iter().any(|r| run.contains(r)) {
            return Some(Named::Nobody);
        }
        // `发言人回答记者提问时`: the subject of the clause's own verb.
        if let Some(r) = run.strip_suffix('时') {
            let (k, _) = VERBS.iter().filter_map(|v| r.find(v).map(|k| (k, v))).min()?;
            return self.chinese_subject(&r[..k], at, i);
        }
        // `外交部方面`: the body.
        let run = run.strip_suffix("方面").unwrap_or(run);
        if let Some((t, title)) = TITLES
            .iter()
            .filter_map(|t| run.rfind(t).map(|k| (k, *t)))
            .max_by_key(|&(k, t)| k + t.len())
        {
            let name = &run[t + title.len()..];
            if name.is_empty() {
                return Some(Named::Nobody);
            }
            let n = name.chars().count();
            return Some(
                if (2..=MAX_NAME).contains(&n) && name.chars().all(is_han) || name.contains('\u{00B7}') {
                    Named::Name(name.to_string())
                } else {
                    Named::Nobody
                },
            );
        }
        if BODY_ENDS.iter().any(|e| run.ends_with(e)) && run.chars().all(is_han) {
            return Some(Named::Name(run.to_string()));
        }
        let n = run.chars().count();
        ((2..=MAX_NAME).contains(&n)
            && run.chars().all(|c| is_han(c) || c == '\u{00B7}')
            && self.opens_clause_elsewhere(run, at))
        .then(|| Named::Name(run.to_string()))
    }

    /// Whether `name` opens a clause before a verb, `在` or an adverb, or
    /// follows a title, somewhere within [`NAME_REACH`] of `at` but not at
    /// `at`: a name, not a noun.
    fn opens_clause_elsewhere(&self, name: &str, at: usize) -> bool {
        let text = self.cx.text;
        let lo = super::ceil_char(text, at.saturating_sub(NAME_REACH));
        let hi = super::floor_char(text, (at + NAME_REACH).min(text.len()));
        text[lo..hi].match_indices(name).any(|(k, _)| {
            let k = lo + k;
            if k == at || k + name.len() == at {
                return false;
            }
            let before = text[..k].chars().next_back();
            let after = &text[k + name.len()..];
            let opens = before.is_none_or(|c| !is_han(c)) || TITLES.iter().any(|t| text[..k].ends_with(t));
            let verb_after = after.starts_with('在') || VERBS.iter().chain(ADVERBS).any(|v| after.starts_with(v));
            opens && verb_after
        })
    }

    /// The person `他` or `她` at `at` stands for: the name opening the
    /// nearest clause before it that opens with a name (`习近平在贺电中指出，
    /// ...。他表示：`), titles before it dropped.
    fn chinese_pronoun(&self, at: usize, i: usize) -> Option<String> {
        let text = self.cx.text;
        let lo = super::ceil_char(text, at.saturating_sub(PRONOUN_REACH));
        // (Top-level quotes do not overlap: their ends are in order too.)
        let top = &self.cx.top;
        let w = top.partition_point(|&j| self.cx.spans[j].open < self.cx.spans[i].open);
        let k = top[..w].partition_point(|&j| self.cx.spans[j].close <= lo);
        let quotes: Vec<(usize, usize)> = top[k..w]
            .iter()
            .map(|&j| (self.cx.spans[j].open, self.cx.spans[j].close))
            .collect();
        let inside = |s: usize| quotes.iter().any(|&(o, c)| o < s && s < c);
        // Clause openings, nearest first, outside quotes.
        let starts = text[lo..at]
            .char_indices()
            .filter(|&(_, c)| is_clause_break(c))
            .map(|(k, c)| lo + k + c.len_utf8())
            .filter(|&s| !inside(s));
        let starts: Vec<usize> = std::iter::once(lo).chain(starts).collect();
        starts.into_iter().rev().take(MAX_CLAUSES).find_map(|s| {
            let clause = text[s..at].trim_start();
            let run: String = clause
                .chars()
                .take_while(|&c| is_han(c) || c == '\u{00B7}')
                .take(16)
                .collect();
            let rest = strip_leading_title(&run);
            (2..=MAX_NAME).rev().find_map(|n| {
                let name: String = rest.chars().take(n).collect();
                // (`毛宁还`: a name ends before an adverb.)
                (name.chars().count() == n
                    && !ADVERBS.iter().any(|a| name.ends_with(a))
                    && !PRONOUNS.iter().any(|p| name.starts_with(p))
                    && !ANONYMOUS.iter().chain(REPORTERS).any(|a| name.contains(a))
                    && self.opens_clause_elsewhere(&name, s))
                .then_some(name)
            })
        })
    }
}

/// Whether `c` ends a clause.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '\u{3002}' | '\u{FF0C}' | '\u{FF1B}' | '\u{FF1A}' | '\n' | '\u{FF01}' | '\u{FF1F}'
    )
}

/// A run without the body and title opening it (`外交部发言人毛宁主持` ->
/// `毛宁主持`), when a title ends within its first ten characters.
fn strip_leading_title(run: &str) -> &str {
    let head: usize = run.char_indices().nth(10).map_or(run.len(), |(k, _)| k);
    match TITLES
        .iter()
        .filter_map(|t| run[..head].rfind(t).map(|k| k + t.len()))
        .max()
    {
        Some(k) => &run[k..],
        None => run,
    }
}

/// `(verb, where the subject's run ends)` when `s` ends with a verb of saying.
fn ends_with_verb(s: &str) -> Option<(&'static str, usize)> {
    let v = VERBS.iter().find(|v| s.ends_with(**v))?;
    Some((v, s.len() - v.len()))
}

/// The clause `s` ends with: after its last punctuation.
fn clause_run(s: &str) -> &str {
    let k = s
        .rfind(|c: char| !(is_han(c) || c.is_ascii_alphanumeric() || c == '\u{00B7}' || c.is_whitespace()))
        .map_or(0, |k| k + s[k..].chars().next().map_or(0, char::len_utf8));
    s[k..].trim()
}

/// The run without the time and place between subject and verb: adverbs,
/// `在……上/中/时`, `14日`, `对记者`.
fn strip_circumstance(run: &str) -> &str {
    let mut run = run.trim();
    loop {
        let before = run;
        if let Some(a) = ADVERBS.iter().find(|a| run.ends_with(**a) && run.len() > a.len()) {
            run = &run[..run.len() - a.len()];
        }
        // `在例行记者会上`, `在贺电中`.
        if let Some(k) = run.rfind('在')
            && k > 0
            && run[k..].ends_with(['上', '中', '时', '后', '里'])
        {
            run = &run[..k];
        }
        // `14日`.
        if let Some(r) = run.strip_suffix('日') {
            let t = r.trim_end_matches(|c: char| c.is_ascii_digit());
            if t.len() < r.len() {
                run = t;
            }
        }
        for tail in ["对记者", "向记者", "对此"] {
            run = run.strip_suffix(tail).unwrap_or(run);
        }
        if run == before {
            return run;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{some, speakers};

    #[test]
    fn chinese_names_titles_and_pronouns() {
        let text = "新华社北京3月2日电 外交部发言人林剑2日在例行记者会上表示，中方愿意加强合作。\
                    林剑说：“中方的立场是一贯的。”\n\n\
                    国家主席习近平在贺信中指出，两国友谊源远流长。他表示：“我愿同你一道努力。”\n\n\
                    林剑还说：“我们欢迎各方参与。”\n\n\
                    “这种说法没有根据。”林剑说。";
        assert_eq!(
            speakers(text),
            [some("林剑"), some("习近平"), some("林剑"), some("林剑")]
        );
    }

    #[test]
    fn chinese_nobody_named() {
        // Unnamed analysts, a spokesperson without a name, a report, a name
        // the article never uses as one, a term.
        let text = "有分析人士认为，“此举意在施压”。\n\n\
                    发言人回答：“请你去问有关方面。”\n\n\
                    据新华社报道，“会议取得积极成果”。\n\n\
                    中方倡议各国共同落实“全球发展倡议”。";
        assert_eq!(speakers(text), [None, None, None, None]);
        // A body speaks for itself.
        let text = "商务部表示：“将采取必要措施。”";
        assert_eq!(speakers(text), [some("商务部")]);
    }
}
