//! Synthetic corpora with known truth, for tests and benchmarks.

use crate::extract::{ArticleRecord, ExtractConfig, extract_article};

/// Two tiny articles quoting one utterance (a full version and a fragment),
/// for examples and doctests.
pub fn tiny_records() -> Vec<ArticleRecord> {
    let texts = [
        (
            "a.txt",
            "outlet: A\ndate: 2024-12-31\n---\nKim called Putin his \"dearest friend and comrade, the hero of the \
             fraternal Russian people,\" KCNA said.\n",
        ),
        (
            "b.txt",
            "outlet: B\ndate: 2025-01-01\n---\nKim hailed his \"dearest friend and comrade, the hero of the fraternal \
             Russian people,\" state media said.\n",
        ),
    ];
    texts
        .iter()
        .filter_map(|(name, text)| {
            let loaded = crate::corpus::article_from_bytes(
                name,
                text.as_bytes().to_vec(),
                false,
                None,
                &crate::corpus::LoadConfig::default(),
            );
            loaded.article.map(|a| extract_article(&a, &ExtractConfig::default()))
        })
        .collect()
}
