package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// The steps of the pipeline are plain functions here, so that the Beam
// transforms (pipeline.go) and the in-process computation (Corpus) run the
// same code: parseLine and extract for each article, claimKeys for each
// claim, scoreGroup for each key's group, strongest for the order.

// A ClaimRecord is one claim as it travels between workers: its article's
// id, its own id, and what claim.Compare reads of a claim read alone (its
// text, polarity, cue class, quotation, and its source's descriptor, which
// gives its side: "some …" against "others …"). Spans are left behind:
// they point into the article's text, which stays with the article.
type ClaimRecord struct {
	Doc        string
	ID         string
	Text       string
	Polarity   uint8
	CueClass   uint8
	Quote      uint8
	Descriptor string
}

// record returns the record of claim c of article doc.
func record(doc string, c *claim.Claim) ClaimRecord {
	r := ClaimRecord{Doc: doc, ID: c.ID, Text: c.Text, Polarity: uint8(c.Polarity),
		CueClass: uint8(c.CueClass), Quote: uint8(c.Quote)}
	if c.Source != nil {
		r.Descriptor = c.Source.Descriptor
	}
	return r
}

// Claim rebuilds the claim the record was made from, as far as
// claim.Analyze and claim.Compare read it.
func (r ClaimRecord) Claim() *claim.Claim {
	c := &claim.Claim{ID: r.ID, Text: r.Text, Polarity: claim.Polarity(r.Polarity),
		CueClass: claim.CueClass(r.CueClass), Quote: claim.Quote(r.Quote)}
	if r.Descriptor != "" {
		c.Source = &source.Source{Descriptor: r.Descriptor}
	}
	return c
}

// A Pair is one conflicting pair of claims, as the conflicts output writes
// it: A before B by (article id, claim id).
type Pair struct {
	ADoc        string   `json:"a_doc"`
	A           string   `json:"a"`
	BDoc        string   `json:"b_doc"`
	B           string   `json:"b"`
	Score       float64  `json:"score"`
	Contradicts bool     `json:"contradicts"`
	Reasons     []Reason `json:"reasons"`
}

// A Reason is a claim.Reason without its spans, which point into texts
// the conflicts output does not hold.
type Reason struct {
	Kind   string  `json:"kind"`
	Detail string  `json:"detail"`
	Weight float64 `json:"weight"`
}

// key identifies the pair by its two (article, claim) ids, for
// deduplication: a pair found under several keys is one pair.
func (p Pair) key() string {
	b, _ := json.Marshal([4]string{p.ADoc, p.A, p.BDoc, p.B})
	return string(b)
}

// pair makes a Pair of two claims and their score.
func pair(aDoc, a, bDoc, b string, sc claim.Score) Pair {
	p := Pair{ADoc: aDoc, A: a, BDoc: bDoc, B: b, Score: sc.Value, Contradicts: sc.Contradicts,
		Reasons: make([]Reason, 0, len(sc.Reasons))}
	for _, r := range sc.Reasons {
		p.Reasons = append(p.Reasons, Reason{Kind: r.Kind.String(), Detail: r.Detail, Weight: r.Weight})
	}
	return p
}

// comparePairs orders pairs strongest first, then by their ids, so that
// the order does not depend on where the pairs were found.
func comparePairs(p, q Pair) int {
	return cmp.Or(cmp.Compare(q.Score, p.Score), cmp.Compare(p.ADoc, q.ADoc), cmp.Compare(p.A, q.A),
		cmp.Compare(p.BDoc, q.BDoc), cmp.Compare(p.B, q.B))
}

// strongest sorts pairs strongest first (see comparePairs) and returns them.
func strongest(pairs []Pair) []Pair {
	slices.SortFunc(pairs, comparePairs)
	return pairs
}

// An article is one {"id","text"} input line.
type article struct {
	ID   string
	Text string
}

// parseLine reads one input line. A string id keeps its text; any other id
// (a number) its JSON text, as hearsay -jsonl does.
func parseLine(line []byte) (article, error) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text string          `json:"text"`
	}
	if err := json.Unmarshal(line, &rec); err != nil {
		return article{}, err
	}
	var id string
	if err := json.Unmarshal(rec.ID, &id); err != nil {
		id = string(rec.ID)
	}
	return article{ID: id, Text: rec.Text}, nil
}

// extracted is what one article gives: its line of the documents output,
// its own contradictions and its claims' records.
type extracted struct {
	line   string
	own    []Pair
	claims []ClaimRecord
}

