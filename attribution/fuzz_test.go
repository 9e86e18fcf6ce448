package attribution_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// FuzzExtract checks that Extract never panics and keeps every span inside
// the text on rune boundaries, whatever the bytes.
func FuzzExtract(f *testing.F) {
	f.Add(readArticle(f))
	for _, s := range constructionTexts() {
		f.Add(s)
	}
	for _, s := range []string{
		"",
		"\xff\xfe said \xc3",
		"“We will,” he said, “win.\xe2\x80",
		"a\x00b said\x00 that \x00.",
		"“““",
		`""""`,
		"U.S.’s",
		"The U.S.’s envoy said that “it is “done”.",
		"‘single’ quotes, he said ‘again",
		"\n\n“\n“\n”",
		"according to , said that",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if doc.Text != text {
			t.Fatal("doc.Text is not the input")
		}
		checkSpans(t, doc)
		checkContradictions(t, doc)
		checkStatements(t, doc)
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		if err := doc.WriteReport(io.Discard); err != nil {
			t.Fatalf("WriteReport: %v", err)
		}
		checkInto(t, doc)
	})
}

// into is the Document that checkInto reads each text into: it holds the
// text before, whose contradictions its JSON form read.
var into struct {
	sync.Mutex
	doc  attribution.Document
	used bool
}

// checkInto checks that ExtractInto, reading doc's text into a Document
// that held another text and read its contradictions (the text checked
// before, or a first one), gives the Document that Extract gave, in JSON.
func checkInto(t *testing.T, doc *attribution.Document) {
	t.Helper()
	into.Lock()
	defer into.Unlock()
	var e attribution.Extractor
	if !into.used {
		into.used = true
		if err := e.ExtractInto(&into.doc, "Acme Builders denied that costs had doubled. The council said that costs had doubled."); err != nil {
			t.Fatal(err)
		}
		into.doc.Contradictions()
	}
	if err := e.ExtractInto(&into.doc, doc.Text); err != nil {
		t.Fatalf("ExtractInto: %v", err)
	}
	want, got := doc.AppendJSON(nil, attribution.JSONOptions{}), into.doc.AppendJSON(nil, attribution.JSONOptions{})
	if string(got) != string(want) {
		t.Fatalf("ExtractInto gave\n%s\nExtract gave\n%s", got, want)
	}
}

// checkStatements checks that every statement's content lies inside the
// text, on rune boundaries, and is the statement's text where it is one
// piece.
func checkStatements(t *testing.T, doc *attribution.Document) {
	t.Helper()
	text := doc.Text
	boundary := runeBoundaries(text)
	for i, st := range doc.Statements() {
		c := st.Content
		if c.Start < 0 || c.Start > c.End || c.End > len(text) {
			t.Fatalf("statement %d: content %v lies outside the text of %d bytes", i, c, len(text))
		}
		for _, k := range []int{c.Start, c.End} {
			if !boundary[k] {
				t.Errorf("statement %d: content %v: offset %d is inside a rune", i, c, k)
			}
		}
		if st.Text == "" {
			t.Errorf("statement %d: content %v has no text", i, c)
		}
	}
}

// checkContradictions checks that every pair holds two of the document's
// claims, in their order, strongest first, with reason spans inside the
// text on rune boundaries.
func checkContradictions(t *testing.T, doc *attribution.Document) {
	t.Helper()
	index := make(map[*claim.Claim]int, len(doc.Claims))
	for i, c := range doc.Claims {
		index[c] = i
	}
	boundary := make([]bool, len(doc.Text)+1) // rune starts, as range reads them
	for i := range doc.Text {
		boundary[i] = true
	}
	boundary[len(doc.Text)] = true
	prev := 2.0
	for _, c := range doc.Contradictions() {
		i, okA := index[c.A]
		j, okB := index[c.B]
		if !okA || !okB || i >= j {
			t.Fatalf("pair of claims %d (%v) and %d (%v): not two of the document's, in order", i, okA, j, okB)
		}
		if c.Value <= 0 || c.Value > 1 || c.Value > prev {
			t.Fatalf("score %v after %v: want in (0, 1], strongest first", c.Value, prev)
		}
		prev = c.Value
		for _, r := range c.Reasons {
			for _, sp := range r.Spans {
				if sp.IsZero() {
					continue
				}
				if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End ||
					!boundary[sp.Start] || !boundary[sp.End] {
					t.Fatalf("reason %s: span %v outside the text or off a rune boundary", r.Kind, sp)
				}
			}
		}
	}
}

