package claim_test

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// The fitting of calibration.txt: go test ./claim -run TestFitCalibration -fit
// fits the logistic model of calibrate.go to readers' judgements of
// conflicts between the claims of 64 PolNeAR articles, cross-validated by
// article, reports the folds, and writes the file. The judgements and the
// articles are built by ../shared/eval/build.sh into .eval (they belong to
// their publishers and are not in the repository).
var fit = flag.Bool("fit", false, "fit calibration.txt to "+conflictsDev+" and write it")

const conflictsDev = "../.eval/conflicts-dev.gold.jsonl"

// The choices of the fit, fixed before it was run.
const (
	fitFolds   = 8   // folds of articles
	fitSeeds   = 3   // shuffles of the articles into folds
	fitL2      = 1.0 // ridge penalty on every weight but the intercept
	fitTarget  = 0.9 // the share of flags that must be right on the training pairs
	fitMinFlag = 10  // the fewest training flags that the target is read from
)

type goldSpan struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Spans [][2]int `json:"spans"`
}

type goldDoc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Atts []struct {
		ID      string    `json:"id"`
		Cue     *goldSpan `json:"cue"`
		Content *goldSpan `json:"content"`
	} `json:"attributions"`
	Pairs []struct {
		A     string `json:"a"`
		B     string `json:"b"`
		Label string `json:"label"`
	} `json:"pairs"`
}

// A judged pair whose two claims were extracted.
type fitPair struct {
	doc      int
	a, b     *claim.Claim
	conflict bool // strong or moderate
	strong   bool
	x        [claim.NCues]float64
	content  bool
}

// An article of the fit, extracted.
type fitDoc struct {
	id    string
	doc   *attribution.Document
	pairs []int // indexes into the pairs
}

