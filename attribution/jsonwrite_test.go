package attribution_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// hostileTexts are texts whose spans hold what JSON strings must escape:
// HTML, quotes and backslashes, control characters, U+2028 and U+2029,
// and invalid UTF-8.
var hostileTexts = []string{
	"<script>alert(1)</script> officials said.",
	`“"><img onerror=x>,” the mayor said.`,
	`"\"><img src=x onerror=alert(1)>" the mayor said, & "</script>" too.`,
	`"A & B < C > D," the official said of the \\ "plan".`,
	"\xff\xfe said the mayor.",
	"“We will \xff\xfe win,” the mayor said. The mayor added \xe2\x80",
	"“We will\u2028 win,” the mayor said.\u2029 Officials said it was over\u2028.",
	"“We will\x00 win,” the mayor said.",
	"“We will\x01 win,” the mayor said.",
	"“We\b\f\n\r\t\x1f\x7f\x0b will win,” the mayor said. \"\x1b[31m\" he added.",
	"The bridge will reopen in May, the mayor said. The bridge will not reopen in May, the governor said.",
	"Prices will rise, the minister said. Prices will fall, the <b>governor</b> said. The governor disputed the minister's account.",
}

// jsonOptions are the forms the tests compare: compact, with an id that
// needs escaping, and indented as the command writes it.
var jsonOptions = []attribution.JSONOptions{
	{},
	{ID: "doc-7"},
	{ID: "<id \"7\" & \u2028\xff>"},
	{Indent: " "},
	{ID: "42", Indent: "\t"},
}

// jsonFields are the fields of the form that TestAppendJSON checks its
// texts write at least once, so that every one is compared.
var jsonFields = []string{
	"id", "sentences", "sources", "claims", "contradictions", "start", "end", "text", "parts",
	"kind", "entity", "name", "title", "descriptor", "affiliation", "count", "basis",
	"anonymity", "close_to", "part_of", "responded", "mentions", "source", "source_mention",
	"cue", "cue_class", "content", "quote", "polarity", "parent", "sentence", "disputes",
	"a", "b", "score", "contradicts", "reasons", "detail", "weight", "spans",
}

// checkJSON checks that AppendJSON writes what the reflection encoder
// wrote for doc, with each of jsonOptions, after a prefix it keeps, and
// returns the compact reference form.
func checkJSON(t *testing.T, doc *attribution.Document) []byte {
	t.Helper()
	var compact []byte
	for _, opts := range jsonOptions {
		want, err := attribution.ReferenceJSON(doc, opts)
		if err != nil {
			t.Fatalf("reference encoding %+v: %v", opts, err)
		}
		got := doc.AppendJSON([]byte("prefix"), opts)
		if !bytes.HasPrefix(got, []byte("prefix")) {
			t.Fatalf("AppendJSON %+v lost the buffer it was given: %.40q", opts, got)
		}
		if got := got[len("prefix"):]; !bytes.Equal(got, want) {
			t.Fatalf("AppendJSON %+v differs from encoding/json: %s", opts, firstDiff(want, got))
		}
		if !json.Valid(got[len("prefix"):]) {
			t.Fatalf("AppendJSON %+v is not valid JSON", opts)
		}
		if opts == (attribution.JSONOptions{}) {
			compact = want
		}
	}
	return compact
}

// firstDiff shows where got first differs from want, with some context.
func firstDiff(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(i-60, 0)
	return fmt.Sprintf("at byte %d (of %d, want %d):\nwant …%q…\n got …%q…",
		i, len(got), len(want), want[from:min(i+60, len(want))], got[from:min(i+60, len(got))])
}

func TestAppendJSON(t *testing.T) {
	tests := []struct{ name, text string }{{"article", readArticle(t)}}
	for i, s := range constructionTexts() {
		tests = append(tests, struct{ name, text string }{fmt.Sprintf("construction %d", i), s})
	}
	for i, s := range hostileTexts {
		tests = append(tests, struct{ name, text string }{fmt.Sprintf("hostile %d", i), s})
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := attribution.Extract(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var fields map[string]any
			compact := checkJSON(t, doc)
			markFields(seen, json.Unmarshal(compact, &fields), fields)
			marked, err := attribution.ReferenceJSON(doc, attribution.JSONOptions{ID: "x"})
			if err == nil && json.Unmarshal(marked, &fields) == nil {
				markFields(seen, nil, fields)
			}
		})
	}
	for _, f := range jsonFields {
		if !seen[f] {
			t.Errorf("no text of the table writes %q: add one that does", f)
		}
	}
}

// markFields marks the keys of every object in v.
func markFields(seen map[string]bool, err error, v any) {
	if err != nil {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			seen[k] = true
			markFields(seen, nil, x)
		}
	case []any:
		for _, x := range v {
			markFields(seen, nil, x)
		}
	}
}

