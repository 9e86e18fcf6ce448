package attribution_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
)

// runeBoundaries marks the offsets where a rune of text starts, and its
// end, as ranging over the string decodes it: in valid UTF-8, where
// utf8.RuneStart holds; in invalid UTF-8 each stray byte is a rune of its
// own (utf8.RuneError, one byte wide).
func runeBoundaries(text string) []bool {
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	return boundary
}

// checkSpans reports every span of doc that does not lie inside doc.Text
// on rune boundaries (as runeBoundaries marks them: "\x80" at offset 0
// starts a rune), every empty cue, and sentences out of order.
func checkSpans(tb testing.TB, doc *attribution.Document) {
	tb.Helper()
	text := doc.Text
	boundary := runeBoundaries(text)
	bad := func(what string, s hearsay.Span) {
		tb.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			tb.Errorf("%s %v lies outside the text of %d bytes", what, s, len(text))
			return
		}
		for _, i := range []int{s.Start, s.End} {
			if !boundary[i] {
				tb.Errorf("%s %v: offset %d is inside the rune %q", what, s, i, text[i-1:min(i+3, len(text))])
			}
		}
	}
	prev := 0
	for i, s := range doc.Sentences {
		bad(fmt.Sprintf("sentence %d", i), s)
		if s.Start < prev {
			tb.Errorf("sentence %d %v starts before sentence %d ends at %d", i, s, i-1, prev)
		}
		prev = max(prev, s.End)
	}
	for i, src := range doc.Sources {
		if want := fmt.Sprintf("s%d", i+1); src.ID != want {
			tb.Errorf("source %d has id %q; want %q (ids follow first mention)", i, src.ID, want)
		}
		if i > 0 && len(src.Mentions) > 0 && len(doc.Sources[i-1].Mentions) > 0 &&
			src.Mentions[0].Start < doc.Sources[i-1].Mentions[0].Start {
			tb.Errorf("source %s is first mentioned before %s: sources are out of order", src.ID, doc.Sources[i-1].ID)
		}
		for k := 1; k < len(src.Mentions); k++ {
			if src.Mentions[k].Start < src.Mentions[k-1].Start {
				tb.Errorf("source %s: mentions out of text order: %v", src.ID, src.Mentions)
			}
		}
	}
	for i, c := range doc.Claims {
		if i > 0 && c.Cue.Start < doc.Claims[i-1].Cue.Start {
			tb.Errorf("claim %s: cues out of text order", c.ID)
		}
		bad(c.ID+" cue", c.Cue)
		if c.Cue.Empty() {
			tb.Errorf("%s: empty cue %v", c.ID, c.Cue)
		}
		bad(c.ID+" content", c.Content)
		bad(c.ID+" source mention", c.SourceMention)
		for i, p := range c.Parts {
			bad(fmt.Sprintf("%s part %d", c.ID, i), p)
		}
		if c.Sentence < 0 || c.Sentence >= len(doc.Sentences) {
			tb.Errorf("%s: sentence %d of %d", c.ID, c.Sentence, len(doc.Sentences))
		}
	}
	for _, s := range doc.Sources {
		for i, m := range s.Mentions {
			bad(fmt.Sprintf("source %s mention %d", s.ID, i), m)
		}
	}
}