// extract reads one article: the JSON line hearsay -jsonl writes for it
// (without its newline), the pairs of Document.Contradictions, and one
// record for each claim.
func extract(a article) (extracted, error) {
	doc, err := attribution.Extract(a.Text)
	if err != nil {
		return extracted{}, fmt.Errorf("article %q: %w", a.ID, err)
	}
	var b bytes.Buffer
	if err := doc.WriteJSON(&b, attribution.JSONOptions{ID: a.ID}); err != nil {
		return extracted{}, err
	}
	e := extracted{line: b.String()}
	for _, c := range doc.Contradictions() {
		x, y := c.A.ID, c.B.ID
		if claimOrder(y, x) < 0 {
			x, y = y, x
		}
		e.own = append(e.own, pair(a.ID, x, a.ID, y, c.Score))
	}
	for _, c := range doc.Claims {
		e.claims = append(e.claims, record(a.ID, c))
	}
	return e, nil
}

// claimOrder orders claim ids "c2" before "c10".
func claimOrder(x, y string) int {
	return cmp.Or(cmp.Compare(len(x), len(y)), cmp.Compare(x, y))
}

// claimKeys returns the keys claim.Conflicts would file r's claim under,
// each once.
func claimKeys(r ClaimRecord) []uint64 {
	keys := claim.Analyze(r.Claim()).AppendKeys(nil)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// scoreGroup scores the pairs of claims of different articles in one key's
// group, and returns those that score above zero. The group must hold no
// more than the cap (see the max_group flag); the caller skips a larger one.
func scoreGroup(group []ClaimRecord) []Pair {
	group = slices.Clone(group)
	slices.SortFunc(group, func(a, b ClaimRecord) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), claimOrder(a.ID, b.ID))
	})
	fs := make([]*claim.Features, len(group))
	for i, r := range group {
		fs[i] = claim.Analyze(r.Claim())
	}
	var pairs []Pair
	for i := range group {
		for j := i + 1; j < len(group); j++ {
			a, b := group[i], group[j]
			if a.Doc == b.Doc {
				continue // an article's own pairs are its Contradictions
			}
			if sc := claim.Compare(fs[i], fs[j]); sc.Value > 0 {
				pairs = append(pairs, pair(a.Doc, a.ID, b.Doc, b.ID, sc))
			}
		}
	}
	return pairs
}

// A Result is what the pipeline writes: the documents output, one JSON
// line each, in the order of the input (the pipeline's files are in no
// order), the conflicting pairs, strongest first, and how many keys were
// skipped for being held by more claims than the cap.
type Result struct {
	Docs    []string
	Pairs   []Pair
	Skipped int
}

// Corpus runs the pipeline's steps in one process, without Beam, over the
// {"id","text"} lines of in: the reference the pipeline's test compares
// with. maxGroup is the cap on a key's group; a key held by more claims is
// skipped. A negative maxGroup means no cap.
func Corpus(in io.Reader, maxGroup int) (Result, error) {
	var res Result
	groups := map[uint64][]ClaimRecord{}
	var order []uint64
	var pairs []Pair
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), attribution.DefaultMaxBytes*2)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		a, err := parseLine(sc.Bytes())
		if err != nil {
			return Result{}, fmt.Errorf("line %d: %w", n, err)
		}
		e, err := extract(a)
		if err != nil {
			return Result{}, fmt.Errorf("line %d: %w", n, err)
		}
		res.Docs = append(res.Docs, e.line)
		pairs = append(pairs, e.own...)
		for _, r := range e.claims {
			for _, k := range claimKeys(r) {
				if _, ok := groups[k]; !ok {
					order = append(order, k)
				}
				groups[k] = append(groups[k], r)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return Result{}, err
	}
	seen := map[string]bool{}
	for _, k := range order {
		g := groups[k]
		if skip(len(g), maxGroup) {
			res.Skipped++
			continue
		}
		for _, p := range scoreGroup(g) {
			if key := p.key(); !seen[key] {
				seen[key] = true
				pairs = append(pairs, p)
			}
		}
	}
	res.Pairs = strongest(pairs)
	return res, nil
}

// skip reports whether a key held by n claims is skipped under the cap
// maxGroup (negative: no cap), as a search engine skips a stop word: it
// tells little, and its group would make too many pairs.
func skip(n, maxGroup int) bool { return maxGroup >= 0 && n > maxGroup }

// writePairs writes pairs as JSON lines.
func writePairs(w io.Writer, pairs []Pair) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range pairs {
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return nil
}
