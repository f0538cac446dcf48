//! Quote marks: which family a mark belongs to, which way it faces, and
//! which closing marks an opening mark accepts.

/// Marks that pair with each other belong to one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `"` `“` `”` `„` `‟` `＂`, the ornaments `❝` `❞` of pull quotes, the
    /// Hebrew gershayim `״` (which Hebrew news prints as its quote marks),
    /// and doubled single marks (`''`).
    Double,
    /// `'` `‘` `’` `‚` `‛`: also apostrophes, which the scanner tells apart.
    Single,
    /// `«` `»`, French (« ») and German (» «) directions.
    Guillemet,
    /// `‹` `›`.
    SingleGuillemet,
    /// `「` `」`.
    Corner,
    /// `『` `』`.
    WhiteCorner,
    /// `〝` `〞` `〟`.
    PrimeDouble,
}

/// Which way a mark faces by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `"` `'` `״`: no direction of its own.
    Straight,
    /// `“` `‘` `‟` `‛`: an opening mark in English, a closing one in German.
    Left,
    /// `”` `’`: a closing mark in English, both ways in Swedish.
    Right,
    /// `„` `‚`: opens (German, Polish).
    Low,
    /// `«` `‹` `「` `『` `〝`.
    Open,
    /// `»` `›` `」` `』` `〞` `〟`.
    Close,
}

/// A quote mark found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset of the mark.
    pub pos: usize,
    /// Length of the mark in bytes (two marks for doubled singles `''`).
    pub len: usize,
    /// The first character of the mark.
    pub ch: char,
    /// Its family.
    pub family: Family,
    /// Its shape.
    pub shape: Shape,
}

/// Classifies one character, or `None` when it is not a quote mark.
pub fn classify(c: char) -> Option<(Family, Shape)> {
    use Family::*;
    use Shape::*;
    Some(match c {
        // (The gershayim opens and closes alike, as `"` does; inside an
        // acronym, `צה״ל`, the scanner passes it over.)
        '"' | '\u{FF02}' | '\u{05F4}' => (Double, Straight),
        '\u{201C}' | '\u{201F}' | '\u{275D}' => (Double, Left),
        '\u{201D}' | '\u{275E}' => (Double, Right),
        '\u{201E}' => (Double, Low),
        '\'' => (Single, Straight),
        '\u{2018}' | '\u{201B}' => (Single, Left),
        '\u{2019}' => (Single, Right),
        '\u{201A}' => (Single, Low),
        '\u{00AB}' => (Guillemet, Open),
        '\u{00BB}' => (Guillemet, Close),
        '\u{2039}' => (SingleGuillemet, Open),
        '\u{203A}' => (SingleGuillemet, Close),
        '\u{300C}' | '\u{FF62}' => (Corner, Open),
        '\u{300D}' | '\u{FF63}' => (Corner, Close),
        '\u{300E}' => (WhiteCorner, Open),
        '\u{300F}' => (WhiteCorner, Close),
        '\u{301D}' => (PrimeDouble, Open),
        '\u{301E}' | '\u{301F}' => (PrimeDouble, Close),
        _ => return None,
    })
}

/// True for any character [`classify`] knows.
pub fn is_quote_mark(c: char) -> bool {
    classify(c).is_some()
}

/// Whether `closer` may close a quote opened by `opener`.
///
/// Besides the proper pairs this accepts what real pages print: a straight
/// mark closed by a curly one and the reverse, a quote closed with a left
/// mark (`“...“`), German `„...“` and Polish `„...”`, Swedish `”...”`, and
/// guillemets in either direction.
pub fn closes(opener: &Mark, closer: &Mark) -> bool {
    use Shape::*;
    if opener.family != closer.family {
        return false;
    }
    match opener.family {
        Family::Double | Family::Single => match (opener.shape, closer.shape) {
            (_, Low) => false,
            (Straight, _) => true,
            (Left, Right | Left | Straight) => true,
            (Low, Left | Right | Straight) => true,
            (Right, Right | Straight) => true,
            _ => false,
        },
        // « » and » «, ‹ › and › ‹: the closer faces the other way.
        Family::Guillemet | Family::SingleGuillemet => opener.shape != closer.shape,
        Family::Corner | Family::WhiteCorner | Family::PrimeDouble => opener.shape == Open && closer.shape == Close,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(c: char) -> Mark {
        let (family, shape) = classify(c).unwrap();
        Mark {
            pos: 0,
            len: c.len_utf8(),
            ch: c,
            family,
            shape,
        }
    }

    #[test]
    fn pairs() {
        assert!(closes(&mark('“'), &mark('”')));
        assert!(closes(&mark('„'), &mark('“')));
        assert!(closes(&mark('"'), &mark('”')));
        assert!(closes(&mark('“'), &mark('“')));
        assert!(closes(&mark('»'), &mark('«')));
        assert!(closes(&mark('«'), &mark('»')));
        assert!(!closes(&mark('«'), &mark('«')));
        assert!(!closes(&mark('“'), &mark('’')));
        assert!(!closes(&mark('「'), &mark('』')));
        assert!(closes(&mark('‚'), &mark('‘')));
        assert!(closes(&mark('\u{05F4}'), &mark('\u{05F4}')));
        assert!(closes(&mark('\u{05F4}'), &mark('"')));
    }
}
