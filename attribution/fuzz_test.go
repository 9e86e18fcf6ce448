package attribution_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-go/hearsay/attribution"
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
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
	})
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
		{"10 MB line without a period", strings.Repeat("officials said that the talks go on and ", 10<<20/40)},
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
