package claim

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFilePostings checks that the two ways filePostings files claims,
// by sorting their keys (an article's) and by a map (past maxSorted
// keys), file every claim under each of its keys, in order, once a key
// where once is set, and that they agree.
func TestFilePostings(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 300, 3000} {
		keys := make([][]uint64, n)
		for i := range keys {
			for range r.IntN(12) {
				keys[i] = append(keys[i], uint64(r.IntN(n/3+2))*0x9e3779b97f4a7c15) // repeats within and across claims
			}
		}
		keysOf := func(i int, dst []uint64) []uint64 { return append(dst, keys[i]...) }
		own := func(k uint64) bool { return k%7 != 0 }
		for _, once := range []bool{false, true} {
			sorted := filePostings(n, keysOf, own, once)
			byMap := fileByMap(n, keysOf, own, once)
			want := map[uint64][]int32{}
			for i, ks := range keys {
				for _, k := range ks {
					if !own(k) {
						continue
					}
					if l := want[k]; once && len(l) > 0 && l[len(l)-1] == int32(i) {
						continue
					}
					want[k] = append(want[k], int32(i))
				}
			}
			if len(sorted.at) != len(want) || len(byMap.at) != len(want) {
				t.Errorf("n %d once %v: %d and %d keys filed, want %d", n, once, len(sorted.at), len(byMap.at), len(want))
			}
			for k, w := range want {
				if got := sorted.of(k); !slices.Equal(got, w) {
					t.Errorf("n %d once %v: sorted files key %x under %v, want %v", n, once, k, got, w)
				}
				if got := byMap.of(k); !slices.Equal(got, w) {
					t.Errorf("n %d once %v: the map files key %x under %v, want %v", n, once, k, got, w)
				}
			}
		}
	}
}
