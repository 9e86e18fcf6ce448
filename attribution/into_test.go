package attribution_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
)

// intoTexts are texts read one after another into one Document: long and
// short, with claims and without, so that each is read into the memory of
// one larger or smaller than itself.
func intoTexts(tb testing.TB) []string {
	tb.Helper()
	texts := []string{readArticle(tb), "", "The report is due Tuesday."}
	texts = append(texts, constructionTexts()...)
	texts = append(texts,
		"Roald said she expected an agreement this winter.",
		"Some teachers are concerned that the school will close, according to parents.",
		"The mayor said the stadium would bring 5,000 jobs. The council disputed that estimate.",
		readArticle(tb),
		"Acme Builders denied that costs had doubled. The council said that costs had doubled.",
	)
	return texts
}

// TestExtractInto checks that ExtractInto, reading text after text into
// one Document, gives each the Document that Extract gives, in JSON with
// its contradictions and rebuttal links (read for every text, so that
// those of the text before would show), with either option of nesting.
func TestExtractInto(t *testing.T) {
	for _, nested := range []bool{false, true} {
		e := attribution.New(attribution.Options{NestedStances: nested})
		var doc attribution.Document
		for i, text := range intoTexts(t) {
			want, err := e.Extract(text)
			if err != nil {
				t.Fatal(err)
			}
			if err := e.ExtractInto(&doc, text); err != nil {
				t.Fatal(err)
			}
			if doc.Text != text {
				t.Fatalf("text %d: doc.Text is not the input", i)
			}
			checkSpans(t, &doc)
			w, g := want.AppendJSON(nil, attribution.JSONOptions{}), doc.AppendJSON(nil, attribution.JSONOptions{})
			if string(w) != string(g) {
				t.Fatalf("NestedStances %v, text %d %.40q: ExtractInto gave\n%s\nExtract gave\n%s", nested, i, text, g, w)
			}
			if c, s := attribution.Constructions(&doc), attribution.Constructions(want); !slices.Equal(c, s) {
				t.Errorf("text %d: constructions %q, want %q", i, c, s)
			}
			for _, c := range doc.Claims {
				if c.Parent != nil && !slices.Contains(doc.Claims, c.Parent) {
					t.Errorf("text %d: claim %s has a parent that is no claim of the document", i, c.ID)
				}
			}
		}
	}
}

// TestExtractIntoReuses checks that ExtractInto reads a text into the
// memory of the one before, that its claims are new ones for all that,
// and that too long a text leaves the Document as it was.
func TestExtractIntoReuses(t *testing.T) {
	article := readArticle(t)
	e := attribution.New(attribution.Options{MaxBytes: len(article)})
	doc, err := e.Extract(article)
	if err != nil {
		t.Fatal(err)
	}
	first, sentences := doc.Claims[0], &doc.Sentences[0]
	text := "The bridge will reopen in May, the mayor said."
	if err := e.ExtractInto(doc, text); err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 1 || doc.Claims[0] != first || &doc.Sentences[0] != sentences {
		t.Errorf("ExtractInto of a short text after the article: claims %v, not in the article's memory", doc.Claims)
	}
	if c := doc.Claims[0]; c.Text != "The bridge will reopen in May" || c.Source.ID != "s1" || len(doc.Sources) != 1 ||
		c.Source.Mentions[0].Text(text) != "the mayor" {
		t.Errorf("claim %+v, source %+v: not the short text's", c, c.Source)
	}
	long := strings.Repeat(" ", len(article)+1)
	if err := e.ExtractInto(doc, long); !errors.Is(err, attribution.ErrTooLarge) {
		t.Errorf("ExtractInto of %d bytes: error %v, want ErrTooLarge", len(long), err)
	}
	if doc.Text != text || len(doc.Claims) != 1 {
		t.Errorf("after ErrTooLarge: the Document changed")
	}
	var zero attribution.Extractor // the defaults
	if err := zero.ExtractInto(doc, article); err != nil || len(doc.Claims) != len(extractArticle(t).Claims) {
		t.Errorf("zero Extractor: %v, %d claims", err, len(doc.Claims))
	}
}

// TestExtractIntoAllocs checks that reading a text again into the same
// Document allocates next to nothing: a few small strings at most.
func TestExtractIntoAllocs(t *testing.T) {
	article := readArticle(t)
	e := attribution.New(attribution.Options{})
	var doc attribution.Document
	if err := e.ExtractInto(&doc, article); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(20, func() {
		if err := e.ExtractInto(&doc, article); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 8 {
		t.Errorf("ExtractInto of the article into its own Document: %v allocations, want at most 8", allocs)
	}
}

// TestExtractIntoConcurrent reads texts into Documents of their own from
// many goroutines with one Extractor; run with -race.
func TestExtractIntoConcurrent(t *testing.T) {
	texts := intoTexts(t)
	mb, err := os.ReadFile("testdata/bench-1mb.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(mb[:200<<10]))
	e := attribution.New(attribution.Options{})
	want := extractedJSON(t, e, texts)
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			var doc attribution.Document
			for k := range 2 * len(texts) {
				i := (g + 3*k) % len(texts)
				if err := e.ExtractInto(&doc, texts[i]); err != nil {
					t.Error(err)
					return
				}
				if got := doc.AppendJSON(nil, attribution.JSONOptions{}); string(got) != want[i] {
					t.Errorf("goroutine %d, text %d: ExtractInto gave a different document", g, i)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestDocumentsUnchanged checks that a Document refers to none of the
// memory that later calls reuse: each of many Documents, written out once
// all are made and more texts read, is as it was when made.
func TestDocumentsUnchanged(t *testing.T) {
	texts := intoTexts(t)
	e := attribution.New(attribution.Options{})
	want := extractedJSON(t, e, texts)
	docs := make([]*attribution.Document, len(texts))
	for i, text := range texts {
		doc, err := e.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = doc
	}
	var into attribution.Document
	for _, text := range slices.Backward(texts) {
		if err := e.ExtractInto(&into, text); err != nil {
			t.Fatal(err)
		}
	}
	for i, doc := range docs {
		if got := doc.AppendJSON(nil, attribution.JSONOptions{}); string(got) != want[i] {
			t.Errorf("text %d: the Document changed after later calls:\n%s\nwant\n%s", i, got, want[i])
		}
	}
}

// extractedJSON returns the JSON form of each text as e.Extract reads it.
func extractedJSON(t *testing.T, e *attribution.Extractor, texts []string) []string {
	t.Helper()
	want := make([]string, len(texts))
	for i, text := range texts {
		doc, err := e.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = string(doc.AppendJSON(nil, attribution.JSONOptions{}))
	}
	return want
}
