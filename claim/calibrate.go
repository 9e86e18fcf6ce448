package claim

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// In an article, the reasons found between two claims are not all the
// evidence a reader has that they conflict. How the article sets them
// side by side says as much: a source that "insisted" or "countered"
// argues a side; two sources on opposed sides that also differ in what
// they say disagree more often than either evidence alone would make
// them; and a source seldom contradicts itself.
//
// So in an article (Scorer.ConflictsIn, and Document.Contradictions in
// package attribution), a pair of claims between which a reason of what
// they say was found (any reason but contrast) is scored by a logistic
// model over these cues and the reasons' combined weight, fitted to
// readers' judgements of news articles (see calibration.txt). Its Value
// is the model's probability, placed so that DefaultThreshold is the
// point at which the fitted flags were right nine times in ten, or the
// reasons' own weight where that is more. A rebuttal or a denial, which
// says outright what it disputes, weighs as its reason says; so does a
// pair with no reason of content, at the weak weight of its sides or
// sources: the cues of the article add evidence to what the claims say,
// and never decide alone. Compare and Conflicts, which read claims
// without their article, weigh the reasons alone.

// The cues of a pair of claims in an article.
type pairCues struct {
	raw       float64 // the reasons' combined weight, 1 − Π(1 − w)
	content   bool    // a reason other than contrast was found
	oneSource bool    // both claims are of one source
	argues    bool    // a claim's cue argues a side ("insisted", "countered")
	sides     bool    // the sources are on opposed sides, and a reason of content was found
	explicit  bool    // a rebuttal or a denial was found
}

// calibrates reports whether the model scores the pair: a reason of
// content was found, and it is not a rebuttal or a denial, which says
// outright what it disputes and weighs as its reason says.
func (p pairCues) calibrates() bool { return p.content && !p.explicit }

// The cues in the order of a calibration's weights.
const (
	cueIntercept = iota
	cueRaw
	cueOneSource
	cueArgues
	cueSides
	nCues
)

// calibrationNames are the cues' names in calibration.txt.
var calibrationNames = [nCues]string{"intercept", "raw", "one-source", "argues", "sides"}

// vector returns the cues as the model reads them: 1 for the intercept,
// the log-odds of the raw weight, and 0 or 1 for each of the others.
func (p pairCues) vector() [nCues]float64 {
	r := min(max(p.raw, minRaw), 1-minRaw)
	return [nCues]float64{1, math.Log(r / (1 - r)), b2f(p.oneSource), b2f(p.argues), b2f(p.sides)}
}

// minRaw bounds the raw weight away from 0 and 1 for its log-odds.
const minRaw = 0.001

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// A calibration is the fitted weight of each cue.
type calibration [nCues]float64

// z returns the model's log-odds for p.
func (w *calibration) z(p pairCues) float64 {
	v := p.vector()
	z := 0.0
	for k := range v {
		z += w[k] * v[k]
	}
	return z
}

//go:embed calibration.txt
var calibrationFile string

// calibrated is the calibration of calibration.txt, parsed once.
var calibrated = sync.OnceValue(func() *calibration {
	w, err := parseCalibration(calibrationFile)
	if err != nil {
		panic(err) // the embedded file is part of the program
	}
	return w
})

// parseCalibration reads lines "NAME WEIGHT", one for each cue; lines
// that open with # are comments.
func parseCalibration(s string) (*calibration, error) {
	var w calibration
	var seen [nCues]bool
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		k := -1
		if len(f) == 2 {
			k = slices.Index(calibrationNames[:], f[0])
		}
		switch {
		case k < 0:
			return nil, fmt.Errorf("calibration.txt:%d: want one of %v and a weight", n+1, calibrationNames)
		case seen[k]:
			return nil, fmt.Errorf("calibration.txt:%d: a second weight for %s", n+1, f[0])
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("calibration.txt:%d: weight %q is not a number", n+1, f[1])
		}
		w[k], seen[k] = v, true
	}
	for k, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("calibration.txt: no weight for %s", calibrationNames[k])
		}
	}
	return &w, nil
}

// cues returns the cues of the pair c compares in its article, the
// reasons found so far being all of them.
func (c *comparison) cues() pairCues {
	p := pairCues{raw: c.rs.value(), oneSource: c.oneSource(), argues: c.a.argues || c.b.argues}
	p.content = slices.ContainsFunc(c.rs.list, func(r Reason) bool { return r.Kind != ReasonContrast })
	p.sides = c.sides && p.content
	p.explicit = c.has(ReasonRebuttal) || c.has(ReasonDenial)
	return p
}

// calibrate scores c, a comparison of two claims of an article, by the
// fitted model (see calibration.txt), adding as reasons the cues of the
// article that raised it.
func (c *comparison) calibrate(threshold float64) Score {
	p := c.cues()
	if !p.calibrates() {
		return c.rs.score(threshold)
	}
	w := calibrated()
	z := w.z(p)
	v := sigmoid(z)
	raise := func(k int, on bool) float64 {
		if !on || w[k] <= 0 {
			return 0
		}
		return v - sigmoid(z-w[k])
	}
	if d := raise(cueArgues, p.argues); d > 0 {
		f := c.a
		if !f.argues {
			f = c.b
		}
		c.rs.add(ReasonContrast, d, "argues a side: "+f.cue, oneSide(f == c.b, f.claim.Cue)...)
	}
	if d := raise(cueSides, p.sides); d > 0 {
		c.rs.add(ReasonContrast, d, "opposed sides differ in what they say", c.a.claim.SourceMention, c.b.claim.SourceMention)
	}
	sc := c.rs.score(threshold)
	// The model adds the article's evidence to the reasons; it does not
	// take from them: a clear reason keeps at least its own weight.
	value := math.Round(max(v, p.raw)*1000) / 1000
	sc.Value, sc.Contradicts = value, value >= threshold
	return sc
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
