package attribution_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
)

// TestDocumentConcurrentReads checks that the methods that read a
// Document's rebuttal links and contradictions, computed once on the first
// call, may be called from many goroutines at once (go test -race), and
// that each gives what one call alone gives.
func TestDocumentConcurrentReads(t *testing.T) {
	text := readArticle(t)
	alone, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := alone.MarshalJSON()
	want := len(alone.Contradictions())
	doc, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for k := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch k % 4 {
			case 0:
				if got := len(doc.Contradictions()); got != want {
					t.Errorf("Contradictions: %d pairs, want %d", got, want)
				}
			case 1:
				if got, _ := doc.MarshalJSON(); !bytes.Equal(got, wantJSON) {
					t.Error("MarshalJSON differs from one call alone")
				}
			case 2:
				var b bytes.Buffer
				if err := doc.WriteHTML(&b); err != nil {
					t.Error(err)
				}
			case 3:
				doc.LinkDisputes()
			}
		}()
	}
	wg.Wait()
}
