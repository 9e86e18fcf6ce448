package claim

import (
	"math"
	"strconv"
)

// A when is a time a claim gives an event: a span of years, or of months
// of an unnamed year, as its words bound it ("in 2025", "by March", "not
// before the summer", "after June").
type when struct {
	years      bool // lo and hi are years; months (1 to 12) otherwise
	lo, hi     int  // the span, ends included; math.MinInt or MaxInt where open
	start, end int32
}

// months are the months and seasons a claim may name, as spans of months.
var months = map[string][2]int{
	"january": {1, 1}, "february": {2, 2}, "march": {3, 3}, "april": {4, 4}, "may": {5, 5},
	"june": {6, 6}, "july": {7, 7}, "august": {8, 8}, "september": {9, 9}, "october": {10, 10},
	"november": {11, 11}, "december": {12, 12},
	"spring": {3, 5}, "summer": {6, 8}, "fall": {9, 11}, "autumn": {9, 11},
}

// readTimes finds the years, months and seasons the claim names, each
// bounded by the words before it: "by" and "before" (the time or
// earlier), "after", "since" and "not before" (the time or later), "the
// end of" or "early" (a part of it, which is still the time).
func (f *Features) readTimes() {
	for i := range f.words {
		w := &f.words[i]
		var lo, hi int
		years := false
		switch {
		case w.flags&fNumber != 0:
			y, err := strconv.Atoi(w.fold)
			if err != nil || y < 1900 || y > 2100 || f.isUnit(int32(i)+1) {
				continue
			}
			lo, hi, years = y, y, true
		case w.flags&fEntity != 0 || w.fold == "spring" || w.fold == "summer" || w.fold == "autumn" || w.fold == "fall" && i > 0 && f.words[i-1].class&wDet != 0:
			m, ok := months[w.lemma]
			if !ok || w.fold == "may" && !f.monthMay(i) {
				continue
			}
			lo, hi = m[0], m[1]
		default:
			continue
		}
		start := int32(i)
		// The words before: "by the end of", "not before the", "after".
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			x := &f.words[k]
			switch x.fold {
			case "the", "end", "of", "early", "late", "mid", "middle", "this", "next", "start", "beginning":
				start = int32(k)
				continue
			case "by", "until", "till":
				lo, start = math.MinInt, int32(k)
			case "before":
				if x.flags&fNegated != 0 {
					hi, start = math.MaxInt, int32(k) // "not before the summer"
				} else {
					lo, hi, start = math.MinInt, lo-1, int32(k)
				}
			case "after":
				if x.flags&fNegated == 0 {
					lo, hi, start = hi+1, math.MaxInt, int32(k)
				}
			case "since", "from":
				hi, start = math.MaxInt, int32(k)
			}
			break
		}
		f.times = append(f.times, when{years: years, lo: lo, hi: hi, start: start, end: int32(i + 1)})
	}
}

// monthMay reports whether "may" at word i is the month: capitalized after
// a word that opens a time ("in May", "by May") or before a number.
func (f *Features) monthMay(i int) bool {
	if i > 0 {
		switch f.words[i-1].fold {
		case "in", "by", "since", "until", "before", "after", "early", "late", "mid", "of", "last", "next", "this":
			return true
		}
	}
	return i+1 < len(f.words) && f.words[i+1].flags&fNumber != 0
}

// disjoint reports whether x and y, two times of one kind, cannot be the
// same time.
func (x when) disjoint(y when) bool {
	return x.years == y.years && (x.hi < y.lo || y.hi < x.lo)
}

// times: the claims give one event times that cannot both be: "the
// bridge will reopen by March" / "… in the summer", "the plant will close
// in 2025" / "… in 2027". Claims that give a time for each of two events
// share too little for the rule (its weight is hard).
func (c *comparison) times(w rule) {
	a, b := c.a, c.b
	if len(a.times) == 0 || len(b.times) == 0 {
		return
	}
	topic := c.lexicalTopic()
	if topic < w.from {
		return
	}
	for _, x := range a.times {
		for _, y := range b.times {
			if !x.disjoint(y) {
				continue
			}
			if allows(b, x) || allows(a, y) {
				continue // one says both times: "from March to June"
			}
			c.rs.add(ReasonTime, w.weight(topic), a.phrase(int(x.start), int(x.end))+" / "+b.phrase(int(y.start), int(y.end)),
				a.span(int(x.start), int(x.end)), b.span(int(y.start), int(y.end)))
			return
		}
	}
}

// allows reports whether f gives a time that may be x: a claim that names
// both times speaks of both.
func allows(f *Features, x when) bool {
	for _, y := range f.times {
		if y.years == x.years && !x.disjoint(y) {
			return true
		}
	}
	return false
}
