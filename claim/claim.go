// Package claim describes what a source claims: the words that carry the
// attribution (the cue), the content that is claimed, how it is reported
// (quoted or paraphrased, asserted or denied), and the claims of the same
// text it disputes.
//
// It also scores how strongly two claims conflict: a [Score] in [0, 1]
// with the reasons for it, each a [Reason] that says what triggered it.
// The kinds of reason ([ReasonKind]):
//
//   - rebuttal: one claim disputes the other ("disputed their account",
//     "called the governor's statements a lie", "those statements were
//     wrong", "there is no basis for …"; see [LinkDisputes]);
//   - denial: a denial against what it denies; negation: the same
//     proposition negated, by "not" or by an implicative ("failed to
//     file" / "filed"), but not an idiom ("not only") or a denied
//     refutation ("no hoax");
//   - antonym, co-hyponym, substitution: WordNet 3.0's antonyms and
//     co-hyponyms ("rose" / "fell", "dog" / "cat", "living room" /
//     "bedroom"; not a word and its kind, "celery" / "vegetable", nor
//     alike adjectives, "small" / "tiny"), opposite function words after
//     the same word ("went up" / "went down"), verbs news uses as opposites
//     ("grew" / "shrank", "backs" / "opposes"), colors and materials;
//   - number: different quantities of one thing, with their qualifiers
//     ("about $40 million" / "closer to $25 million", "more than 40" /
//     "35"); time: times of one event that cannot both be ("by March" /
//     "in the summer"); state: states that exclude each other ("on time"
//     / "delayed", "married" / "divorced"), given claims on one topic (in
//     an article, the article's topic counts, as for framing);
//   - framing: opposed framing from a curated news-stance lexicon
//     ("backpedaling" / "a normal part of the negotiation process");
//   - position: two sources valuing one question oppositely, by VADER's
//     valence lexicon ("will help struggling families" / "will hurt small
//     businesses", "reckless" / "prudent", "the law is a disgrace" /
//     "repealing it would be the disgrace"; an act a source means to do
//     against its criticism, "would try to repeal the law" / "repealing
//     the law would be a mistake"), or one claim speaking against the
//     other's source;
//   - refutation: a report that calls the other a hoax or fake;
//   - contrast: sources set against each other ("some …, others …"; in an
//     article, rival parties, supporters and opponents, a source that
//     speaks against another), which adds to another reason and never
//     decides alone: opposed sides on one topic with nothing else between
//     their claims are listed at a weight of 0.02, far under any threshold,
//     because in news they disagree more often than two claims with
//     nothing between them do; two sources of no known sides (not allies,
//     not of one affiliation) on one topic are listed at 0.01, because an
//     article sets two sources side by side on a question more often to
//     disagree than a source disagrees with itself, whose claims get
//     nothing; and a source that argues a side ("argued", "insisted",
//     "urged", "opposed") against another source's claim on the article's
//     topic at 0.015, shared words or not, because a position taken is
//     more often opposed than a fact reported (Options.IgnoreSides leaves
//     all three out). Each of the three falls, to half at most, with the
//     share of words the two claims have in common: two sources who say
//     one thing mostly say it in the same words; and rises by a quarter
//     for each claim that gives a view (a direct quote, or a claim that
//     values what it speaks of), since views are opposed more often than
//     facts reported are.
//
// Each kind is one row of a table: its name, its gate (whether it needs
// words the claims share, or only a topic they share) and its weight. A
// claim never conflicts with itself or with the claim that reports it.
//
// Read alone, two claims score the reasons' combined weight, 1 − Π(1 − w).
// In an article, a pair with a reason of what the claims say (other than
// a rebuttal or a denial, which weighs as it says) is scored by a
// logistic model that adds how the article sets the two side by side:
// the combined weight, opposed sides, a cue that argues a side, and one
// source speaking twice. Its weights (calibration.txt) were fitted to
// readers' judgements of PolNeAR news articles by a committed program,
// cross-validated by article; its Value is never below the reasons' own.
//
// # Which to use when
//
// The names are many; the idea is one, how strongly claims conflict.
//
//   - [ConflictsIn] (or [Scorer.ConflictsIn]): the claims of one text, read
//     as one article. It is what attribution's Document.Contradictions
//     uses, and the one to use for an article: claims share the article's
//     topic (two claims that share no word may both be on it, or one may
//     point back at the other with "it"), its sources (a claim that names
//     one, sources set against each other) and its rebuttals.
//   - [Conflicts] (or [Scorer.Conflicts]): claims from anywhere, each read
//     alone, such as the claims of many articles; [Scorer.ConflictsOf]
//     does the same for features already computed.
//   - [Contradiction]: one pair, read alone. To score one claim against
//     many, compute its features once with [Analyze] and use [Compare] (or
//     [Scorer.Compare]) for each pair.
//   - [Scorer.CompareAll]: a text against a text (a headline against the
//     article under it), each given as the features of its statements;
//     unlike the others it is not symmetric.
//   - [LinkDisputes]: the rebuttal links of one text's claims
//     ([Claim.Disputes]); attribution's Document.LinkDisputes calls it.
//
// A [Conflict] is a pair of claims with its [Score]. Read alone, a claim
// meets another only through the words they share: "The weather was
// normal for October" does not meet "China backpedaled on its trade
// promises"; read in an article, through the article too.
//
// # How an article names its sources
//
// In an article, a claim that values one of the article's sources speaks
// for or against it, and so for or against what the source says. A claim
// names a person by the surname ("Clinton"), unless a given name before it
// is another's ("Bill Clinton" is not Hillary Clinton) or "Mr." or "Mrs."
// is ("Mr. Clinton" is not the Clinton the article calls "she"); a body by
// its whole name or a one-word name of it ("the Democratic National
// Committee" does not name the Republican one); and a person by an office
// the text gives them ("SEC Chair Mary Jo White" makes "the SEC chief" and
// "the head of the Securities and Exchange Commission" name White), where
// one person of the article holds it. What a mention says after a comma
// names nothing ("Nick Merrill, a spokesman for Mrs. Clinton" is no name
// of Clinton's). How the claim values a name: by its cue, for the name
// that heads the cue's object ("rejected Trump's offer of an exception for
// Khan" speaks against Trump only); by the clause that holds the name,
// where the claim names several; the other way round for a name a clause
// compares something with ("a better opinion of him than of Mrs.
// Clinton"); and against a person whom it calls to remove from an office
// ("urged Obama to fire the SEC chief").
//
// # How pairs are found
//
// A long document cannot be compared pair by pair. [Conflicts] and
// [ConflictsIn] file each claim under keys: its content terms, their
// WordNet senses (so that synonyms meet), its stance dimensions, and in an
// article the sources it names or is spoken by, the claim its opening
// pronoun points at, the claims it disputes and the article's topic. Only
// claims that share a key are compared, and a key held by more than
// [MaxPosting] claims is skipped, as a search engine skips stop words: in
// an ordinary article every claim on its topic meets every other, while in
// a huge document claims meet where they share something specific.
//
// [Analyze] reads a claim's features once (content terms, negation and its
// scope, polarity, hedges, numbers with units and qualifiers, times,
// names, stance, valence, rebuttal); [Compare] then scores two claims'
// features in about a microsecond.
package claim

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/source"
)

