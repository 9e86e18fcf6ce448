package claim

import (
	"cmp"
	"math"
	"slices"

	hearsay "github.com/hearsay-go/hearsay"
)

// ReasonKind names why two claims conflict.
type ReasonKind uint8

// The kinds of reason.
const (
	ReasonUnknown      ReasonKind = iota
	ReasonDenial                  // one claim denies what the other asserts
	ReasonNegation                // the same proposition, negated in one claim
	ReasonAntonym                 // opposite words: rise / fall, huge / small (WordNet), went up / went down
	ReasonCoHyponym               // different members of one class: dog / cat, living room / bedroom (WordNet), white / silver
	ReasonNumber                  // different quantities of one thing: 30-page / 50-page
	ReasonFraming                 // opposed framing of one topic: backpedaling / normal
	ReasonRefutation              // one claim calls the other false: hoax, fake, debunked
	ReasonContrast                // sources set against each other: "some …", "others …"
	ReasonSubstitution            // one word in another's place, of no known relation: posters / ivy
	ReasonRebuttal                // one claim disputes the other: "disputed their account", "called those remarks false"
	ReasonPosition                // sources value one question oppositely: "will help families" / "will raise prices"
	ReasonState                   // one thing in two states that exclude each other: on time / delayed
	ReasonTime                    // one event at times that cannot both be: by March / not before the summer
)

