package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/google/go-cmp/cmp"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// shortDocs conflict with each other across articles, and with the
// reference article (examples/tradetalks: talks "moving along nicely",
// China "backpedaling").
var shortDocs = []struct {
	id   any
	text string
}{
	{"bridge-mayor", "The bridge will reopen in May, the mayor said."},
	{"bridge-officials", "The bridge will not reopen in May, officials said."},
	{3, "The bridge will reopen in September, a city engineer said."},
	{"trade-optimist", "The trade talks are moving along nicely, a White House spokesman said."},
	{"trade-pessimist", "The trade talks have stalled, people familiar with the talks said."},
	{"tariffs", "Tariffs on Chinese goods rose to $250 billion, the report said. Officials said tariffs fell."},
}

// corpus returns the test corpus as {"id","text"} lines: the reference
// article and shortDocs.
func corpus(t *testing.T) []byte {
	t.Helper()
	ref, err := os.ReadFile("../../examples/tradetalks/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.Encode(map[string]any{"id": "tradetalks", "text": string(ref)})
	for _, d := range shortDocs {
		enc.Encode(map[string]any{"id": d.id, "text": d.text})
	}
	return b.Bytes()
}

// run runs the pipeline on the direct runner over in, with the cap
// maxGroup, and returns what it wrote and its skipped_keys counter.
func run(t *testing.T, in []byte, maxGroup int) Result {
	t.Helper()
	dir := t.TempDir()
	opts := Options{Input: filepath.Join(dir, "in.jsonl"), Output: filepath.Join(dir, "docs"),
		Conflicts: filepath.Join(dir, "pairs"), MaxGroup: maxGroup}
	if err := os.WriteFile(opts.Input, in, 0o644); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, opts)
	pr, err := beam.Run(context.Background(), "direct", p)
	if err != nil {
		t.Fatal(err)
	}
	var res Result
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "hearsay" && c.Name() == "skipped_keys" {
			res.Skipped += int(c.Result())
		}
	}
	res.Docs = readLines(t, opts.Output)
	for _, line := range readLines(t, opts.Conflicts) {
		var p Pair
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("conflicts line %q: %v", line, err)
		}
		res.Pairs = append(res.Pairs, p)
	}
	return res
}

// readLines returns the lines of the file at name; none if it is missing
// (textio.Write of an empty PCollection may write no file).
func readLines(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// sorted returns lines sorted: the documents output has no order.
func sorted(lines []string) []string { return slices.Sorted(slices.Values(lines)) }

func TestPipelineMatchesCorpus(t *testing.T) {
	in := corpus(t)
	want, err := Corpus(bytes.NewReader(in), claim.MaxPosting)
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, in, claim.MaxPosting)
	if diff := cmp.Diff(sorted(want.Docs), sorted(got.Docs)); diff != "" {
		t.Errorf("documents (-in process +pipeline):\n%s", diff)
	}
	if diff := cmp.Diff(want.Pairs, got.Pairs); diff != "" {
		t.Errorf("conflicts (-in process +pipeline):\n%s", diff)
	}
	if got.Skipped != want.Skipped {
		t.Errorf("skipped keys: pipeline %d, in process %d", got.Skipped, want.Skipped)
	}

	// The pairs the corpus is built to hold: across articles, and the
	// reference article's own.
	has := func(aDoc, bDoc string) bool {
		return slices.ContainsFunc(got.Pairs, func(p Pair) bool {
			return p.ADoc == aDoc && p.BDoc == bDoc || p.ADoc == bDoc && p.BDoc == aDoc
		})
	}
	for _, d := range [][2]string{
		{"bridge-mayor", "bridge-officials"},
		{"trade-optimist", "trade-pessimist"},
		{"tradetalks", "tradetalks"},
		{"tradetalks", "trade-pessimist"},
	} {
		if !has(d[0], d[1]) {
			t.Errorf("no pair of %s and %s", d[0], d[1])
		}
	}
	for i := 1; i < len(got.Pairs); i++ {
		if got.Pairs[i-1].Score < got.Pairs[i].Score {
			t.Errorf("pairs %d and %d are not strongest first", i-1, i)
		}
	}
}

// TestDocumentLines checks that each document line is what
// Document.WriteJSON writes with the article's id, as hearsay -jsonl
// writes it: a string id as its text, a number id as its JSON.
func TestDocumentLines(t *testing.T) {
	res, err := Corpus(bytes.NewReader(corpus(t)), claim.MaxPosting)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range shortDocs {
		doc, err := attribution.Extract(d.text)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := json.Marshal(d.id)
		if s, ok := d.id.(string); ok {
			id = []byte(s)
		}
		var b bytes.Buffer
		doc.WriteJSON(&b, attribution.JSONOptions{ID: string(id)})
		if got := res.Docs[i+1]; got != b.String() {
			t.Errorf("document %v:\n got %s\nwant %s", d.id, got, b.String())
		}
	}
}

// TestRecordScores checks that a ClaimRecord carries what claim.Compare
// reads: claims rebuilt from records score as the claims themselves do,
// read alone.
func TestRecordScores(t *testing.T) {
	var claims []*claim.Claim
	var recs []ClaimRecord
	for _, d := range shortDocs {
		doc, err := attribution.Extract(d.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range doc.Claims {
			claims = append(claims, c)
			recs = append(recs, record("", c))
		}
	}
	reasons := func(sc claim.Score) []Reason { return pair("", "", "", "", sc).Reasons }
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			want := claim.Compare(claim.Analyze(claims[i]), claim.Analyze(claims[j]))
			got := claim.Compare(claim.Analyze(recs[i].Claim()), claim.Analyze(recs[j].Claim()))
			if got.Value != want.Value || got.Contradicts != want.Contradicts || !slices.Equal(reasons(got), reasons(want)) {
				t.Errorf("%q / %q: rebuilt %+v, claims %+v", claims[i].Text, claims[j].Text, got, want)
			}
		}
	}
}

// TestSkipCommonKey checks that a key held by more claims than the cap is
// skipped and counted, not cut: with a cap of 2, the keys the three bridge
// articles share ("bridge", "reopen", "May") are skipped, and their pairs
// are not found; with no cap, they are.
func TestSkipCommonKey(t *testing.T) {
	var b bytes.Buffer
	for _, d := range shortDocs[:3] {
		json.NewEncoder(&b).Encode(map[string]any{"id": d.id, "text": d.text})
	}
	in := b.Bytes()
	for _, tc := range []struct {
		cap       int
		wantPairs bool
	}{{2, false}, {-1, true}} {
		want, err := Corpus(bytes.NewReader(in), tc.cap)
		if err != nil {
			t.Fatal(err)
		}
		got := run(t, in, tc.cap)
		if diff := cmp.Diff(want, Result{Docs: want.Docs, Pairs: got.Pairs, Skipped: got.Skipped}); diff != "" {
			t.Errorf("cap %d (-in process +pipeline):\n%s", tc.cap, diff)
		}
		if tc.cap >= 0 && got.Skipped == 0 {
			t.Errorf("cap %d: no key skipped", tc.cap)
		}
		if tc.cap < 0 && got.Skipped != 0 {
			t.Errorf("no cap: %d keys skipped", got.Skipped)
		}
		if (len(got.Pairs) > 0) != tc.wantPairs {
			t.Errorf("cap %d: %d pairs, want pairs: %v", tc.cap, len(got.Pairs), tc.wantPairs)
		}
	}
}
