package wordnet

import "testing"

func TestZZ(t *testing.T) {
	tb := load()
	for _, p := range [][2]string{{"celery", "vegetable"}, {"potato", "vegetable"}, {"street", "road"}, {"bathroom", "building"}, {"hallway", "room"}, {"brick", "bronze"}, {"garage", "bedroom"}, {"beer", "tequila"}, {"wood", "sand"}, {"hallway", "classroom"}, {"tomato", "carrot"}, {"dog", "animal"}, {"beer", "champagne"}, {"wine", "champagne"}} {
		var la, lb lemmaSet
		tb.lemmas(p[0], &la)
		tb.lemmas(p[1], &lb)
		rel := false
		for _, x := range la.list() {
			for _, y := range lb.list() {
				rx, ry := tb.rel(x), tb.rel(y)
				_, ex := tb.excluded[pairKey(x, y)]
				if ex || intersect(tb.list(rx.nodes), tb.list(ry.self)) || intersect(tb.list(ry.nodes), tb.list(rx.self)) {
					rel = true
				}
			}
		}
		t.Logf("%v related=%v cohyp=%v syn=%v", p, rel, CoHyponyms(p[0], p[1]), Synonyms(p[0], p[1]))
	}
}