// TestAppendJSONBuilt compares the encodings of a Document built by hand,
// not by Extract, whose values Extract never gives: enums out of range
// (their String is ""), ids left empty, spans outside the text, a negative
// count, Parts empty but not nil.
func TestAppendJSONBuilt(t *testing.T) {
	text := "“We will\x01 win,” the <mayor> said.\xff"
	empty := &source.Source{}
	s1 := &source.Source{ID: "s1", Kind: source.Kind(9), Entity: source.Entity(9), Count: -2,
		CloseTo: empty, PartOf: &source.Source{ID: "s0"}, NoResponse: true}
	s2 := &source.Source{ID: "s2", Kind: source.Named, Name: "Ann \"A\" <B>", Count: 1,
		Mentions: []hearsay.Span{{Start: 20, End: 27}, {Start: -1, End: 3}, {Start: 5, End: 99}}}
	c1 := &claim.Claim{ID: "", Source: empty, Cue: hearsay.Span{Start: 28, End: 32},
		CueClass: claim.CueClass(9), Content: hearsay.Span{Start: 3, End: 17}, Parts: []hearsay.Span{},
		Quote: claim.Quote(9), Polarity: claim.Polarity(7), Parent: &claim.Claim{}, Sentence: -1,
		Text: "We will\x01 win"}
	c2 := &claim.Claim{ID: "c2", Source: s1, SourceMention: hearsay.Span{Start: 20, End: 27},
		Cue: hearsay.Span{Start: 28, End: 32}, CueClass: claim.Speech, Content: hearsay.Span{Start: 3, End: 17},
		Parts: []hearsay.Span{{Start: 3, End: 10}, {Start: 10, End: 17}}, Quote: claim.Direct,
		Polarity: claim.Denied, Parent: c1, Sentence: 0, Text: "We will\x01 win"}
	for _, doc := range []*attribution.Document{
		{},
		{Text: text, Sentences: []hearsay.Span{{Start: 0, End: len(text)}, {Start: 4, End: 2}},
			Sources: []*source.Source{s1, s2, empty}, Claims: []*claim.Claim{c1, c2}},
	} {
		checkJSON(t, doc)
	}
}

// A chunkWriter keeps what it is given, and the length of each write.
type chunkWriter struct {
	bytes.Buffer
	chunks []int
	limit  int   // how many bytes a write takes at most; 0 for all
	fail   int   // how many bytes it takes before it fails; -1 never
	after  int   // writes called after one failed
	err    error // the error it gave
}

var errWrite = errors.New("write failed")

func (w *chunkWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		w.after++
	}
	w.chunks = append(w.chunks, len(p))
	n := len(p)
	if w.limit > 0 {
		n = min(n, w.limit)
	}
	if w.fail >= 0 && w.Len()+n > w.fail {
		n = w.fail - w.Len()
		w.err = errWrite
	}
	w.Buffer.Write(p[:n])
	return n, w.err
}

// TestWriteJSON checks that WriteJSON writes the bytes of AppendJSON in
// chunks of about 32 KB, and that, when a write fails or takes fewer
// bytes than it is given, it returns the error, writes nothing more, and
// has written what AppendJSON writes up to there.
func TestWriteJSON(t *testing.T) {
	doc, err := attribution.Extract(strings.Repeat(readArticle(t)+"\n\n", 8))
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []attribution.JSONOptions{{}, {ID: "doc-7", Indent: " "}} {
		want := doc.AppendJSON(nil, opts)
		w := &chunkWriter{fail: -1}
		if err := doc.WriteJSON(w, opts); err != nil {
			t.Fatalf("WriteJSON %+v: %v", opts, err)
		}
		if !bytes.Equal(w.Bytes(), want) {
			t.Fatalf("WriteJSON %+v differs from AppendJSON: %s", opts, firstDiff(want, w.Bytes()))
		}
		if len(w.chunks) < 4 {
			t.Errorf("WriteJSON %+v wrote %d bytes in %d writes, want chunks of 32 KB", opts, len(want), len(w.chunks))
		}
		for i, n := range w.chunks {
			if n > 64<<10 || n < 32<<10 && i < len(w.chunks)-1 {
				t.Errorf("WriteJSON %+v: write %d of %d is %d bytes, want about 32 KB", opts, i, len(w.chunks), n)
			}
		}
		for _, fail := range []int{0, 1, 1000, 32 << 10, 40000, 100000, len(want) - 1} {
			w := &chunkWriter{fail: fail}
			if err := doc.WriteJSON(w, opts); !errors.Is(err, errWrite) {
				t.Errorf("WriteJSON %+v failing after %d bytes: error %v, want %v", opts, fail, err, errWrite)
			}
			if !bytes.Equal(w.Bytes(), want[:fail]) || w.after > 0 {
				t.Errorf("WriteJSON %+v failing after %d bytes wrote %d bytes, %d writes after the error",
					opts, fail, w.Len(), w.after)
			}
		}
		for _, limit := range []int{1, 7, 1000} {
			w := &chunkWriter{fail: -1, limit: limit}
			if err := doc.WriteJSON(w, opts); !errors.Is(err, io.ErrShortWrite) {
				t.Errorf("WriteJSON %+v, %d bytes a write: error %v, want %v", opts, limit, err, io.ErrShortWrite)
			}
			if !bytes.Equal(w.Bytes(), want[:limit]) || len(w.chunks) != 1 {
				t.Errorf("WriteJSON %+v, %d bytes a write: wrote %d bytes in %d writes, want %d in 1",
					opts, limit, w.Len(), len(w.chunks), limit)
			}
		}
	}
}

// FuzzJSON checks that AppendJSON writes the bytes encoding/json wrote by
// reflection, and valid JSON, for any text, and WriteJSON the same bytes.
func FuzzJSON(f *testing.F) {
	f.Add(readArticle(f))
	for _, s := range constructionTexts() {
		f.Add(s)
	}
	for _, s := range hostileTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkJSON(t, doc)
		var w bytes.Buffer
		if err := doc.WriteJSON(&w, attribution.JSONOptions{Indent: " "}); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		if want := doc.AppendJSON(nil, attribution.JSONOptions{Indent: " "}); !bytes.Equal(w.Bytes(), want) {
			t.Fatalf("WriteJSON differs from AppendJSON: %s", firstDiff(want, w.Bytes()))
		}
	})
}
