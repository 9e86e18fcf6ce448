package attribution_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
)

var update = flag.Bool("update", false, "rewrite ../testdata/tradetalks.golden.json from what Extract returns")

const (
	articleFile = "../examples/tradetalks/article.txt"
	goldenFile  = "../testdata/tradetalks.golden.json"
	goldFile    = "../testdata/tradetalks.gold.json"
)

// readArticle returns the reference article.
func readArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(articleFile)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// extractArticle extracts the reference article with the default options.
func extractArticle(tb testing.TB) *attribution.Document {
	tb.Helper()
	doc, err := attribution.Extract(readArticle(tb))
	if err != nil {
		tb.Fatalf("Extract(article): %v", err)
	}
	return doc
}

// TestGolden compares the JSON form of the reference article with the
// golden file; go test -run TestGolden -update rewrites it.
func TestGolden(t *testing.T) {
	got, err := json.MarshalIndent(extractArticle(t), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(goldenFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", goldenFile)
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
	}
	if bytes.Equal(want, got) {
		return
	}
	var w, g map[string]any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: %v", goldenFile, err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("JSON of the article differs from %s (-golden +got); if the change is right, run go test -run TestGolden -update:\n%s", goldenFile, diff)
	} else {
		t.Errorf("JSON of the article has the same content as %s but is written differently; run go test -run TestGolden -update", goldenFile)
	}
}

// The gold annotation of the reference article, as far as these tests read
// it.
type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func (s goldSpan) span() hearsay.Span { return hearsay.Span{Start: s.Start, End: s.End} }

type gold struct {
	Text    string `json:"text"`
	Sources []struct {
		ID       string     `json:"id"`
		Mentions []goldSpan `json:"mentions"`
	} `json:"sources"`
	Attributions []struct {
		ID       string   `json:"id"`
		Cue      goldSpan `json:"cue"`
		Content  goldSpan `json:"content"`
		Required bool     `json:"required"`
	} `json:"attributions"`
	NonResponses []struct {
		Source string `json:"source"`
	} `json:"nonresponses"`
}

func readGold(t *testing.T) *gold {
	t.Helper()
	b, err := os.ReadFile(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", goldFile, err)
	}
	// The gold spans must mean what they say, or the scores below mean
	// nothing.
	check := func(where string, s goldSpan) {
		if got := s.span().Text(g.Text); got != s.Text {
			t.Fatalf("%s: gold span %s %v reads %q in the text; the gold says %q", goldFile, where, s.span(), got, s.Text)
		}
	}
	for _, a := range g.Attributions {
		check(a.ID+" cue", a.Cue)
		check(a.ID+" content", a.Content)
	}
	for _, s := range g.Sources {
		for _, m := range s.Mentions {
			check(s.ID+" mention", m)
		}
	}
	return &g
}

// TestGold scores the reference article against its gold annotation: every
// required gold attribution is found (recall 1), every claim is a gold
// attribution (precision 1), and every source that did not respond is
// found.
func TestGold(t *testing.T) {
	g := readGold(t)
	doc := extractArticle(t)
	if doc.Text != g.Text {
		t.Fatalf("%s and %s hold different texts", articleFile, goldFile)
	}
	for _, a := range g.Attributions {
		if !a.Required {
			continue
		}
		found := false
		for _, c := range doc.Claims {
			if c.Cue.Overlaps(a.Cue.span()) && c.Content.Overlaps(a.Content.span()) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("missed %s: cue %q %v, content %q", a.ID, a.Cue.Text, a.Cue.span(), a.Content.Text)
		}
	}
	for _, c := range doc.Claims {
		found := false
		for _, a := range g.Attributions {
			if c.Cue.Overlaps(a.Cue.span()) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("extra claim %s: cue %q %v, content %q", c.ID, c.Cue.Text(doc.Text), c.Cue, c.Text)
		}
	}
	for _, n := range g.NonResponses {
		var mentions []hearsay.Span
		for _, s := range g.Sources {
			if s.ID == n.Source {
				for _, m := range s.Mentions {
					mentions = append(mentions, m.span())
				}
			}
		}
		if len(mentions) == 0 {
			t.Fatalf("%s: non-response source %s has no mentions", goldFile, n.Source)
		}
		found := false
		for _, s := range doc.Sources {
			if !s.NoResponse {
				continue
			}
			for _, m := range s.Mentions {
				for _, gm := range mentions {
					found = found || m.Overlaps(gm)
				}
			}
		}
		if !found {
			t.Errorf("source %s (%q) did not respond, but no source with NoResponse mentions it", n.Source, mentions[0].Text(doc.Text))
		}
	}
}