// TestSpansText checks, over the article and every construction fixture,
// that the JSON form writes each span's text as the input at its offsets
// and that every claim and source refers to the document's own sources and
// sentences.
func TestSpansText(t *testing.T) {
	texts := append([]string{readArticle(t)}, constructionTexts()...)
	for _, text := range texts {
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		if doc.Text != text {
			t.Errorf("doc.Text is not the input")
		}
		checkSpans(t, doc)
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		var spans []map[string]any
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				if _, ok := v["start"]; ok {
					spans = append(spans, v)
				}
				for _, x := range v {
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		var generic any
		if err := json.Unmarshal(b, &generic); err != nil {
			t.Fatal(err)
		}
		walk(generic)
		for _, s := range spans {
			start, end := int(s["start"].(float64)), int(s["end"].(float64))
			if got := (hearsay.Span{Start: start, End: end}).Text(text); got != s["text"] {
				t.Errorf("%q: span [%d,%d) has text %q; the input there is %q", text, start, end, s["text"], got)
			}
		}
		ids := map[string]bool{}
		for _, s := range doc.Sources {
			if ids[s.ID] {
				t.Errorf("%q: source id %s used twice", text, s.ID)
			}
			ids[s.ID] = true
			if s.CloseTo != nil && !contains(doc.Sources, s.CloseTo) || s.PartOf != nil && !contains(doc.Sources, s.PartOf) {
				t.Errorf("%q: source %s links to a source outside the document", text, s.ID)
			}
		}
		for i, c := range doc.Claims {
			if want := fmt.Sprintf("c%d", i+1); c.ID != want {
				t.Errorf("%q: claim %d has id %q; want %q", text, i, c.ID, want)
			}
			if c.Parent != nil && !contains(doc.Claims, c.Parent) {
				t.Errorf("%q: %s has a parent outside the document", text, c.ID)
			}
			if i > 0 && c.Cue.Start < doc.Claims[i-1].Cue.Start {
				t.Errorf("%q: %s cue %v comes before the cue of the claim before it", text, c.ID, c.Cue)
			}
		}
	}
}

// TestJSONFields checks the fields the README promises on a small text:
// words for enums, ids for links, responded only where false.
func TestJSONFields(t *testing.T) {
	text := "A person close to Senator Jane Doe denied that the bill is dead. " +
		"The Senate Office didn't immediately respond to a request for comment."
	doc, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Sources []map[string]any `json:"sources"`
		Claims  []map[string]any `json:"claims"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	type src struct{ ID, Kind, Entity, CloseTo, Responded string }
	var sources []src
	for _, s := range got.Sources {
		r := src{ID: fmt.Sprint(s["id"]), Kind: fmt.Sprint(s["kind"]), Entity: fmt.Sprint(s["entity"])}
		if v, ok := s["close_to"]; ok {
			r.CloseTo = fmt.Sprint(v)
		}
		if v, ok := s["responded"]; ok {
			r.Responded = fmt.Sprint(v)
		}
		sources = append(sources, r)
	}
	wantSources := []src{
		{ID: "s1", Kind: "anonymous", Entity: "person", CloseTo: "s2"},
		{ID: "s2", Kind: "named", Entity: "person"},
		{ID: "s3", Kind: "named", Entity: "organization", Responded: "false"},
	}
	if diff := cmp.Diff(wantSources, sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s\n%s", diff, b)
	}
	if len(got.Claims) != 1 {
		t.Fatalf("%d claims; want 1:\n%s", len(got.Claims), b)
	}
	c := got.Claims[0]
	for k, want := range map[string]any{"id": "c1", "source": "s1", "cue_class": "denial", "quote": "indirect",
		"polarity": "denied", "sentence": 0.0} {
		if c[k] != want {
			t.Errorf("claim %s = %v; want %v", k, c[k], want)
		}
	}
	if _, ok := c["parent"]; ok {
		t.Errorf("claim has a parent: %v", c["parent"])
	}
}

// TestHardCases holds the abbreviations and names that trip sentence
// splitters and source parsers.
func TestHardCases(t *testing.T) {
	tests := []struct {
		text      string
		sentences int
		claims    []row
		name      string // the source's name, if named
		title     string
	}{
		{
			text:      "F.B.I. Director James B. Comey said the inquiry was closed.",
			sentences: 1,
			claims:    []row{said("F.B.I. Director James B. Comey", "said", "the inquiry was closed")},
			name:      "James B. Comey", title: "F.B.I. Director",
		},
		{
			text:      "Mr. Smith said on Jan. 5 that the U.S.’s plan was dead.",
			sentences: 1,
			claims:    []row{said("Mr. Smith", "said", "the U.S.’s plan was dead")},
			name:      "Smith", title: "Mr.",
		},
		{
			text:      "The vote is at 5 p.m. on Tuesday, the clerk said. The count will follow, he added.",
			sentences: 2,
			claims: []row{
				said("the clerk", "said", "The vote is at 5 p.m. on Tuesday"),
				said("he", "added", "The count will follow"),
			},
		},
		{
			text:      "The U.S. will not sign the accord, a State Department official said.",
			sentences: 1,
			claims:    []row{said("a State Department official", "said", "The U.S. will not sign the accord")},
		},
	}
	for _, tc := range tests {
		doc, err := attribution.Extract(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Sentences) != tc.sentences {
			t.Errorf("%q: %d sentences; want %d", tc.text, len(doc.Sentences), tc.sentences)
		}
		claims, _ := rows(doc)
		if diff := cmp.Diff(tc.claims, claims); diff != "" {
			t.Errorf("%q: claims (-want +got):\n%s", tc.text, diff)
			continue
		}
		if s := doc.Claims[0].Source; tc.name != "" && (s.Name != tc.name || s.Title != tc.title) {
			t.Errorf("%q: source name, title = %q, %q; want %q, %q", tc.text, s.Name, s.Title, tc.name, tc.title)
		}
	}
}

// TestAbbreviations checks that Options.Abbreviations keeps a sentence
// whole that the default list splits.
func TestAbbreviations(t *testing.T) {
	const text = "Acme Engg. Chief Ann Lee said output will rise."
	for _, tc := range []struct {
		abbr      []string
		sentences int
		title     string
	}{
		{nil, 2, "Chief"},
		{[]string{"Engg."}, 1, "Acme Engg. Chief"},
		{[]string{"engg"}, 1, "Acme Engg. Chief"}, // case and final period do not matter
	} {
		doc, err := attribution.New(attribution.Options{Abbreviations: tc.abbr}).Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Sentences) != tc.sentences {
			t.Errorf("Abbreviations %q: %d sentences; want %d", tc.abbr, len(doc.Sentences), tc.sentences)
		}
		if len(doc.Claims) != 1 || doc.Claims[0].Source.Name != "Ann Lee" || doc.Claims[0].Source.Title != tc.title {
			t.Errorf("Abbreviations %q: claims %v; want one by Ann Lee, %s", tc.abbr, doc.Claims, tc.title)
		}
	}
}

// TestConcurrent extracts from many goroutines with one Extractor; run
// with -race.
func TestConcurrent(t *testing.T) {
	article := readArticle(t)
	want, err := json.Marshal(extractArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	e := attribution.New(attribution.Options{Abbreviations: []string{"Engg."}})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 5 {
				doc, err := e.Extract(article)
				if err != nil {
					t.Error(err)
					return
				}
				got, err := json.Marshal(doc)
				if err != nil {
					t.Error(err)
					return
				}
				if string(got) != string(want) {
					t.Error("concurrent Extract gave a different document")
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestNoClaims checks that text without attribution is data, not an
// error.
func TestNoClaims(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n", "The report is due Tuesday.", "said", "according to", "“”", "."} {
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Errorf("Extract(%q): %v", text, err)
			continue
		}
		if len(doc.Claims) != 0 {
			t.Errorf("Extract(%q): %d claims; want none", text, len(doc.Claims))
		}
		checkSpans(t, doc)
		if _, err := json.Marshal(doc); err != nil {
			t.Errorf("json.Marshal(Extract(%q)): %v", text, err)
		}
	}
}

// constructionTexts returns the non-empty texts of the construction
// fixtures.
func constructionTexts() []string {
	var texts []string
	for _, c := range constructions {
		if strings.TrimSpace(c.text) != "" {
			texts = append(texts, c.text)
		}
	}
	return texts
}

// A space that is not a line break, inside a quotation, does not end it.
func TestUnicodeSpaceInQuote(t *testing.T) {
	for _, sp := range []string{" ", "\u00a0", "\u202f", "\u2009", "\u3000"} {
		text := "“We will win the" + sp + "vote,” the mayor said."
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Claims) != 1 || doc.Claims[0].Quote.String() != "direct" {
			t.Errorf("%q: %d claims; want one direct quotation", sp, len(doc.Claims))
		}
	}
}

// The zero Extractor uses the defaults.
func TestZeroExtractor(t *testing.T) {
	var e attribution.Extractor
	doc, err := e.Extract("Prices will fall, the minister said.")
	if err != nil || len(doc.Claims) != 1 {
		t.Errorf("zero Extractor: %v, %v", doc, err)
	}
}

// json.Marshal of a Document value writes the contract's form too.
func TestMarshalValue(t *testing.T) {
	doc, err := attribution.Extract("Prices will fall, the minister said.")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(*doc)
	if err != nil || !strings.Contains(string(b), `"source_mention"`) {
		t.Errorf("json.Marshal(*doc) = %s, %v", b, err)
	}
}

func TestOptionsCues(t *testing.T) {
	const text = "The minister harrumphed that the plan would fail."
	custom := attribution.New(attribution.Options{Cues: []string{
		"speech harrumph harrumphed harrumphed harrumphs harrumphing",
		"phrase speech src-after as harrumphed by",
	}})
	doc, err := custom.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 1 || doc.Claims[0].Cue.Text(text) != "harrumphed" || doc.Claims[0].Text != "the plan would fail" {
		t.Errorf("with the cue: claims %+v; want one, cue %q, content %q", doc.Claims, "harrumphed", "the plan would fail")
	}
	// Other extractors, the default one too, keep the built-in lexicon.
	for _, e := range []*attribution.Extractor{attribution.New(attribution.Options{}), {}} {
		if doc, _ := e.Extract(text); len(doc.Claims) != 0 {
			t.Errorf("without the cue: %d claims; want none", len(doc.Claims))
		}
	}
	if doc, _ := attribution.Extract(text); len(doc.Claims) != 0 {
		t.Errorf("Extract: %d claims; want none", len(doc.Claims))
	}
}

func TestOptionsCuesMalformed(t *testing.T) {
	for _, tc := range []struct {
		cues []string
		msg  string
	}{
		{[]string{"speech harrumph harrumphed"}, "attribution: Options.Cues: lexicon: line 1: verb line has 3 fields"},
		{[]string{"speech harrumph harrumphed harrumphed harrumphs harrumphing", "speech state said said states stating"},
			`attribution: Options.Cues: lexicon: line 2: "state" is built in`},
	} {
		func() {
			defer func() {
				msg, _ := recover().(string)
				if !strings.HasPrefix(msg, tc.msg) {
					t.Errorf("New with Cues %q panicked with %q; want a message starting %q", tc.cues, msg, tc.msg)
				}
			}()
			attribution.New(attribution.Options{Cues: tc.cues})
		}()
	}
}

// TestNestedStances checks that a belief, or an act of speech about a
// thing, that another claim reports is part of that claim by default, a claim of its own with Options.NestedStances,
// and one of its own when "according to" reports it.
func TestNestedStances(t *testing.T) {
	tests := []struct {
		text   string
		nested bool
		want   []string // cues
	}{
		{"Roald said she expected an agreement this winter.", false, []string{"said"}},
		{"Roald said she expected an agreement this winter.", true, []string{"said", "expected"}},
		{"The mayor said the study found higher rates.", false, []string{"said"}},
		{"Some teachers are concerned that the school will close, according to parents.", false,
			[]string{"concerned", "according to"}},
		{"Ann said Bo told her that Cy believed it.", false, []string{"said", "told"}},
		{"Tarrowind plans to cut 600 jobs, according to an internal memo.", false, []string{"according to"}},
		// An act of speech about a thing, inside another claim, is an
		// event that claim reports.
		{"Sorrel said the two clubs had discussed a loan deal for the keeper.", false, []string{"said"}},
		{"A person close to Reinholt said he had privately urged the board to sell the land.", false, []string{"said"}},
		{"A person close to Reinholt said he had privately urged the board to sell the land.", true, []string{"said", "urged"}},
		{"Ann said Bo had criticized the plan.", false, []string{"said"}},
	}
	for _, tc := range tests {
		doc, err := attribution.New(attribution.Options{NestedStances: tc.nested}).Extract(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for i, c := range doc.Claims {
			got = append(got, c.Cue.Text(doc.Text))
			if want := fmt.Sprintf("c%d", i+1); c.ID != want {
				t.Errorf("%q: claim %d has id %q, want %q", tc.text, i, c.ID, want)
			}
			if c.Parent != nil && !slices.Contains(doc.Claims, c.Parent) {
				t.Errorf("%q: claim %s has a parent that is no claim of the document", tc.text, c.ID)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (NestedStances %v): cues (-want +got):\n%s", tc.text, tc.nested, diff)
		}
		for _, s := range doc.Sources {
			used := false
			for _, c := range doc.Claims {
				used = used || c.Source == s
			}
			for _, o := range doc.Sources {
				used = used || o.CloseTo == s || o.PartOf == s // "a person close to Reinholt"
			}
			if !used && !s.NoResponse {
				t.Errorf("%q: source %v is no claim's", tc.text, s)
			}
		}
	}
}

// TestLinkDisputesOnce checks that Extract leaves the rebuttal links to
// Document.LinkDisputes, which fills them once however many goroutines
// ask, and that the JSON carries them.
func TestLinkDisputesOnce(t *testing.T) {
	text := "The mayor said the stadium would bring 5,000 jobs. The council disputed that estimate."
	doc, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 2 || len(doc.Claims[1].Disputes) != 0 {
		t.Fatalf("after Extract: %d claims, the second disputing %d; want 2 and none", len(doc.Claims), len(doc.Claims[1].Disputes))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(doc.LinkDisputes)
	}
	wg.Wait()
	if d := doc.Claims[1].Disputes; len(d) != 1 || d[0] != doc.Claims[0] {
		t.Fatalf("after LinkDisputes the second claim disputes %v; want the first", d)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"disputes":["c1"]`) {
		t.Errorf("JSON has no disputes of c1: %s", b)
	}
}
