package attribution_test

import (
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
)

// TestLongSentenceLinear checks that one sentence of "officials said
// that " repeated, which makes a claim of every cue, each holding the rest
// of the sentence, costs allocations in proportion to its length through
// Extract, Contradictions and the JSON form: four times the text may
// allocate at most 4.5 times the objects and bytes. It counts, not times,
// so that a busy machine does not fail it.
func TestLongSentenceLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates hundreds of megabytes")
	}
	unit := "officials said that "
	cost := func(n int) (claims int, mallocs, bytes uint64) {
		text := strings.Repeat(unit, n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		pairs := doc.Contradictions()
		b, err := doc.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		io.Discard.Write(b)
		runtime.ReadMemStats(&after)
		if len(pairs) > len(doc.Claims) {
			t.Errorf("%d repeats: %d pairs listed for %d claims of one repeated phrase", n, len(pairs), len(doc.Claims))
		}
		return len(doc.Claims), after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
	}
	const n = 5000
	c1, m1, b1 := cost(n)
	c4, m4, b4 := cost(4 * n)
	t.Logf("%d repeats: %d claims, %d allocations, %d MB; four times: %d claims, %d allocations, %d MB",
		n, c1, m1, b1>>20, c4, m4, b4>>20)
	if c4 < 3*c1 {
		t.Fatalf("%d claims, then %d: want a claim for every cue", c1, c4)
	}
	if float64(m4) > 4.5*float64(m1) {
		t.Errorf("allocations grew %.1f times for four times the text", float64(m4)/float64(m1))
	}
	if float64(b4) > 4.5*float64(b1) {
		t.Errorf("bytes allocated grew %.1f times for four times the text", float64(b4)/float64(b1))
	}
}
