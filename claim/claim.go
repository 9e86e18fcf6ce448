// Package claim describes what a source claims: the words that carry the
// attribution (the cue), the content that is claimed, and how it is
// reported: quoted or paraphrased, asserted or denied.
//
// It also scores how strongly two claims conflict. [Contradiction] gives a
// [Score] in [0, 1] with the reasons for it (each a [Reason]): a denial
// against what it denies,
// the same proposition negated, antonyms and co-hyponyms (WordNet 3.0:
// "rose" / "fell", "huge" / "small", "dog" / "cat", "living room" /
// "bedroom"; but not a word and its kind, "celery" / "vegetable", nor
// alike adjectives, "small" / "tiny"), opposite function words after the
// same word ("went up" / "went down", "voted for" / "voted against"), verbs
// news uses as opposites that WordNet does not pair ("grew" / "shrank",
// "supported" / "opposed"), colors and materials ("white" / "silver"),
// numbers that differ for one thing,
// opposed framing of one topic (a curated news-stance lexicon:
// "backpedaling" / "a normal part of the negotiation process"), a report
// that calls the other a hoax, and sources set against each other ("some
// …, others …"). Claims about different things score 0: every reason but
// framing needs the claims to share content terms (or their synonyms), and a
// claim never conflicts with itself.
//
// [Analyze] reads a claim's features once (content terms, negation and its
// scope, polarity, hedges, numbers with units, names, stance);
// [Compare] then scores two claims' features in well under a microsecond.
// [Conflicts] finds the conflicting pairs among many claims through an
// inverted index on their terms, without comparing every pair.
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
	CueClass      CueClass
	Content       hearsay.Span // what is claimed, without "that"

	// Parts are the pieces of a content interrupted by its attribution,
	// as in “We will,” he said, “win.”, or quoted on in the sentences
	// after it, as in “We will,” he said. “We always do.”; nil when
	// Content is one piece. Content covers all the parts.
	Parts []hearsay.Span

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