// Quote says how a claim's content is reported.
type Quote uint8

// The ways content is reported.
const (
	QuoteUnknown Quote = iota
	Indirect           // paraphrase: Smith said the talks had stalled
	Direct             // the source's words in quotation marks
	Mixed              // paraphrase with quoted words: talks are “moving along nicely”
)

var quoteNames = [...]string{"", "indirect", "direct", "mixed"}

// String returns "indirect", "direct" or "mixed"; "" for QuoteUnknown.
func (q Quote) String() string {
	if int(q) < len(quoteNames) {
		return quoteNames[q]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (q Quote) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// Polarity says whether the source asserts its content or denies it.
type Polarity uint8

// The polarities of a claim.
const (
	Asserted Polarity = iota // the source says the content is so
	Denied                   // the source says it is not so: "denied that …"
)

// String returns "asserted" or "denied".
func (p Polarity) String() string {
	if p == Denied {
		return "denied"
	}
	return "asserted"
}

// MarshalText implements encoding.TextMarshaler.
func (p Polarity) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// CueClass is the kind of attribution a cue makes.
type CueClass uint8

// The classes of cue.
const (
	CueUnknown CueClass = iota
	Speech              // said, told, added, according to
	Denial              // denied, rejected, disputed
	Attitude            // believes, is concerned that, sees … as
	Finding             // a document's: found, showed
)

var cueNames = [...]string{"", "speech", "denial", "attitude", "document"}

// String returns "speech", "denial", "attitude" or "document"; "" for
// CueUnknown.
func (c CueClass) String() string {
	if int(c) < len(cueNames) {
		return cueNames[c]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (c CueClass) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// A Claim is one attributed claim: Source says Content, as Cue tells.
// Spans are byte offsets into the text the claim was found in.
type Claim struct {
	ID     string         // unique within its document: "c1", "c2", …
	Source *source.Source // who claims it; nil when the text does not say

	// SourceMention is where this claim names its source: "the person" in
	// "the person added". Where the source is left unsaid, as in the second
	// claim of "Trump said A, and said B", it is the mention the claim
	// shares ("Trump"); it is zero when the text names no source.
	SourceMention hearsay.Span
	Cue           hearsay.Span // the reporting word or phrase: "said", "according to"
	Content       hearsay.Span // what is claimed, without "that"

	// Parts are the pieces of a content interrupted by its attribution,
	// as in “We will,” he said, “win.”, or quoted on in the sentences
	// after it, as in “We will,” he said. “We always do.”; nil when
	// Content is one piece. Content covers all the parts.
	Parts []hearsay.Span

	CueClass CueClass
	Quote    Quote
	Polarity Polarity
	Parent   *Claim // the claim that reports this one, for nested attributions
	Sentence int    // index of the sentence holding the cue

	// Disputes are the claims of the same text that this one rebuts,
	// denies or dismisses ("X disputed that account", "Y called those
	// statements false"), earlier or later; see LinkDisputes.
	Disputes []*Claim

	// Text is the content's text: the original bytes at Content (or its
	// Parts joined by a space).
	Text string
}
