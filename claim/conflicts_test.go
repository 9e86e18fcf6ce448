package claim_test

import (
	"cmp"
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"unicode/utf8"
	"unsafe"
	"weak"

	gocmp "github.com/google/go-cmp/cmp"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// TestConflictsAllPairs checks that the inverted index misses no pair: on a
// set smaller than MaxPosting, Conflicts gives what comparing every pair
// gives.
func TestConflictsAllPairs(t *testing.T) {
	claims := articleClaims(t)
	claims = append(claims, syntheticClaims(t, 40)...)
	got := claim.Conflicts(claims)
	var want []claim.Conflict
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			if s := claim.Contradiction(claims[i], claims[j]); s.Value > 0 {
				want = append(want, claim.Conflict{A: claims[i], B: claims[j], Score: s})
			}
		}
	}
	index := map[*claim.Claim]int{}
	for i, c := range claims {
		index[c] = i
	}
	slices.SortStableFunc(want, func(x, y claim.Conflict) int { return cmp.Compare(y.Value, x.Value) })
	if len(got) != len(want) {
		t.Fatalf("Conflicts found %d pairs, all pairs give %d", len(got), len(want))
	}
	for k := range got {
		g, w := got[k], want[k]
		if g.A != w.A || g.B != w.B || g.Value != w.Value {
			t.Errorf("pair %d: got %d~%d %.3f, want %d~%d %.3f", k,
				index[g.A], index[g.B], g.Value, index[w.A], index[w.B], w.Value)
		}
	}
	if len(got) == 0 {
		t.Fatal("no conflicts in the reference article")
	}
}

func TestConflictsEmpty(t *testing.T) {
	if got := claim.Conflicts(nil); len(got) != 0 {
		t.Errorf("Conflicts(nil) = %v", got)
	}
	if got := claim.Conflicts([]*claim.Claim{nil, {Text: ""}, nil}); len(got) != 0 {
		t.Errorf("Conflicts of nil and empty claims = %v", got)
	}
}

// FuzzContradiction checks that any two texts score in [0, 1], the same
// both ways, with reason spans inside their texts.
func FuzzContradiction(f *testing.F) {
	f.Add("A woman is eating a cupcake", "A woman is not eating a cupcake")
	f.Add("Oil prices rose 10% on Tuesday", "Oil prices fell 25% on Tuesday")
	f.Add("There is no dog", "\xff\xfe two dogs 3-page n't")
	f.Add("China’s strategy as backpedaling on commitments", "it was a normal part of the negotiation process")
	f.Add("Prices went up and down", "They are in -5-page Jan. three-breasted")
	f.Add("It is no hoax, not only safe", "The black-haired girl was stolen; doubt that")
	f.Fuzz(func(t *testing.T, a, b string) {
		ca, cb := &claim.Claim{Text: a}, &claim.Claim{Text: b}
		s := claim.Contradiction(ca, cb)
		if s.Value < 0 || s.Value > 1 || s.Value != s.Value {
			t.Fatalf("Value %v", s.Value)
		}
		if back := claim.Contradiction(cb, ca); back.Value != s.Value {
			t.Fatalf("not symmetric: %v and %v", s.Value, back.Value)
		}
		for _, r := range s.Reasons {
			if r.Kind.String() == "" || !utf8.ValidString(r.Detail) && utf8.ValidString(a+b) {
				t.Fatalf("reason %+v", r)
			}
			for k, sp := range r.Spans {
				text := a
				if k == 1 {
					text = b
				}
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("span %v outside its text (%d bytes)", sp, len(text))
				}
			}
		}
	})
}

// FuzzConflictsIn reads any text as an article whose claims are its
// sentences, spoken by two sources in turn (and a nil claim among them):
// scores stay in [0, 1], pairs are of the given claims, reason spans lie
// inside the text, and disputes point at other claims of the article.
func FuzzConflictsIn(f *testing.F) {
	f.Add("The mayor said the stadium would bring jobs. Alvarez disputed that estimate.", 3)
	f.Add("Reports said the plant will close. The manager dismissed reports of a closure. It is not true.", 0)
	f.Add("Their logic is flawed. \xff those statements were wrong; there is no basis for it.", 7)
	f.Add("China backpedaled. it was a normal part of the process. The weather was normal.", 1)
	f.Add("SEC Chair Ruth Alvarez and FBI Director Lee met. Fire the head of the Securities and Exchange Commission; oust the SEC's chief.", 2)
	f.Fuzz(func(t *testing.T, text string, cue int) {
		srcs := []*source.Source{{Kind: source.Named, Entity: source.Person, Name: "Ruth Alvarez"},
			{Kind: source.Anonymous, Entity: source.Group, Descriptor: "officials"}}
		var claims []*claim.Claim
		start := 0
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i] != '.' && text[i] != ';' {
				continue
			}
			if i > start {
				n := len(claims)
				c := &claim.Claim{ID: fmt.Sprint("c", n+1), Source: srcs[n%2], Content: hearsay.Span{Start: start, End: i},
					Text: text[start:i], Sentence: n, CueClass: claim.CueClass(n % 5)}
				c.Cue = hearsay.Span{Start: max(0, start-cue), End: max(0, start-cue) + 4}
				claims = append(claims, c)
			}
			start = i + 1
		}
		claims = append(claims, nil)
		claim.LinkDisputes(text, claims)
		in := map[*claim.Claim]bool{}
		for _, c := range claims {
			in[c] = true
		}
		for _, c := range claims {
			if c == nil {
				continue
			}
			for _, d := range c.Disputes {
				if !in[d] || d == c {
					t.Fatalf("%s disputes %v, not another claim of the article", c.ID, d)
				}
			}
		}
		for _, cf := range claim.ConflictsIn(text, claims) {
			if !in[cf.A] || !in[cf.B] || cf.A == nil || cf.B == nil || cf.A == cf.B {
				t.Fatalf("pair %v ~ %v", cf.A, cf.B)
			}
			if cf.Value <= 0 || cf.Value > 1 {
				t.Fatalf("Value %v", cf.Value)
			}
			for _, r := range cf.Reasons {
				for _, sp := range r.Spans {
					if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
						t.Fatalf("span %v outside the text (%d bytes)", sp, len(text))
					}
				}
			}
		}
	})
}