// String returns the kind's name as the JSON form writes it: "denial",
// "negation", "antonym", "co-hyponym", "number", "framing", "refutation",
// "contrast", "substitution", "rebuttal", "position", "state" or "time";
// "" for ReasonUnknown.
func (k ReasonKind) String() string {
	for i := range reasonTable {
		if reasonTable[i].kind == k {
			return reasonTable[i].name
		}
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k ReasonKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Reason is one thing that makes two claims conflict.
type Reason struct {
	Kind ReasonKind

	// Detail says what triggered it, for a person to read:
	// "backpedaling / normal part".
	Detail string

	// Spans are the words that triggered it: first those in the first
	// claim's text, then those in the second's (zero where a side has
	// none). A span is an offset into the text its claim was found in, or
	// into the claim's Text where the claim has no Content span.
	Spans []hearsay.Span

	// Weight is how much this reason adds to the score, in [0, 1].
	Weight float64
}

// A reasonRow is one row of the reason table: a kind of reason, its name
// as String and the JSON form write it, its gate, how much it weighs, and
// the check that looks for it in a comparison.
//
// A new kind of reason is one ReasonKind constant, one row and one check.
type reasonRow struct {
	kind   ReasonKind
	name   string
	gate   gate
	weight rule
	check  func(c *comparison, w rule)
}

// A gate says which pairs of claims a reason is sought between.
type gate uint8

const (
	// gateWords: claims that share content words, at least minTopic of
	// the smaller one's (or their synonyms).
	gateWords gate = iota
	// gateTopic: claims on one topic, by their words or, in an article,
	// by the article's topic (see Scorer.ConflictsIn).
	gateTopic
	// gateNone: any pair; the check decides.
	gateNone
)

// reasonTable holds the kinds of reason in the order their checks run:
// a check may look at what the checks before it found (co-hyponyms are
// sought only where no antonym was, and contrast adds to another
// reason, or stands alone only weakly). A check is given its row's weight, so that no check refers to
// the table it is in.
var reasonTable = [...]reasonRow{
	{ReasonFraming, "framing", gateTopic, rule{0.55, 0.4, 0, false}, (*comparison).framing},
	{ReasonState, "state", gateTopic, rule{0.5, 0.45, 0.3, true}, (*comparison).state},
	{ReasonDenial, "denial", gateWords, rule{0.3, 0.4, 0.75, false}, (*comparison).denial},
	{ReasonNegation, "negation", gateWords, negRules[negHead], (*comparison).negation},
	{ReasonRebuttal, "rebuttal", gateNone, rule{0.55, 0.35, 0, false}, (*comparison).rebuttal},
	{ReasonRefutation, "refutation", gateWords, refuteRule, (*comparison).refutation},
	{ReasonAntonym, "antonym", gateWords, rule{0.35, 0.65, 0.45, true}, (*comparison).antonym},
	{ReasonTime, "time", gateWords, rule{0.55, 0.4, 0.5, true}, (*comparison).times},
	{ReasonCoHyponym, "co-hyponym", gateWords, rule{0.45, 0.5, 0.45, true}, (*comparison).coHyponym},
	{ReasonSubstitution, "substitution", gateWords, rule{0, 0.25, 0.6, true}, (*comparison).substitution},
	{ReasonNumber, "number", gateWords, rule{0.6, 0.55, 0.7, true}, (*comparison).numbers},
	{ReasonPosition, "position", gateTopic, rule{0.45, 0.2, 0, false}, (*comparison).against},
	{ReasonPosition, "position", gateTopic, rule{0.45, 0.3, 0, false}, (*comparison).opposedPosition},
	{ReasonContrast, "contrast", gateNone, rule{0.3, 0, 0, false}, (*comparison).contrast},
}

// refuteRule is the weight of a refutation, which CompareAll also gives
// to a refuting word elsewhere in a text.
var refuteRule = rule{0.65, 0.35, 0.15, false}

// The ways a negation is found, each with a weight of its own in
// negRules; the first is the negation row's weight.
const (
	negHead      = iota // a shared word is what a negation denies
	negScope            // a shared word is in a negated clause
	negSubject          // a negated clause is about a shared word
	negElsewhere        // one claim has a negation, not about shared words
	nNegRules
)

var negRules = [nNegRules]rule{
	negHead:      {0.3, 0.65, 0.15, false},
	negScope:     {0.05, 0.15, 0.25, false},
	negSubject:   {0.4, 0.4, 0.15, false},
	negElsewhere: {0.35, 0.14, 0, false}, // below DefaultThreshold even on one topic: it never flags alone
}

// A rule says how much a reason weighs given the claims' topic overlap t
// (the share of the smaller claim's content terms the other has): base +
// slope·t from t = from up, and below from, that weight scaled down
// linearly to 0 — or 0 at once for a rule that is hard. The weights were
// set by hand on the reference article and tuned on development pairs of
// news headlines, articles and sentences.
type rule struct {
	base, slope, from float64
	hard              bool
}

func (r rule) weight(t float64) float64 {
	w := r.base + r.slope*t
	if t < r.from {
		if r.hard {
			return 0
		}
		w *= t / r.from
	}
	return w
}

// maxWeight caps one reason's weight: no single reason makes a conflict
// certain.
const maxWeight = 0.95

// A comparison is one pair of claims being scored: their features, what
// their terms share, and the reasons found so far.
type comparison struct {
	a, b   *Features
	ov     overlap
	refute bool // refutation may be a reason (see CompareAll)
	rs     reasons

	// In an article (art not nil), a and b are its claims i and j, and
	// topic is how much they are about one thing: their words' overlap
	// or the article's (see article.topic), whichever is more.
	art     *article
	i, j    int32
	topic   float64
	noSides bool // Options.IgnoreSides
	sides   bool // contrast found the claims' sources on opposed sides

	bufA, bufB []int32 // room for ov's lists of words, kept from pair to pair
}

// open reports whether g lets a reason be sought in c.
func (c *comparison) open(g gate) bool {
	switch g {
	case gateWords:
		return c.ov.topic >= minTopic
	case gateTopic:
		return c.topic >= minTopic
	}
	return true
}

// has reports whether a reason of kind k has been found.
func (c *comparison) has(k ReasonKind) bool {
	for i := range c.rs.list {
		if c.rs.list[i].Kind == k {
			return true
		}
	}
	return false
}

// reasons collects the reasons of one comparison. Its buffers are the
// pooled comparison's, reused from pair to pair: score copies out what a
// Score keeps.
type reasons struct {
	list  []Reason
	spans []hearsay.Span // the list's spans, in the order they were added

	// quiet weighs the reasons without keeping what they say: a Reason's
	// Detail and Spans are left empty, and a caller that builds a detail
	// may skip it (see detailed). Scorer.conflicts scores so the pairs
	// that cannot be listed; the weights are the same.
	quiet bool
}

// detailed reports whether the reasons keep their details: a check may
// skip building one where it is not.
func (rs *reasons) detailed() bool { return !rs.quiet }

func (rs *reasons) add(k ReasonKind, w float64, detail string, spans ...hearsay.Span) {
	if w <= 0 {
		return
	}
	r := Reason{Kind: k, Weight: min(w, maxWeight)}
	if !rs.quiet {
		// A sub-slice of the buffer stays right when the buffer grows:
		// what it holds is not written again.
		n := len(rs.spans)
		rs.spans = append(rs.spans, spans...)
		r.Detail, r.Spans = detail, rs.spans[n:len(rs.spans):len(rs.spans)]
		if spans == nil {
			r.Spans = nil
		}
	}
	rs.list = append(rs.list, r)
}

// reset empties rs for another comparison, keeping its buffers.
func (rs *reasons) reset(quiet bool) {
	clear(rs.list) // no old detail is kept alive by the pool
	*rs = reasons{list: rs.list[:0], spans: rs.spans[:0], quiet: quiet}
}

// value is the reasons' combined weight, as independent evidence:
// 1 − Π(1 − w).
func (rs *reasons) value() float64 {
	p := 1.0
	for _, r := range rs.list {
		p *= 1 - r.Weight
	}
	return 1 - p
}

// score combines the reasons as independent evidence (see value),
// strongest first.
func (rs *reasons) score(threshold float64) Score {
	if len(rs.list) == 0 {
		return Score{}
	}
	slices.SortStableFunc(rs.list, func(x, y Reason) int { return cmp.Compare(y.Weight, x.Weight) })
	v := math.Round(rs.value()*1000) / 1000
	return Score{Value: v, Contradicts: v >= threshold, Reasons: rs.keep()}
}

// keep returns a copy of the list, in memory of its own (one array for
// the reasons and one for their spans), or nil where rs is quiet.
func (rs *reasons) keep() []Reason {
	if rs.quiet {
		return nil
	}
	out := slices.Clone(rs.list)
	n := 0
	for _, r := range out {
		n += len(r.Spans)
	}
	spans := make([]hearsay.Span, 0, n)
	for k := range out {
		switch r := &out[k]; {
		case len(r.Spans) > 0:
			m := len(spans)
			spans = append(spans, r.Spans...)
			r.Spans = spans[m:len(spans):len(spans)]
		case r.Spans != nil:
			r.Spans = []hearsay.Span{} // empty, as given, and not of rs's buffer
		}
	}
	return out
}
