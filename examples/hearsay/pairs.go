package main

import (
	"bufio"
	"encoding/json"
	"io"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

var scorer = claim.NewScorer(claim.Options{})

type pairIn struct {
	ID json.RawMessage `json:"id"`
	A  string          `json:"a"`
	B  string          `json:"b"`
}

type reasonOut struct {
	Kind   claim.ReasonKind `json:"kind"`
	Detail string           `json:"detail,omitzero"`
}

type pairOut struct {
	ID          json.RawMessage `json:"id"`
	Score       float64         `json:"score"`
	Contradicts bool            `json:"contradicts"`
	Reasons     []reasonOut     `json:"reasons"`
}

// runPairs reads {"id","a","b"} lines and writes, for each, how strongly
// text b contradicts text a: the strongest conflict between a statement of
// a and one of b (see attribution.Document.Statements).
func runPairs(args []string, stdin io.Reader, stdout io.Writer) error {
	in, done, err := open(args, stdin)
	if err != nil {
		return err
	}
	defer done()
	w := bufio.NewWriter(stdout)
	err = eachLine(in, func(rec *pairIn) error {
		score, err := comparePair(rec.A, rec.B)
		if err != nil {
			return err
		}
		out := pairOut{ID: rec.ID, Score: score.Value, Contradicts: score.Contradicts,
			Reasons: make([]reasonOut, 0, len(score.Reasons))}
		if out.ID == nil {
			out.ID = json.RawMessage("null")
		}
		for _, r := range score.Reasons {
			out.Reasons = append(out.Reasons, reasonOut{r.Kind, r.Detail})
		}
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		w.Write(b)
		return w.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return w.Flush()
}

// comparePair scores how strongly text b contradicts text a: as strongly
// as its most contradicting statement contradicts one of a's.
func comparePair(a, b string) (claim.Score, error) {
	da, err := attribution.Extract(a)
	if err != nil {
		return claim.Score{}, err
	}
	db, err := attribution.Extract(b)
	if err != nil {
		return claim.Score{}, err
	}
	var fa []*claim.Features
	for _, c := range statements(da) {
		fa = append(fa, claim.Analyze(c))
	}
	var fb []*claim.Features
	for _, c := range statements(db) {
		fb = append(fb, claim.Analyze(c))
	}
	return scorer.CompareAll(fa, fb), nil
}

// statements returns the statements of d (its claims and its sentences),
// and a short text of several sentences whole, as a headline "Culkin
// Dead? Another Death Hoax" is read.
func statements(d *attribution.Document) []*claim.Claim {
	out := d.Statements()
	if len(d.Sentences) > 1 && len(d.Text) <= 300 {
		out = append(out, &claim.Claim{Content: hearsay.Span{End: len(d.Text)}, Text: d.Text})
	}
	return out
}