// TestBadInput feeds Extract text that is large or malformed in ways news
// text is not, and checks that it stays fast and sane.
func TestBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	tests := []struct {
		name string
		text string
	}{
		{"10 MB line without a period", strings.Repeat("the talks go on and on, ", 10<<20/24)},
		{"10,000 curly opening quotes", strings.Repeat("“word ", 10000)},
		{"10,000 straight quotes", strings.Repeat(`"word `, 10000)},
		{"10,000 unbalanced quotes of both kinds", strings.Repeat(`“a" b” "`, 2500) + " he said."},
		{"1 MB of NULs", strings.Repeat("\x00", 1<<20)},
		{"1 MB of 0xff", strings.Repeat("\xff", 1<<20)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			doc, err := attribution.Extract(tc.text)
			took := time.Since(start)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			t.Logf("%d bytes: %v, %d sentences, %d claims", len(tc.text), took, len(doc.Sentences), len(doc.Claims))
			if took > 10*time.Second {
				t.Errorf("Extract took %v; want well under 5s", took)
			}
			checkSpans(t, doc)
			if _, err := json.Marshal(doc); err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
		})
	}
}

// TestScaling checks that Extract's time grows linearly with the text:
// eight times the text may take at most maxRatio times as long (a quadratic
// step would take 64 times).
func TestScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	const maxRatio = 24
	tests := []struct {
		name  string
		unit  string // repeated to make the text
		small int    // bytes; the large text is eight times this
		gap   string
	}{
		{name: "sentences without cues", unit: "The talks go on and on. ", small: 128 << 10},
		{name: "one sentence without cues", unit: "the talks go on and on, ", small: 128 << 10},
		{name: "quotes", unit: "“a” said “b ", small: 64 << 10},
		// Quadratic once (10 MB of either took minutes); linear since
		// "linear time on pathological input".
		{name: "one sentence with many cues", unit: "officials said that the talks go on and ", small: 16 << 10},
		{name: "many claims", unit: "The mayor said the bridge is safe. ", small: 64 << 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			small := strings.Repeat(tc.unit, tc.small/len(tc.unit))
			large := strings.Repeat(tc.unit, 8*tc.small/len(tc.unit))
			fast := func(text string, n int) time.Duration {
				best := time.Duration(1<<63 - 1)
				for range n {
					start := time.Now()
					if _, err := attribution.Extract(text); err != nil {
						t.Fatal(err)
					}
					best = min(best, time.Since(start))
				}
				return best
			}
			// A machine busy with other work (go test runs packages in
			// parallel) can slow one timing; time grows faster than the
			// text only if every one of three tries says so.
			var ts, tl time.Duration
			ratio := math.Inf(1)
			for try := 0; try < 3 && ratio > maxRatio; try++ {
				s, l := fast(small, 5), fast(large, 2)
				if r := float64(l) / float64(max(s, time.Microsecond)); r < ratio {
					ts, tl, ratio = s, l, r
				}
			}
			msg := fmt.Sprintf("%d bytes: %v; %d bytes: %v; ratio %.1f (at most %d)", len(small), ts, len(large), tl, ratio, maxRatio)
			switch {
			case ratio > maxRatio && tc.gap != "":
				t.Skipf("known gap: %s\n%s", tc.gap, msg)
			case ratio > maxRatio:
				t.Errorf("time grows faster than the text: %s", msg)
			case tc.gap != "":
				t.Logf("known gap %q no longer shows: drop the gap mark\n%s", tc.gap, msg)
			default:
				t.Log(msg)
			}
		})
	}
}

func TestMaxBytes(t *testing.T) {
	e := attribution.New(attribution.Options{MaxBytes: 10})
	doc, err := e.Extract("The mayor said the bridge is safe.")
	if !errors.Is(err, attribution.ErrTooLarge) {
		t.Errorf("Extract of 34 bytes with MaxBytes 10: err = %v; want one wrapping ErrTooLarge", err)
	}
	if doc != nil {
		t.Errorf("Extract returned a document with its error")
	}
	if !strings.HasPrefix(attribution.ErrTooLarge.Error(), "attribution: ") {
		t.Errorf("ErrTooLarge = %q; want the package name first", attribution.ErrTooLarge)
	}
	if _, err := e.Extract("Ten bytes."); err != nil {
		t.Errorf("Extract of exactly MaxBytes: %v", err)
	}
}