func TestFitCalibration(t *testing.T) {
	if !*fit {
		t.Skip("fits calibration.txt only with -fit")
	}
	docs, pairs := loadFit(t)
	content := 0
	for _, p := range pairs {
		if p.content {
			content++
		}
	}
	t.Logf("%d articles, %d judged pairs found, %d with a reason of content", len(docs), len(pairs), content)

	var lines []string
	logf := func(format string, args ...any) {
		s := fmt.Sprintf(format, args...)
		t.Log(s)
		lines = append(lines, s)
	}
	base := evaluate(docs, pairs, nil)
	logf("reasons alone:    %s", base)
	for seed := uint64(1); seed <= fitSeeds; seed++ {
		order := make([]int, len(docs))
		for i := range order {
			order[i] = i
		}
		r := rand.New(rand.NewPCG(seed, 0))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		fold := make([]int, len(docs))
		for k, d := range order {
			fold[d] = k % fitFolds
		}
		w := make([]*[claim.NCues]float64, len(docs))
		for f := range fitFolds {
			var train []fitPair
			for _, p := range pairs {
				if fold[p.doc] != f {
					train = append(train, p)
				}
			}
			fw := fitWeights(train)
			for d := range docs {
				if fold[d] == f {
					w[d] = &fw
				}
			}
		}
		logf("seed %d, %d folds: %s", seed, fitFolds, evaluate(docs, pairs, w))
	}
	all := fitWeights(pairs)
	ws := make([]*[claim.NCues]float64, len(docs))
	for d := range ws {
		ws[d] = &all
	}
	logf("fitted on all:    %s", evaluate(docs, pairs, ws))
	var b strings.Builder
	b.WriteString(`# calibration.txt: the weights of the logistic model that scores a pair of
# claims of one article between which a reason of content was found (see
# calibrate.go): NAME WEIGHT, one line a cue. Its intercept is placed so
# that a Value of 0.5 is the point at which the model's flags were right
# nine times in ten on the pairs it was fitted to.
#
# Source: fitted by TestFitCalibration (fit_test.go), go test ./claim -run
# TestFitCalibration -fit, to readers' judgements of conflicts between the
# claims of 64 PolNeAR development articles (.eval/conflicts-dev, built by
# ../shared/eval/build.sh from public data: PolNeAR, github.com/
# networkdynamics/PolNeAR; the judgements of ../shared/eval/CONFLICTS.md).
# Licence: BSD 3-Clause, as the rest of this repository (see LICENSE).
#
# The fit, cross-validated by article (flag rates over the judged pairs
# whose claims were both found):
`)
	for _, l := range lines {
		b.WriteString("#   " + l + "\n")
	}
	for k, name := range claim.CalibrationNames {
		fmt.Fprintf(&b, "%s %.4f\n", name, all[k])
	}
	if _, err := claim.ParseCalibration(b.String()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("calibration.txt", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fitWeights fits the model to the pairs with a reason of content, and
// places its intercept so that 0.5 is the lowest probability at which
// fitTarget of the flags are right.
func fitWeights(pairs []fitPair) [claim.NCues]float64 {
	var xs [][claim.NCues]float64
	var ys []float64
	for _, p := range pairs {
		if p.content {
			xs = append(xs, p.x)
			ys = append(ys, b2f(p.conflict))
		}
	}
	w := newton(xs, ys)
	type scored struct{ p, y float64 }
	ps := make([]scored, len(xs))
	for i, x := range xs {
		ps[i] = scored{sigmoid(dot(w, x)), ys[i]}
	}
	slices.SortFunc(ps, func(a, b scored) int { return cmp.Compare(b.p, a.p) })
	thr, right := 1.0, 0.0
	for i, s := range ps {
		right += s.y
		if i+1 >= fitMinFlag && right/float64(i+1) >= fitTarget {
			thr = s.p
		}
	}
	thr = min(max(thr, 1e-6), 1-1e-6)
	w[0] -= math.Log(thr / (1 - thr))
	return w
}

// newton fits a logistic regression with a ridge penalty by Newton's
// method.
func newton(xs [][claim.NCues]float64, ys []float64) [claim.NCues]float64 {
	const n = claim.NCues
	var w [n]float64
	for range 30 {
		var g [n]float64
		var h [n][n + 1]float64
		for i, x := range xs {
			p := sigmoid(dot(w, x))
			for a := range n {
				g[a] += (p - ys[i]) * x[a]
				for b := range n {
					h[a][b] += p * (1 - p) * x[a] * x[b]
				}
			}
		}
		for a := 1; a < n; a++ {
			g[a] += fitL2 * w[a]
			h[a][a] += fitL2
		}
		h[0][0] += 1e-9
		for a := range n {
			h[a][n] = g[a]
		}
		// Gauss–Jordan elimination with partial pivoting.
		for c := range n {
			p := c
			for r := c + 1; r < n; r++ {
				if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
					p = r
				}
			}
			h[c], h[p] = h[p], h[c]
			if h[c][c] == 0 {
				continue
			}
			for r := range n {
				if r != c {
					f := h[r][c] / h[c][c]
					for k := c; k <= n; k++ {
						h[r][k] -= f * h[c][k]
					}
				}
			}
		}
		for a := range n {
			if h[a][a] != 0 {
				w[a] -= h[a][n] / h[a][a]
			}
		}
	}
	return w
}

// evaluate scores each article by its own calibration (nil: the reasons
// alone), as Document.Contradictions does, and reports the measures of
// score.py on the judged pairs.
func evaluate(docs []fitDoc, pairs []fitPair, w []*[claim.NCues]float64) string {
	var pos, neg []float64
	var conf, flagged, strong, strongFlagged, non, nonFlagged int
	for d, doc := range docs {
		var cs []claim.Conflict
		if w == nil {
			cs = claim.NewUncalibratedScorer().ConflictsIn(doc.doc.Text, doc.doc.Claims)
		} else {
			restore := claim.SetCalibration(*w[d])
			cs = claim.ConflictsIn(doc.doc.Text, doc.doc.Claims)
			restore()
		}
		type key struct{ a, b *claim.Claim }
		listed := map[key]claim.Score{}
		for _, c := range cs {
			listed[key{c.A, c.B}], listed[key{c.B, c.A}] = c.Score, c.Score
		}
		for _, k := range doc.pairs {
			p := pairs[k]
			s := listed[key{p.a, p.b}]
			if p.conflict {
				pos = append(pos, s.Value)
				conf++
				if s.Contradicts {
					flagged++
				}
				if p.strong {
					strong++
					if s.Contradicts {
						strongFlagged++
					}
				}
			} else {
				neg = append(neg, s.Value)
				non++
				if s.Contradicts {
					nonFlagged++
				}
			}
		}
	}
	return fmt.Sprintf("AUC %.3f, flagged %.3f (%d/%d), precision %.3f, strong %.3f (%d/%d), left alone %.3f (%d/%d)",
		auc(pos, neg), ratio(flagged, conf), flagged, conf, ratio(flagged, flagged+nonFlagged),
		ratio(strongFlagged, strong), strongFlagged, strong, ratio(non-nonFlagged, non), non-nonFlagged, non)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func auc(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0
	}
	s := 0.0
	for _, p := range pos {
		for _, q := range neg {
			switch {
			case p > q:
				s++
			case p == q:
				s += 0.5
			}
		}
	}
	return s / float64(len(pos)*len(neg))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(w, x [claim.NCues]float64) float64 {
	z := 0.0
	for k := range w {
		z += w[k] * x[k]
	}
	return z
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// loadFit extracts the articles of conflicts-dev and finds the claims of
// each judged pair, matched to the gold attributions as score.py matches
// them.
func loadFit(t *testing.T) ([]fitDoc, []fitPair) {
	f, err := os.Open(conflictsDev)
	if err != nil {
		t.Fatalf("no %s (build it with ../shared/eval/build.sh): %v", conflictsDev, err)
	}
	defer f.Close()
	var docs []fitDoc
	var pairs []fitPair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var g goldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		doc, err := attribution.Extract(g.Text)
		if err != nil {
			t.Fatal(err)
		}
		matched := matchGold(g, doc)
		cues := claim.FitCues(doc.Text, doc.Claims)
		fd := fitDoc{id: g.ID, doc: doc}
		for _, pr := range g.Pairs {
			a, b := matched[pr.A], matched[pr.B]
			if a == nil || b == nil {
				continue
			}
			x, content, _ := cues(a, b)
			fd.pairs = append(fd.pairs, len(pairs))
			pairs = append(pairs, fitPair{doc: len(docs), a: a, b: b, x: x, content: content,
				conflict: pr.Label == "strong" || pr.Label == "moderate", strong: pr.Label == "strong"})
		}
		docs = append(docs, fd)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs, pairs
}

// matchGold matches gold attributions to claims one to one, greedily:
// cue overlap first, then content overlap with shared words (score.py's
// match).
func matchGold(g goldDoc, doc *attribution.Document) map[string]*claim.Claim {
	type cand struct {
		s      float64
		gi, pi int
	}
	var cands []cand
	for gi, a := range g.Atts {
		gc := goldWords(g.Text, a.Content)
		for pi, c := range doc.Claims {
			hasContent := c.Content.End > c.Content.Start
			pc := ""
			if hasContent {
				pc = c.Text // its parts joined by a space, as score.py reads them
			}
			cf := tokF1(gc, pc)
			switch {
			case overlap(goldFrags(a.Cue), [][2]int{{c.Cue.Start, c.Cue.End}}) > 0 && (cf > 0 || !hasContent):
				cands = append(cands, cand{2 + cf, gi, pi})
			case cf >= 0.5 && hasContent && overlap(goldFrags(a.Content), claimFrags(c)) > 0:
				cands = append(cands, cand{cf, gi, pi})
			}
		}
	}
	slices.SortFunc(cands, func(x, y cand) int {
		return cmp.Or(cmp.Compare(y.s, x.s), cmp.Compare(y.gi, x.gi), cmp.Compare(y.pi, x.pi))
	})
	out := map[string]*claim.Claim{}
	usedG, usedP := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if !usedG[c.gi] && !usedP[c.pi] {
			usedG[c.gi], usedP[c.pi] = true, true
			out[g.Atts[c.gi].ID] = doc.Claims[c.pi]
		}
	}
	return out
}

func goldFrags(sp *goldSpan) [][2]int {
	switch {
	case sp == nil:
		return nil
	case len(sp.Spans) > 0:
		return sp.Spans
	}
	return [][2]int{{sp.Start, sp.End}}
}

func claimFrags(c *claim.Claim) [][2]int {
	if len(c.Parts) > 0 {
		var fs [][2]int
		for _, p := range c.Parts {
			fs = append(fs, [2]int{p.Start, p.End})
		}
		return fs
	}
	return [][2]int{{c.Content.Start, c.Content.End}}
}

func goldWords(text string, sp *goldSpan) string {
	var ws []string
	for _, f := range goldFrags(sp) {
		if 0 <= f[0] && f[0] <= f[1] && f[1] <= len(text) {
			ws = append(ws, text[f[0]:f[1]])
		}
	}
	return strings.Join(ws, " ")
}

func overlap(x, y [][2]int) int {
	n := 0
	for _, a := range x {
		for _, b := range y {
			n += max(0, min(a[1], b[1])-max(a[0], b[0]))
		}
	}
	return n
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}\p{M}_]+(?:[’'.\-][\p{L}\p{N}\p{M}_]+)*`)

func tokF1(a, b string) float64 {
	ta, tb := wordRE.FindAllString(strings.ToLower(a), -1), wordRE.FindAllString(strings.ToLower(b), -1)
	switch {
	case len(ta) == 0 && len(tb) == 0:
		return 1
	case len(ta) == 0 || len(tb) == 0:
		return 0
	}
	pool := map[string]int{}
	for _, w := range tb {
		pool[w]++
	}
	common := 0
	for _, w := range ta {
		if pool[w] > 0 {
			common++
			pool[w]--
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(ta)), float64(common)/float64(len(tb))
	return 2 * p * r / (p + r)
}