// TestMaxConflicts checks that a Scorer lists at most MaxConflicts pairs,
// the strongest, in the order of the full list; that a negative value
// lists them all; and that the default leaves the reference article's
// list whole.
func TestMaxConflicts(t *testing.T) {
	claims := articleClaims(t)
	all := claim.NewScorer(claim.Options{MaxConflicts: -1}).Conflicts(claims)
	if len(all) < 5 {
		t.Fatalf("%d conflicts in the reference article; want several to cut", len(all))
	}
	for _, max := range []int{1, 3, len(all) - 1} {
		got := claim.NewScorer(claim.Options{MaxConflicts: max}).Conflicts(claims)
		if len(got) != max {
			t.Errorf("MaxConflicts %d: %d pairs listed", max, len(got))
			continue
		}
		for k := range got {
			if got[k].A != all[k].A || got[k].B != all[k].B || got[k].Value != all[k].Value {
				t.Errorf("MaxConflicts %d: pair %d is %s~%s %.3f, want the full list's %s~%s %.3f",
					max, k, got[k].A.ID, got[k].B.ID, got[k].Value, all[k].A.ID, all[k].B.ID, all[k].Value)
			}
		}
	}
	if got := claim.Conflicts(claims); len(got) != len(all) {
		t.Errorf("default: %d pairs, want all %d", len(got), len(all))
	}
	// Many pairs, most of them displaced on the way: the strongest kept
	// are the full list's first.
	many := syntheticClaims(t, 3000)
	full := claim.NewScorer(claim.Options{MaxConflicts: -1}).Conflicts(many)
	if len(full) < 200 {
		t.Fatalf("%d conflicts among %d synthetic claims; want hundreds", len(full), len(many))
	}
	top := claim.NewScorer(claim.Options{MaxConflicts: 100}).Conflicts(many)
	if len(top) != 100 {
		t.Fatalf("MaxConflicts 100: %d listed", len(top))
	}
	for k := range top {
		if top[k].A != full[k].A || top[k].B != full[k].B || top[k].Value != full[k].Value {
			t.Fatalf("MaxConflicts 100 over %d pairs: pair %d differs from the full list's", len(full), k)
		}
		// A pair weighed quietly first and then read in full says what
		// the full list says of it, detail and spans.
		if d := gocmp.Diff(full[k].Reasons, top[k].Reasons); d != "" {
			t.Fatalf("MaxConflicts 100: pair %d's reasons differ from the full list's (-full +top):\n%s", k, d)
		}
		if len(top[k].Reasons) == 0 || top[k].Reasons[0].Detail == "" {
			t.Fatalf("MaxConflicts 100: pair %d listed without the detail of its reasons", k)
		}
	}
	var zero claim.Scorer
	if got := zero.Conflicts(claims); len(got) != len(all) {
		t.Errorf("zero Scorer: %d pairs, want all %d", len(got), len(all))
	}
}

// TestAppendKeys checks that two claims Conflicts compares share a key of
// AppendKeys, that the keys are those of the claim alone (the same
// whichever claims are beside it), and that nil features have none.
func TestAppendKeys(t *testing.T) {
	claims := articleClaims(t)
	keys := make([]map[uint64]bool, len(claims))
	for i, c := range claims {
		keys[i] = map[uint64]bool{}
		for _, k := range claim.Analyze(c).AppendKeys(nil) {
			keys[i][k] = true
		}
		again := claim.Analyze(c).AppendKeys(nil)
		if len(again) == 0 || !keys[i][again[0]] {
			t.Errorf("claim %s: keys differ between two readings", c.ID)
		}
	}
	idx := map[*claim.Claim]int{}
	for i, c := range claims {
		idx[c] = i
	}
	for _, p := range claim.Conflicts(claims) {
		i, j := idx[p.A], idx[p.B]
		shared := false
		for k := range keys[i] {
			shared = shared || keys[j][k]
		}
		if !shared {
			t.Errorf("%s ~ %s conflict (%.2f) but share no key", p.A.ID, p.B.ID, p.Value)
		}
	}
	var none *claim.Features
	if got := none.AppendKeys(nil); len(got) != 0 {
		t.Errorf("nil features: %d keys", len(got))
	}
}

// TestConflictsReleaseText checks that scoring an article keeps nothing
// of it alive once its claims and conflicts are dropped: the pooled
// comparisons hold neither its claims nor the details of their reasons,
// which are strings of its text.
func TestConflictsReleaseText(t *testing.T) {
	b, err := os.ReadFile("../examples/tradetalks/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b) // a copy of its own, which only the article refers to
	held := weak.Make(unsafe.StringData(text))
	func() {
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		if got := claim.LinkConflictsIn(doc.Text, doc.Claims); len(got) == 0 {
			t.Fatal("no conflicts in the reference article")
		}
	}()
	text = ""
	runtime.GC() // one collection: the pools' items survive it (as victims)
	if held.Value() != nil {
		t.Error("the article's text is still reachable after scoring it")
	}
}
